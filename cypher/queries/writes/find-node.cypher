// The entity with id $id, or (for countries) ISO code $code, with its label and stored properties.
// Params: $id (string), $code (upper-case ISO code, or null when $id cannot be one).
OPTIONAL MATCH (byId:Entity {id: $id})
OPTIONAL MATCH (byCode:Country {code: $code})
WITH coalesce(byId, byCode) AS n
WHERE n IS NOT NULL
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, properties(n) AS properties
