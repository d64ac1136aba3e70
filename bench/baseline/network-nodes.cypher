// The candidate nodes of GET /api/network: every node of the requested labels that passes the country filter;
// Agreement nodes must also pass the agreement filter. The repository then keeps the connected ones and caps.
// Params: $types (labels), $countries (ISO codes or null), $kinds (agreement kinds or null), $fields (field ids
// or null), $yearFrom, $yearTo (or null).
// Set-based: one label scan per requested label (a guarded branch each, so unrequested labels cost nothing),
// then per node only O(1) lookups: its country and its COOPERATES_WITH degree (one partner per edge, since each
// pair is stored once).
// Each node comes back as one string, "type kind country partners name" separated by spaces (kind and country
// empty when absent; the name last, so it may hold any character): the driver decodes one string far faster
// than five values, and this answer has a row per node of the graph.
CALL () {
  WITH 1 AS guard WHERE 'Institution' IN $types
  MATCH (n:Institution)
  RETURN n, head([(n)-[:LOCATED_IN]->(c:Country) | c.code]) AS country
  UNION ALL
  WITH 1 AS guard WHERE 'Country' IN $types
  MATCH (n:Country)
  RETURN n, n.code AS country
  UNION ALL
  WITH 1 AS guard WHERE 'Agreement' IN $types
  MATCH (n:Agreement)
  WHERE ($kinds IS NULL OR n.kind IN $kinds)
    AND ($yearFrom IS NULL OR n.startYear >= $yearFrom)
    AND ($yearTo IS NULL OR n.startYear <= $yearTo)
    AND ($fields IS NULL OR EXISTS { (n)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })
    AND ($countries IS NULL
      OR EXISTS { (n)<-[:PARTY_TO]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countries }
      OR EXISTS { (n)-[:WITH_COUNTRY]->(c:Country) WHERE c.code IN $countries })
  RETURN n, null AS country
  UNION ALL
  WITH 1 AS guard WHERE 'Person' IN $types
  MATCH (n:Person)
  RETURN n, head([(n)-[:AFFILIATED_WITH]->(:Institution)-[:LOCATED_IN]->(c:Country) | c.code]) AS country
  UNION ALL
  WITH 1 AS guard WHERE 'Event' IN $types
  MATCH (n:Event)
  RETURN n, head([(n)-[:LOCATED_IN]->(c:Country) | c.code]) AS country
  UNION ALL
  WITH 1 AS guard WHERE 'Field' IN $types
  MATCH (n:Field)
  RETURN n, null AS country
}
WITH n, country
WHERE $countries IS NULL OR country IN $countries OR n:Agreement OR n:Field
RETURN n.id + ' ' + head([label IN labels(n) WHERE label <> 'Entity']) + ' ' + coalesce(n.kind, '') + ' '
  + coalesce(country, '') + ' ' + toString(COUNT { (n)-[:COOPERATES_WITH]-() }) + ' '
  + coalesce(n.name, n.code, n.id) AS node
