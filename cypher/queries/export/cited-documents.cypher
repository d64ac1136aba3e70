// The documents the given nodes cite: through MENTIONED_IN, or in the provenance (`documents`) of their
// outgoing relationships. A filtered export includes them so that it loads on its own.
// Params: $ids (list of ids).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:MENTIONED_IN]->(d:Document)
  RETURN d.id AS document
  UNION
  MATCH (n)-[r]->()
  WHERE r.documents IS NOT NULL
  UNWIND r.documents AS document
  RETURN document
}
RETURN collect(DISTINCT document) AS documents
