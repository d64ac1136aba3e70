// Upserts a batch of nodes. $rows: [{ id, label, props }], label from the allowlist in core/model.ts.
// Every node carries :Entity (unique id across labels) and its own label. Properties are replaced as a whole,
// so a property removed from the input is removed from the graph; except `partners`, the stored cooperation
// degree of institutions and countries (cypher/queries/degree/store-partners.cypher), which is not input: it is
// kept (0 on a new node, until the next derivation counts it). Returns created / updated counts, and the
// conflicts: rows whose id the graph holds under another label (or, with $createOnly, at all).
//
// The label check is part of this statement, not of an earlier read: MERGE on the unique :Entity(id) waits for
// any transaction creating the same id, and the SET takes the node's write lock before its labels are read, so
// two writes racing to create one id as different types cannot both pass. The caller rolls the whole
// transaction back when `conflicts` is not empty (server/ingest/write.ts).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n._created = true
WITH n, row, properties(n) AS before, row.props AS input
WITH n, row, before, CASE
    WHEN row.label IN ['Institution', 'Country'] THEN input {.*, partners: coalesce(before.partners, 0)}
    ELSE input
  END AS props
SET n = props
WITH n, row, before, props, before._created IS NOT NULL AS created,
  [label IN labels(n) WHERE label <> 'Entity' AND label <> row.label] AS others
SET n:$(row.label)
WITH row, before, props, created,
  CASE WHEN size(others) > 0 THEN others[0] WHEN $createOnly AND NOT created THEN row.label END AS taken
RETURN
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
  sum(CASE WHEN NOT created AND before <> props THEN 1 ELSE 0 END) AS updated,
  collect(CASE WHEN taken IS NOT NULL THEN {id: row.id, label: taken} END) AS conflicts
