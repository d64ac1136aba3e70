// The label and name of graph nodes by id: endpoints and merge targets of decisions, and ids a commit would
// take. Params: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, coalesce(n.name, n.code) AS name
