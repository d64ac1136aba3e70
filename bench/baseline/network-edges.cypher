// The candidate edges of GET /api/network between nodes of the requested labels; the repository keeps those
// whose two ends are kept nodes.
// Params: $cooperation (boolean: Institution is requested), $types (relationship types besides
// COOPERATES_WITH, from the allowlist), $countries (ISO codes or null), $filtered (boolean: an agreement filter
// is given), $kinds, $fields, $yearFrom, $yearTo (agreement filter, each or null).
// COOPERATES_WITH edges pass the agreement filter when one of their agreements does (a stated edge with no
// agreement passes only when there is no filter: it has no kind and no year). Edges touching an Agreement pass
// with it. `anchored` marks the edges that carry the filter (the others hang off nodes it kept).
// Each edge comes back as one string, "type source target weight kinds firstYear stated anchored" separated by
// spaces (kinds comma-separated; empty fields when absent): every part is a slug, an enumeration value or a
// number, so the separators are safe, and one string per row is several times cheaper for the driver to decode
// than eight values over the ~100k+ rows of a large graph.
CALL () {
  WITH 1 AS guard WHERE $cooperation
  MATCH (a:Institution)-[r:COOPERATES_WITH]->(b)
  WHERE ($countries IS NULL OR (
      EXISTS { (a)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries }
      AND (b.code IN $countries OR EXISTS { (b)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries })))
    AND (NOT $filtered OR any(agreementId IN coalesce(r.agreementIds, []) WHERE EXISTS {
      MATCH (agreement:Agreement {id: agreementId})
      WHERE ($kinds IS NULL OR agreement.kind IN $kinds)
        AND ($yearFrom IS NULL OR agreement.startYear >= $yearFrom)
        AND ($yearTo IS NULL OR agreement.startYear <= $yearTo)
        AND ($fields IS NULL OR EXISTS { (agreement)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })
    }))
  RETURN 'COOPERATES_WITH' AS type, a, b, r.weight AS weight, coalesce(r.kinds, []) AS kinds, r.firstYear AS firstYear,
    coalesce(r.stated, false) AS stated, true AS anchored
  UNION ALL
  WITH 1 AS guard WHERE size($types) > 0
  MATCH (a)-[r:PARTY_TO|WITH_COUNTRY|AFFILIATED_WITH|PARTICIPATED_IN|HOSTED|SIGNED_AT|IN_FIELD]->(b)
  WHERE type(r) IN $types
  WITH a, r, b, CASE WHEN a:Agreement THEN a WHEN b:Agreement THEN b END AS agreement
  WHERE agreement IS NULL OR NOT $filtered OR (
    ($kinds IS NULL OR agreement.kind IN $kinds)
    AND ($yearFrom IS NULL OR agreement.startYear >= $yearFrom)
    AND ($yearTo IS NULL OR agreement.startYear <= $yearTo)
    AND ($fields IS NULL OR EXISTS { (agreement)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields }))
  RETURN type(r) AS type, a, b, null AS weight, CASE WHEN agreement IS NULL THEN [] ELSE [agreement.kind] END AS kinds,
    agreement.startYear AS firstYear, false AS stated, agreement IS NOT NULL AS anchored
}
RETURN type + ' ' + a.id + ' ' + b.id + ' ' + coalesce(toString(toInteger(weight)), '') + ' '
  + reduce(list = '', kind IN kinds | list + CASE WHEN list = '' THEN '' ELSE ',' END + kind) + ' '
  + coalesce(toString(toInteger(firstYear)), '') + ' ' + CASE WHEN stated THEN '1' ELSE '' END + ' '
  + CASE WHEN anchored THEN '1' ELSE '' END AS edge
