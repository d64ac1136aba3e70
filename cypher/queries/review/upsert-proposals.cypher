// Adds a document's proposals to the review queue. A proposal already there keeps its state; a pending one
// gets the newest extraction (candidates change as the graph grows), a decided one is left alone, so what a
// person decided is never proposed again. Proposals are (:Proposal:ProposedEntity|ProposedRelation) nodes:
// no :Entity label and no relationship, so the graph's reads cannot reach them.
// Params: $rows [{ id, label (allowlisted in server/ingest/review/propose.ts), props }].
UNWIND $rows AS row
MERGE (p:Proposal {id: row.id})
ON CREATE SET p += row.props, p.state = 'pending', p.committed = false, p._created = true
WITH p, row, p._created IS NOT NULL AS created, p.state AS state
SET p:$(row.label)
REMOVE p._created
SET p += CASE WHEN state = 'pending' THEN row.props ELSE {} END
RETURN
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS proposed,
  sum(CASE WHEN NOT created AND state = 'pending' THEN 1 ELSE 0 END) AS pending,
  sum(CASE WHEN NOT created AND state <> 'pending' THEN 1 ELSE 0 END) AS decided
