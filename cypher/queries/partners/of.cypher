// The cooperation partners of an institution or a country (GET /api/partners/:id), strongest first.
// Params: $id (the resolved entity id), $limit (integer: partners returned), $maxAgreements (integer: agreements
// listed, and stated edges taken as evidence, per partner).
// An institution: every COOPERATES_WITH edge, in either direction (institution pairs are stored once).
// A country: the institutions with COOPERATES_WITH to it, plus the countries its institutions cooperate with
// (one row per country, agreements pooled). Each row keeps `a`/`b`, the two ends whose PARTY_TO / WITH_COUNTRY
// relationships to the shared agreements are the evidence; `spans` are the edges' own (stated) evidence lists.
MATCH (n:Entity {id: $id})
WHERE n:Institution OR n:Country
CALL (n) {
  WITH n WHERE n:Institution
  MATCH (n)-[c:COOPERATES_WITH]-(p)
  RETURN p, n AS a, p AS b, c.weight AS weight, coalesce(c.stated, false) AS stated, coalesce(c.kinds, []) AS kinds,
    c.firstYear AS firstYear, coalesce(c.agreementIds, []) AS agreementIds,
    [{documents: c.documents, evidence: c.evidence}] AS spans
  UNION ALL
  WITH n WHERE n:Country
  MATCH (p:Institution)-[c:COOPERATES_WITH]->(n)
  RETURN p, p AS a, n AS b, c.weight AS weight, coalesce(c.stated, false) AS stated, coalesce(c.kinds, []) AS kinds,
    c.firstYear AS firstYear, coalesce(c.agreementIds, []) AS agreementIds,
    [{documents: c.documents, evidence: c.evidence}] AS spans
  UNION ALL
  WITH n WHERE n:Country
  MATCH (n)<-[:LOCATED_IN]-(:Institution)-[c:COOPERATES_WITH]->(p:Country)
  WHERE p <> n
  WITH p, collect(c) AS edges
  // Pooled over many institutions: distinct values through hash-based collect(DISTINCT), not list lookups.
  CALL (edges) {
    UNWIND edges AS c
    UNWIND coalesce(c.agreementIds, []) AS agreementId
    RETURN collect(DISTINCT agreementId) AS agreementIds
  }
  CALL (edges) {
    UNWIND edges AS c
    UNWIND coalesce(c.kinds, []) AS kind
    RETURN collect(DISTINCT kind) AS kinds
  }
  RETURN p, null AS a, p AS b, size(agreementIds) AS weight,
    any(c IN edges WHERE coalesce(c.stated, false)) AS stated,
    kinds,
    reduce(first = null, c IN edges |
      CASE WHEN first IS NULL OR c.firstYear < first THEN coalesce(c.firstYear, first) ELSE first END) AS firstYear,
    agreementIds,
    [c IN edges WHERE c.documents IS NOT NULL | {documents: c.documents, evidence: c.evidence}][..$maxAgreements] AS spans
}
WITH p, a, b, weight, stated, kinds, firstYear, agreementIds, spans
ORDER BY weight DESC, toLower(coalesce(p.name, p.code, p.id)), p.id
WITH collect({p: p, a: a, b: b, weight: weight, stated: stated, kinds: kinds, firstYear: firstYear,
  agreementIds: agreementIds, spans: spans}) AS rows
UNWIND rows[..$limit] AS row
WITH size(rows) AS total, row, row.p AS p, row.a AS a, row.b AS b
CALL (a, b, row) {
  UNWIND row.agreementIds AS agreementId
  MATCH (agreement:Agreement {id: agreementId})
  WITH agreement
  ORDER BY agreement.startYear, toLower(agreement.name)
  LIMIT $maxAgreements
  OPTIONAL MATCH (a)-[fromA:PARTY_TO]->(agreement)
  OPTIONAL MATCH (b)-[fromB:PARTY_TO|WITH_COUNTRY]-(agreement)
  // Pooled country rows have no single institution on this side: every party of the agreement is evidence.
  WITH agreement, fromA, fromB,
    CASE WHEN a IS NULL THEN COLLECT { MATCH (agreement)<-[party:PARTY_TO]-() RETURN party {.documents, .evidence} }
      ELSE [] END AS partySpans
  ORDER BY agreement.startYear, toLower(agreement.name)
  RETURN collect(agreement {
      .id, .name, .kind, .startYear,
      fields: [(agreement)-[:IN_FIELD]->(f:Field) | f.name]
    }) AS agreements,
    collect(fromA {.documents, .evidence}) + collect(fromB {.documents, .evidence})
      + reduce(all = [], spans IN collect(partySpans) | all + spans) AS agreementSpans
}
RETURN total,
  p {
    .id, .kind,
    name: coalesce(p.name, p.code, p.id),
    type: head([label IN labels(p) WHERE label <> 'Entity']),
    country: CASE WHEN p:Country THEN p.code ELSE head([(p)-[:LOCATED_IN]->(c:Country) | c.code]) END
  } AS partner,
  row.weight AS weight, row.stated AS stated, row.kinds AS kinds, row.firstYear AS firstYear,
  agreements, row.spans + agreementSpans AS spans
