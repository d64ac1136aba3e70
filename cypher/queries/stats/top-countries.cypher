// The countries with the most cooperation partners (GET /api/stats), counted as /api/partners/:id lists them:
// the institutions with COOPERATES_WITH to the country plus the other countries its institutions cooperate with.
// Params: $limit (integer).
MATCH (c:Country)
WITH c, COUNT { (c)<-[:COOPERATES_WITH]-(:Institution) } + COUNT {
    MATCH (c)<-[:LOCATED_IN]-(:Institution)-[:COOPERATES_WITH]->(other:Country)
    WHERE other <> c
    RETURN DISTINCT other
  } AS partners
WHERE partners > 0
RETURN c.id AS id, c.code AS code, coalesce(c.name, c.code) AS name, partners
ORDER BY partners DESC, id
LIMIT $limit
