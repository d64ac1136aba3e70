// Number of entities per label (Entity itself not counted).
MATCH (n:Entity)
UNWIND [label IN labels(n) WHERE label <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY label
