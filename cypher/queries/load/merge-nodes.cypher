// Upserts a batch of nodes. $rows: [{ id, label, props }], label from the allowlist in core/model.ts.
// Every node carries :Entity (unique id across labels) and its own label. Properties are replaced as a whole,
// so a property removed from the input is removed from the graph; except `partners`, the stored cooperation
// degree of institutions and countries (cypher/queries/degree/store-partners.cypher), which is not input: it is
// kept (0 on a new node, until the next derivation counts it). Returns created / updated counts.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n._created = true
WITH n, row, properties(n) AS before
WITH n, row, before, row.props AS input
WITH n, row, before, CASE
    WHEN row.label IN ['Institution', 'Country'] THEN input {.*, partners: coalesce(before.partners, 0)}
    ELSE input
  END AS props
SET n = props
SET n:$(row.label)
WITH props, before, before._created IS NOT NULL AS created
RETURN
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
  sum(CASE WHEN NOT created AND before <> props THEN 1 ELSE 0 END) AS updated
