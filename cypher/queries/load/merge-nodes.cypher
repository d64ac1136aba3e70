// Upserts a batch of nodes. $rows: [{ id, label, props }], label from the allowlist in core/model.ts.
// Every node carries :Entity (unique id across labels) and its own label. Properties are replaced as a whole,
// so a property removed from the input is removed from the graph. Returns created / updated counts.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n._created = true
WITH n, row, properties(n) AS before
SET n = row.props
SET n:$(row.label)
WITH row, before, before._created IS NOT NULL AS created
RETURN
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
  sum(CASE WHEN NOT created AND before <> row.props THEN 1 ELSE 0 END) AS updated
