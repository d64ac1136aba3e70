// The relationship of type $type from $source to $target; with $undirected also from $target to $source
// (institution pairs of COOPERATES_WITH are one edge whatever its direction).
// Params: $source, $target (ids), $type (relationship type, compared as a value), $undirected (boolean).
MATCH (a:Entity {id: $source})-[r]-(b:Entity {id: $target})
WHERE type(r) = $type AND ($undirected OR startNode(r) = a)
RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS properties
LIMIT 1
