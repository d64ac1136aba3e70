// The nodes around an entity (GET /api/neighborhood/:id): everything within $depth hops over any relationship
// except MENTIONED_IN, nearest first, then best-connected. The centre comes first with distance 0.
// Params: $id, $code (the id upper-cased when it may be an ISO code, or null), $depth (1..3), $limit (integer:
// nodes returned, centre included). No row: the id is unknown.
// One breadth-first search (ANY SHORTEST per reached node) rather than variable-length paths, which enumerate
// every path and explode around hubs. Quantifiers cannot be parameters, hence one branch per depth.
OPTIONAL MATCH (byId:Entity {id: $id})
OPTIONAL MATCH (byCode:Country {code: $code})
WITH coalesce(byId, byCode) AS centre
WHERE centre IS NOT NULL
CALL (centre) {
  WITH centre WHERE $depth = 1
  MATCH (centre)-[r]-(m)
  WHERE NOT r:MENTIONED_IN AND m <> centre
  RETURN DISTINCT m, 1 AS distance
  UNION
  WITH centre WHERE $depth = 2
  MATCH p = ANY SHORTEST (centre)-[:!MENTIONED_IN]-{1,2}(m)
  WHERE m <> centre
  RETURN m, length(p) AS distance
  UNION
  WITH centre WHERE $depth = 3
  MATCH p = ANY SHORTEST (centre)-[:!MENTIONED_IN]-{1,3}(m)
  WHERE m <> centre
  RETURN m, length(p) AS distance
}
WITH centre, m, distance, COUNT { (m)-[:COOPERATES_WITH]-() } AS partners
ORDER BY distance, partners DESC, m.id
WITH centre, collect({node: m, distance: distance, partners: partners}) AS reached
WITH size(reached) + 1 AS total,
  [{node: centre, distance: 0, partners: COUNT { (centre)-[:COOPERATES_WITH]-() }}] + reached[..($limit - 1)] AS kept
UNWIND kept AS item
WITH total, item, item.node AS n
RETURN total,
  n.id AS id,
  head([label IN labels(n) WHERE label <> 'Entity']) AS type,
  coalesce(n.name, n.code, n.id) AS name,
  n.kind AS kind,
  CASE
    WHEN n:Country THEN n.code
    WHEN n:Person THEN head([(n)-[:AFFILIATED_WITH]->(:Institution)-[:LOCATED_IN]->(c:Country) | c.code])
    ELSE head([(n)-[:LOCATED_IN]->(c:Country) | c.code])
  END AS country,
  item.partners AS partners,
  item.distance AS distance
