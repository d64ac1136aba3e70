// degree/store-partners.cypher for the institutions and countries in $ids only: after a scoped derivation,
// whose edges can change only at the scope and at the other ends of its edges. No IN TRANSACTIONS: a scope is
// bounded (derivation/mark-pending.cypher). Returns how many changed.
// Params: $ids (node ids).
MATCH (n:Entity)
WHERE n.id IN $ids AND (n:Institution OR n:Country)
WITH n, COUNT { (n)-[:COOPERATES_WITH]-() } AS partners
WHERE n.partners IS NULL OR n.partners <> partners
SET n.partners = partners
RETURN count(*) AS changed
