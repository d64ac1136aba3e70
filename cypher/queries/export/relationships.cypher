// A page of the nodes of one label, in id order, each with its outgoing relationships (GET /api/export of the
// whole graph: relationships are read by ranges of their start node's id).
// __TYPE__: a label from the allowlist in core/model.ts.
// Params: $after (the last id of the previous page; '' for the first), $limit (integer), $types (relationship
// types to return, or null for all).
MATCH (a:__TYPE__)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
CALL (a) {
  MATCH (a)-[r]->(b)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect({type: type(r), target: b.id, properties: properties(r)}) AS relationships
}
RETURN a.id AS id, relationships
