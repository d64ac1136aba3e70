// Deletes the relationship of type $type from $source to $target.
// Params: $source, $target (ids), $type (relationship type, compared as a value).
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type
DELETE r
RETURN count(*) AS deleted
