// The institutions working in one of the given fields (IN_FIELD), for the field filter of GET /api/network: a
// field finds the institutions in it as well as the agreements.
// Params: $fields (field ids).
MATCH (n:Institution)-[:IN_FIELD]->(f:Field)
WHERE f.id IN $fields
RETURN DISTINCT n.id AS id
