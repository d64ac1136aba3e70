// One page of the entities of one label, filtered, sorted by name (GET /api/<type>).
// Params: $label (allowlisted label), $q (lowercased text or null), $countries (ISO codes or null),
// $kinds (or null), $fields (field ids or null), $yearFrom, $yearTo (or null), $offset, $limit (integers).
// The label is dynamic so that one query serves every type; filters that do not apply to a label are refused by
// the route before this runs. A Document's `text` is blanked in the projection: lists stay small.
MATCH (n:$($label))
WHERE ($q IS NULL
    OR toLower(n.name) CONTAINS $q
    OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $q)
    OR toLower(n.code) = $q)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($countries IS NULL
    OR n.code IN $countries
    OR EXISTS { (n)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries }
    OR EXISTS { (n)-[:AFFILIATED_WITH]->(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries }
    OR EXISTS { (n)<-[:PARTY_TO]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries }
    OR EXISTS { (n)-[:WITH_COUNTRY]->(c:Country) WHERE c.code IN $countries })
  AND ($fields IS NULL OR EXISTS { (n)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })
WITH n, coalesce(n.startYear, toInteger(left(n.startDate, 4)), toInteger(left(n.publishedDate, 4))) AS year
WHERE ($yearFrom IS NULL OR year >= $yearFrom) AND ($yearTo IS NULL OR year <= $yearTo)
WITH n ORDER BY toLower(coalesce(n.name, n.id)), n.id
WITH collect(n) AS matches
RETURN size(matches) AS total,
  [n IN matches[$offset..($offset + $limit)] | n {
    .*,
    text: null,
    type: $label,
    name: coalesce(n.name, n.code, n.id),
    country: CASE WHEN n:Country THEN n.code
      ELSE head([(n)-[:LOCATED_IN]->(c:Country) | c.code]
        + [(n)-[:AFFILIATED_WITH]->(:Institution)-[:LOCATED_IN]->(c:Country) | c.code]) END,
    countries: CASE WHEN n:Agreement THEN COLLECT {
      MATCH (n)<-[:PARTY_TO]-(:Institution)-[:LOCATED_IN]->(c:Country) RETURN c.code AS code
      UNION
      MATCH (n)-[:WITH_COUNTRY]->(c:Country) RETURN c.code AS code
    } END
  }] AS items
