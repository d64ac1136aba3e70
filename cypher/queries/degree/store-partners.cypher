// Stores on every institution and country its cooperation degree, `partners`: the COOPERATES_WITH edges at it
// in either direction (one per partner, since each pair is stored once), as GET /api/network shows and ranks
// nodes by. Indexed (cypher/schema.cypher), so the network's top-k reads the best-connected nodes in index
// order instead of counting every node's edges. Run after every derivation (server/ingest/partner-counts.ts);
// only changed counts are written, so a derivation that changed nothing writes nothing. No parameters.
MATCH (n)
WHERE n:Institution OR n:Country
WITH n, COUNT { (n)-[:COOPERATES_WITH]-() } AS partners
WHERE n.partners IS NULL OR n.partners <> partners
CALL (n, partners) {
  SET n.partners = partners
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS changed
