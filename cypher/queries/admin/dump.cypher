// The whole graph as sorted rows, for comparing two loads (small graphs only).
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m ORDER BY type(r), m.id
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'] AS labels, properties(n) AS properties,
       collect(CASE WHEN r IS NULL THEN null ELSE { type: type(r), target: m.id, properties: properties(r) } END) AS relationships
ORDER BY id
