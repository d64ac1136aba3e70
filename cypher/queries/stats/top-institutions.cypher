// The institutions with the most cooperation partners (GET /api/stats).
// Params: $limit (integer). Partners: COOPERATES_WITH edges in either direction, one per partner.
MATCH (i:Institution)
WITH i, COUNT { (i)-[:COOPERATES_WITH]-() } AS partners
WHERE partners > 0
RETURN i.id AS id, i.name AS name, partners
ORDER BY partners DESC, id
LIMIT $limit
