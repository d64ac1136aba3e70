// Every relationship except MENTIONED_IN between the given nodes (GET /api/neighborhood/:id).
// Params: $ids (node ids). Each relationship once, in its stored direction.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE NOT r:MENTIONED_IN AND b.id IN $ids
RETURN coalesce(r.id, a.id + '|' + type(r) + '|' + b.id) AS id, a.id AS source, b.id AS target, type(r) AS type,
  r.weight AS weight, coalesce(r.kinds, []) AS kinds, r.firstYear AS firstYear, coalesce(r.stated, false) AS stated
