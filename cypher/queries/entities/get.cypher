// One entity with its provenance and its related entities (GET /api/<type>/:id).
// Params: $label (allowlisted label), $id (an id), $code (the id upper-cased when it may be an ISO code, or null),
// $relatedLimit (integer).
// Related: every relationship except MENTIONED_IN (a Document's related entities are the ones it mentions, so
// for a Document only MENTIONED_IN counts). Sorted by type then name and capped; relatedTotal says how many.
// Document names for the relationships' `documents` lists come back in `documents`, joined by the repository.
OPTIONAL MATCH (byId:Entity {id: $id})
OPTIONAL MATCH (byCode:Country {code: $code})
WITH coalesce(byId, byCode) AS n
WHERE n IS NOT NULL AND $label IN labels(n)
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(d:Document)
  UNWIND coalesce(m.evidence, []) AS span
  RETURN collect({document: d.id, documentName: d.name, evidence: span}) AS provenance
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m)
  WHERE (r:MENTIONED_IN) = (n:Document)
  // No relationship at all leaves one null row, which must not become an item.
  WITH r, m WHERE r IS NOT NULL
  WITH r, m ORDER BY type(r), toLower(coalesce(m.name, m.id)), m.id
  LIMIT $relatedLimit
  RETURN collect({
    relationship: properties(r),
    type: type(r),
    direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
    node: m {.id, .kind, name: coalesce(m.name, m.code, m.id), type: head([l IN labels(m) WHERE l <> 'Entity'])}
  }) AS related
}
CALL (related) {
  UNWIND related AS item
  UNWIND coalesce(item.relationship.documents, []) AS documentId
  WITH DISTINCT documentId
  MATCH (d:Document {id: documentId})
  RETURN collect({id: d.id, name: d.name}) AS documents
}
RETURN n {
    .*,
    type: $label,
    name: coalesce(n.name, n.code, n.id),
    country: CASE WHEN n:Country THEN n.code ELSE head([(n)-[:LOCATED_IN]->(c:Country) | c.code]) END
  } AS entity,
  provenance,
  related,
  COUNT { (n)-[r]-() WHERE (r:MENTIONED_IN) = (n:Document) } AS relatedTotal,
  documents
