// The nodes GET /api/network keeps when no agreement filter is given: the $limit best connected of the
// requested labels (most cooperation partners first, then by id), where only these are read.
// Params: $types (labels), $countries (ISO codes or null; only with Institution and Country), $limit (integer).
// Institutions and countries are read in the order of their stored, indexed degree (`partners`,
// cypher/queries/degree/store-partners.cypher), so each branch stops after $limit rows (a partial top-k on the
// index order, ties broken by id); the other labels have no cooperation edges (0 partners) and come in id order.
// Packed like network/nodes.cypher: "id type kind country partners name".
CALL () {
  WITH 1 AS guard WHERE 'Institution' IN $types
  MATCH (n:Institution)
  WHERE n.partners >= 0
    AND ($countries IS NULL OR head([(n)-[:LOCATED_IN]->(c:Country) | c.code]) IN $countries)
  WITH n ORDER BY n.partners DESC, n.id LIMIT $limit
  RETURN n
  UNION ALL
  WITH 1 AS guard WHERE 'Country' IN $types
  MATCH (n:Country)
  WHERE n.partners >= 0 AND ($countries IS NULL OR n.code IN $countries)
  WITH n ORDER BY n.partners DESC, n.id LIMIT $limit
  RETURN n
  UNION ALL
  WITH 1 AS guard WHERE 'Agreement' IN $types
  MATCH (n:Agreement)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN n
  UNION ALL
  WITH 1 AS guard WHERE 'Person' IN $types
  MATCH (n:Person)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN n
  UNION ALL
  WITH 1 AS guard WHERE 'Event' IN $types
  MATCH (n:Event)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN n
  UNION ALL
  WITH 1 AS guard WHERE 'Field' IN $types
  MATCH (n:Field)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN n
}
WITH n, coalesce(n.partners, 0) AS partners
ORDER BY partners DESC, n.id
LIMIT $limit
WITH n, partners, CASE
    WHEN n:Country THEN n.code
    WHEN n:Person THEN head([(n)-[:AFFILIATED_WITH]->(:Institution)-[:LOCATED_IN]->(c:Country) | c.code])
    ELSE head([(n)-[:LOCATED_IN]->(c:Country) | c.code])
  END AS country
RETURN n.id + ' ' + head([label IN labels(n) WHERE label <> 'Entity']) + ' ' + coalesce(n.kind, '') + ' '
  + coalesce(country, '') + ' ' + toString(partners) + ' ' + coalesce(n.name, n.code, n.id) AS node
