// Full-text search over names, aliases and codes (GET /api/search).
// Params: $lucene (a Lucene query built and escaped by server/repositories/lucene.ts), $types (labels or null),
// $limit (integer).
// queryNodes answers best score first; filtering and LIMIT stay lazy so a broad fuzzy query does not sort
// every match. Without a type filter the first $limit hits are the answer, so Lucene is told (`{limit}`: it
// collects only that many); with one, the hits it would skip are unknown, so it streams them all.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, CASE WHEN $types IS NULL THEN {limit: $limit} ELSE {} END)
YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score
LIMIT $limit
RETURN node.id AS id,
  head([label IN labels(node) WHERE label <> 'Entity']) AS type,
  coalesce(node.name, node.code, node.id) AS name,
  coalesce(node.aliases, []) AS aliases,
  node.kind AS kind,
  CASE WHEN node:Country THEN node.code ELSE head([(node)-[:LOCATED_IN]->(c:Country) | c.code]) END AS country,
  score
