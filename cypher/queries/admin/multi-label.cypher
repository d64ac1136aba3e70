// Entities that do not carry exactly one label besides :Entity: an integrity check (a race between two writes
// of one id as different types once produced such nodes). Returns their ids and labels.
MATCH (n:Entity)
WITH n, [label IN labels(n) WHERE label <> 'Entity'] AS own
WHERE size(own) <> 1
RETURN n.id AS id, own AS labels
ORDER BY id
