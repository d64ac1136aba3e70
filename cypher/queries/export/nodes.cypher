// A page of the nodes of one label, in id order (GET /api/export of the whole graph, read by id ranges so that
// no page is a giant result and each page is a short transaction).
// __TYPE__: a label from the allowlist in core/model.ts, so the label's id index gives the order.
// Params: $after (the last id of the previous page; '' for the first), $limit (integer), $withMentions (boolean:
// also return the node's MENTIONED_IN as { document, evidence } rows, for formats that keep them on the node).
MATCH (n:__TYPE__)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS properties,
  CASE WHEN $withMentions
    THEN [(n)-[m:MENTIONED_IN]->(d:Document) | {document: d.id, evidence: m.evidence}]
    ELSE []
  END AS mentions
