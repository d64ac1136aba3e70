// The data version the analytics cache is keyed by: the token the writers set on (:Meta {id: 'data-version'})
// (bump-data-version.cypher), plus the node and relationship counts, which Neo4j answers from its count store
// in constant time, so a writer that forgot to bump still changes the key when it adds or deletes anything.
// No parameters.
OPTIONAL MATCH (meta:Meta {id: 'data-version'})
WITH collect(meta.token) AS tokens
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN tokens, nodes, relationships
