// All shortest paths between two entities over the structural relationships (GET /api/paths).
// Params: $from, $to (resolved ids, different), $maxLength (1..8), $maxPaths (integer).
// Not MENTIONED_IN, LOCATED_IN or IN_FIELD: they would join everything through a document, a country or a
// topic. COOPERATES_WITH only where a text states it: the derived edges shortcut the agreement, which is the
// connection worth showing (two parties of one agreement are two hops apart, through it).
// The hop bound of a path pattern cannot be a parameter: the search is bounded at 8 and shorter bounds filter.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths(
  (a)-[:PART_OF|PARTY_TO|WITH_COUNTRY|AFFILIATED_WITH|PARTICIPATED_IN|HOSTED|SIGNED_AT|MEMBER_OF|COOPERATES_WITH*..8]-(b))
WHERE all(r IN relationships(p) WHERE NOT r:COOPERATES_WITH OR coalesce(r.stated, false))
WITH p
LIMIT $maxPaths
WITH p
WHERE length(p) <= $maxLength
RETURN length(p) AS length,
  [n IN nodes(p) | {id: n.id, name: coalesce(n.name, n.code, n.id), type: head([l IN labels(n) WHERE l <> 'Entity']),
    kind: n.kind}] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
