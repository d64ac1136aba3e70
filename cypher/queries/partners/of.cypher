// The cooperation ties of an institution or a country (GET /api/partners/:id), one row per partner and way of
// being tied; server/repositories/partner-repository.ts groups them per partner, ranks and caps them.
// Params: $id (the resolved entity id), $directOnly (boolean), $maxAgreements (integer: stated edges taken as
// evidence per pooled country row).
// An institution (docs/data-model.md, "Ties"):
//   `direct`   its own COOPERATES_WITH edges, either direction (institution pairs are stored once);
//   `unit`     the edges of its units (PART_OF it, at any depth), `via` the unit, except to itself or its units;
//   `alliance` through an alliance it or a unit is MEMBER_OF: the alliance, its other members and the countries the
//              alliance cooperates with (not the institution's own), `via` the alliance.
// A country: the institutions with COOPERATES_WITH to it, plus the countries its institutions cooperate with
// (one row per country, agreements pooled).
// Each row keeps `a`/`b`, the two ends whose PARTY_TO / WITH_COUNTRY relationships to the shared agreements are
// the evidence (partners/agreements); `spans` are the row's own evidence (stated edges, memberships).
MATCH (n:Entity {id: $id})
WHERE n:Institution OR n:Country
CALL (n) {
  WITH n WHERE n:Institution
  MATCH (n)-[c:COOPERATES_WITH]-(p)
  RETURN p, 'direct' AS tie, null AS via, n AS a, p AS b, c.weight AS weight, coalesce(c.stated, false) AS stated,
    coalesce(c.kinds, []) AS kinds, c.firstYear AS firstYear, coalesce(c.agreementIds, []) AS agreementIds,
    [{documents: c.documents, evidence: c.evidence}] AS spans
  UNION ALL
  WITH n WHERE n:Institution AND NOT $directOnly
  MATCH (unit:Institution)-[:PART_OF*1..6]->(n)
  WITH DISTINCT n, unit
  MATCH (unit)-[c:COOPERATES_WITH]-(p)
  WHERE p <> n AND NOT EXISTS { (p)-[:PART_OF*1..6]->(n) }
  RETURN p, 'unit' AS tie, unit AS via, unit AS a, p AS b, c.weight AS weight, coalesce(c.stated, false) AS stated,
    coalesce(c.kinds, []) AS kinds, c.firstYear AS firstYear, coalesce(c.agreementIds, []) AS agreementIds,
    [{documents: c.documents, evidence: c.evidence}] AS spans
  UNION ALL
  WITH n WHERE n:Institution AND NOT $directOnly
  MATCH (n)<-[:PART_OF*0..6]-(member:Institution)-[m:MEMBER_OF]->(alliance:Institution)
  WHERE alliance <> n AND NOT EXISTS { (alliance)-[:PART_OF*1..6]->(n) }
  CALL (n, member, m, alliance) {
    RETURN alliance AS p, [{documents: m.documents, evidence: m.evidence}] AS spans
    UNION ALL
    MATCH (alliance)<-[other:MEMBER_OF]-(p:Institution)
    WHERE p <> n AND p <> member AND NOT EXISTS { (p)-[:PART_OF*1..6]->(n) }
    RETURN p, [{documents: m.documents, evidence: m.evidence}, {documents: other.documents, evidence: other.evidence}] AS spans
    UNION ALL
    MATCH (alliance)-[c:COOPERATES_WITH]->(p:Country)
    WHERE NOT (n)-[:LOCATED_IN]->(p)
    RETURN p, [{documents: m.documents, evidence: m.evidence}, {documents: c.documents, evidence: c.evidence}] AS spans
  }
  RETURN p, 'alliance' AS tie, alliance AS via, null AS a, p AS b, 0 AS weight, false AS stated, [] AS kinds,
    null AS firstYear, [] AS agreementIds, spans
  UNION ALL
  WITH n WHERE n:Country
  MATCH (p:Institution)-[c:COOPERATES_WITH]->(n)
  RETURN p, 'direct' AS tie, null AS via, p AS a, n AS b, c.weight AS weight, coalesce(c.stated, false) AS stated,
    coalesce(c.kinds, []) AS kinds, c.firstYear AS firstYear, coalesce(c.agreementIds, []) AS agreementIds,
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
  RETURN p, 'direct' AS tie, null AS via, null AS a, p AS b, size(agreementIds) AS weight,
    any(c IN edges WHERE coalesce(c.stated, false)) AS stated,
    kinds,
    reduce(first = null, c IN edges |
      CASE WHEN first IS NULL OR c.firstYear < first THEN coalesce(c.firstYear, first) ELSE first END) AS firstYear,
    agreementIds,
    [c IN edges WHERE c.documents IS NOT NULL | {documents: c.documents, evidence: c.evidence}][..$maxAgreements] AS spans
}
RETURN
  p {
    .id, .kind,
    name: coalesce(p.name, p.code, p.id),
    type: head([label IN labels(p) WHERE label <> 'Entity']),
    country: CASE WHEN p:Country THEN p.code ELSE head([(p)-[:LOCATED_IN]->(c:Country) | c.code]) END
  } AS partner,
  tie,
  CASE WHEN via IS NULL THEN null ELSE via {.id, .name, .kind} END AS via,
  a.id AS a, b.id AS b, weight, stated, kinds, firstYear, agreementIds, spans
