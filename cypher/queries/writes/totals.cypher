// Every node and every relationship in the database, whatever its labels: what a write (or an attempted
// injection) would change. Used by the API tests to prove that refused requests changed nothing.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
