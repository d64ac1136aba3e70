// After Document $id is deleted: drops it from the provenance lists (`documents`, and the `evidence` at the same
// positions) of every relationship that cites it, so no relationship points at a document that is gone and an
// export still loads. Scans relationships: deleting a document is rare.
// Params: $id (string).
MATCH ()-[r]->()
WHERE $id IN r.documents
WITH r, [i IN range(0, size(r.documents) - 1) WHERE r.documents[i] <> $id] AS keep
SET r.documents = [i IN keep | r.documents[i]],
    r.evidence = [i IN keep | r.evidence[i]]
RETURN count(r) AS updated
