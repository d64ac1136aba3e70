// After a commit, in the same transaction as the load: marks the proposals written, with the node id each
// entity became. Params: $rows [{ id, graphId }], $document.
UNWIND $rows AS row
MATCH (p:Proposal {id: row.id, document: $document})
SET p.committed = true, p.graphId = row.graphId, p.committedAt = toString(datetime())
RETURN count(p) AS committed
