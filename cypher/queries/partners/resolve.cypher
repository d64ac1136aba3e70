// The institution or country named by an id, or for a country also by its ISO code (GET /api/partners/:id).
// Params: $id, $code (the id upper-cased when it may be an ISO code, or null). No row: neither exists.
OPTIONAL MATCH (byId:Entity {id: $id})
OPTIONAL MATCH (byCode:Country {code: $code})
WITH coalesce(byId, byCode) AS n
WHERE n:Institution OR n:Country
RETURN n.id AS id, head([label IN labels(n) WHERE label <> 'Entity']) AS type,
  coalesce(n.name, n.code, n.id) AS name
