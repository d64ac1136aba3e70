// The data version the analytics cache is keyed by: the token the writers set on (:Meta {id: 'data-version'})
// (bump-data-version.cypher), plus the node and relationship counts, which Neo4j answers from its count store
// in constant time, so a writer that forgot to bump still changes the key when it adds or deletes anything.
// Nodes are counted by :Entity, so the review queue of text ingestion (:ReviewDocument, :Proposal), which is
// not graph data, does not move the key. `version` is the change counter (0 before any writer has bumped it).
// No parameters.
OPTIONAL MATCH (meta:Meta {id: 'data-version'})
WITH collect(meta.token) AS tokens, coalesce(max(meta.version), 0) AS version
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN tokens, version, nodes, relationships
