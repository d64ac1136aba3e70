// The candidate nodes of GET /api/network: every node of the requested labels that passes the country filter;
// Agreement nodes must also pass the agreement filter. The repository then keeps the connected ones and caps.
// Params: $types (labels), $countries (ISO codes or null), $kinds (agreement kinds or null), $fields (field ids
// or null), $yearFrom, $yearTo (or null).
// Set-based: one scan, then per node only O(1) lookups (its country, its COOPERATES_WITH degree, which is one
// partner per edge since each pair is stored once).
MATCH (n:Entity)
WHERE any(label IN labels(n) WHERE label IN $types)
WITH n, CASE
    WHEN n:Country THEN n.code
    WHEN n:Person THEN head([(n)-[:AFFILIATED_WITH]->(:Institution)-[:LOCATED_IN]->(c:Country) | c.code])
    ELSE head([(n)-[:LOCATED_IN]->(c:Country) | c.code])
  END AS country
WHERE ($countries IS NULL
    OR country IN $countries
    OR n:Field
    OR (n:Agreement AND (
      EXISTS { (n)<-[:PARTY_TO]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries }
      OR EXISTS { (n)-[:WITH_COUNTRY]->(c:Country) WHERE c.code IN $countries })))
  AND (NOT n:Agreement OR (
    ($kinds IS NULL OR n.kind IN $kinds)
    AND ($yearFrom IS NULL OR n.startYear >= $yearFrom)
    AND ($yearTo IS NULL OR n.startYear <= $yearTo)
    AND ($fields IS NULL OR EXISTS { (n)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })))
RETURN n.id AS id,
  head([label IN labels(n) WHERE label <> 'Entity']) AS type,
  coalesce(n.name, n.code, n.id) AS name,
  n.kind AS kind,
  country,
  COUNT { (n)-[:COOPERATES_WITH]-() } AS partners
