// Every node and every relationship in the database, whatever its labels: what a write (or an attempted
// injection) would change. Used by the API tests to prove that refused requests changed nothing. Except the
// data version's change records (:DataChange, cypher/queries/analytics/bump-data-version.cypher), which every
// accepted write adds and which say how many writes there were, not what the graph holds.
CALL () { MATCH (n) WHERE NOT n:DataChange RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
