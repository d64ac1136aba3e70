// How many relationships an entity has (GET /api/neighborhood/:id decides with it whether the request is heavy).
// Params: $id, $code (the id upper-cased when it may be an ISO code, or null). No row: the id is unknown.
// COUNT of a bare pattern is the node's degree, read from the store (constant time for a busy node) rather than
// by walking its relationships; MENTIONED_IN is counted too, which only errs towards heavy.
OPTIONAL MATCH (byId:Entity {id: $id})
OPTIONAL MATCH (byCode:Country {code: $code})
WITH coalesce(byId, byCode) AS centre
WHERE centre IS NOT NULL
RETURN COUNT { (centre)--() } AS degree
