// Every relationship except MENTIONED_IN between the given nodes (GET /api/neighborhood/:id).
// Params: $ids (node ids). Each relationship once, in its stored direction.
// The plan expands OUTGOING from each kept node and hash-joins the far end on the kept ids (USING JOIN): left
// to itself the planner may seek the far end by id as well and walk its INCOMING relationships, and a country or
// a field kept in the set has tens of thousands of those (a 100k graph: 125k rows expanded to return 32).
// Outgoing degrees are small (relationships point from institutions, people and agreements to countries and
// fields), so this costs about the kept nodes' own relationships. test/db/query-plans.test.ts bounds it.
MATCH (a:Entity)-[r]->(b:Entity)
// SEEK, not just INDEX: on stale statistics (a graph just emptied) the planner took index scans.
USING INDEX SEEK a:Entity(id)
USING INDEX SEEK b:Entity(id)
USING JOIN ON b
WHERE a.id IN $ids AND b.id IN $ids AND NOT r:MENTIONED_IN
RETURN coalesce(r.id, a.id + '|' + type(r) + '|' + b.id) AS id, a.id AS source, b.id AS target, type(r) AS type,
  r.weight AS weight, coalesce(r.kinds, []) AS kinds, r.firstYear AS firstYear, coalesce(r.stated, false) AS stated
