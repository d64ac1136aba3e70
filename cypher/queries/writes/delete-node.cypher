// Deletes the entity $id if it has label $label, with every relationship it has (DETACH DELETE).
// Params: $id (string), $label (allowlisted label). No row when there was no such entity.
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN relationships
