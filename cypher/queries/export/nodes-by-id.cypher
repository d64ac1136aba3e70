// The nodes with the given ids (GET /api/export with filters: a page of the selected ids).
// Params: $ids (list of ids), $withMentions (boolean: also return MENTIONED_IN as { document, evidence } rows).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, properties(n) AS properties,
  CASE WHEN $withMentions
    THEN [(n)-[m:MENTIONED_IN]->(d:Document) | {document: d.id, evidence: m.evidence}]
    ELSE []
  END AS mentions
