// The edges GET /api/network draws between the nodes it kept (network/top-nodes.cypher), when no agreement
// filter is given: every relationship of $types between two of $ids.
// Params: $ids (node ids), $types (relationship types: COOPERATES_WITH and those of the requested labels).
// Outgoing from each kept node, the far end hash-joined on the kept ids (USING JOIN): never from the far end,
// whose incoming relationships around a country or a field are tens of thousands (as neighborhood/edges.cypher).
// Both ends kept means both passed the country filter, which is all the filter asks of an edge.
// Packed like network/edges.cypher: "type source target weight kinds firstYear stated anchored".
// One branch for cooperation, one for PART_OF (both in the default view) and one for the rest, each a static
// type list, so that the expansion skips the relationships not asked for.
CALL () {
  WITH 1 AS guard WHERE 'COOPERATES_WITH' IN $types
  MATCH (a:Entity)-[r:COOPERATES_WITH]->(b:Entity)
  USING INDEX SEEK a:Entity(id)
  USING INDEX SEEK b:Entity(id)
  USING JOIN ON b
  WHERE a.id IN $ids AND b.id IN $ids
  RETURN a, r, b
  UNION ALL
  WITH 1 AS guard WHERE 'PART_OF' IN $types
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity)
  USING INDEX SEEK a:Entity(id)
  USING INDEX SEEK b:Entity(id)
  USING JOIN ON b
  WHERE a.id IN $ids AND b.id IN $ids
  RETURN a, r, b
  UNION ALL
  WITH 1 AS guard WHERE any(type IN $types WHERE NOT type IN ['COOPERATES_WITH', 'PART_OF'])
  MATCH (a:Entity)-[r:PARTY_TO|WITH_COUNTRY|AFFILIATED_WITH|PARTICIPATED_IN|HOSTED|SIGNED_AT|IN_FIELD]->(b:Entity)
  USING INDEX SEEK a:Entity(id)
  USING INDEX SEEK b:Entity(id)
  USING JOIN ON b
  WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
  RETURN a, r, b
}
WITH a, r, b, CASE WHEN r:COOPERATES_WITH THEN null WHEN a:Agreement THEN a WHEN b:Agreement THEN b END AS agreement
WITH a, r, b, agreement,
  CASE WHEN r:COOPERATES_WITH THEN coalesce(r.kinds, []) WHEN agreement IS NULL THEN [] ELSE [agreement.kind] END AS kinds
RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(toString(toInteger(r.weight)), '') + ' '
  + reduce(list = '', kind IN kinds | list + CASE WHEN list = '' THEN '' ELSE ',' END + kind) + ' '
  + coalesce(toString(toInteger(CASE WHEN r:COOPERATES_WITH THEN r.firstYear ELSE agreement.startYear END)), '') + ' '
  + CASE WHEN coalesce(r.stated, false) THEN '1' ELSE '' END + ' ' + CASE WHEN agreement IS NULL THEN '' ELSE '1' END
  AS edge
