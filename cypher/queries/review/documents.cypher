// The submitted documents with their review state: proposals by state, and how many are in the graph.
// Params: $ids (list of document ids, or null for all), newest first.
MATCH (d:ReviewDocument)
WHERE $ids IS NULL OR d.id IN $ids
CALL (d) {
  OPTIONAL MATCH (p:Proposal {document: d.id})
  RETURN
    sum(CASE WHEN p.state = 'pending' THEN 1 ELSE 0 END) AS pending,
    sum(CASE WHEN p.state = 'accepted' THEN 1 ELSE 0 END) AS accepted,
    sum(CASE WHEN p.state = 'rejected' THEN 1 ELSE 0 END) AS rejected,
    sum(CASE WHEN p.state = 'edited' THEN 1 ELSE 0 END) AS edited,
    sum(CASE WHEN p.committed THEN 1 ELSE 0 END) AS committed
}
RETURN d { .id, .name, .file, .format, .owner, .ownerGuessed, .submittedAt, .submissions,
           characters: size(d.text) } AS document,
       { pending: pending, accepted: accepted, rejected: rejected, edited: edited, committed: committed } AS counts
ORDER BY d.submittedAt DESC, d.id
