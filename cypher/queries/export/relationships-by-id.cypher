// The outgoing relationships of the nodes with the given ids (GET /api/export with filters), of $types or all.
// Params: $ids (list of ids), $types (relationship types, or null for all).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]->(b)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect({type: type(r), target: b.id, properties: properties(r)}) AS relationships
}
RETURN a.id AS id, relationships
