// One page of institutions for the analytics snapshot (server/analytics/snapshot.ts) as ONE row of columns:
// lists side by side, position k of each describing the k-th institution, and the page's COOPERATES_WITH
// edges as parallel lists of integer node keys. The driver decodes values in a few rows several times faster
// than many rows (rows are its cost, not values), and integer keys are a fraction of repeated id strings.
// Keys are Neo4j's internal node ids (id(): deprecated for use across transactions, which is not this use: the
// snapshot maps them to ids as it reads, and the data version, read before and after, catches a write between
// pages). Derived per-edge data (agreementIds) is not read: the analytics compute it from the agreements.
// Per institution also its parents (PART_OF) and alliances (MEMBER_OF), as ids, for the roll-up of ties.
// Params: $after (the largest id of the previous page, '' for the first), $limit (integer: institutions).
MATCH (i:Institution)
WHERE i.id > $after
WITH i
ORDER BY i.id
LIMIT $limit
WITH collect(i) AS page
CALL (page) {
  UNWIND page AS i
  MATCH (i)-[c:COOPERATES_WITH]->(other)
  WHERE other:Institution OR other:Country
  RETURN collect(id(i)) AS sources, collect(id(other)) AS targets, collect(coalesce(c.weight, 0)) AS weights,
    collect(coalesce(c.stated, false)) AS stated
}
RETURN
  [i IN page | i.id] AS ids,
  [i IN page | id(i)] AS keys,
  [i IN page | i.name] AS names,
  [i IN page | i.kind] AS kinds,
  [i IN page | coalesce(head([(i)-[:LOCATED_IN]->(country:Country) | id(country)]), -1)] AS countries,
  [i IN page | [(i)-[:IN_FIELD]->(field:Field) | field.id]] AS fields,
  [i IN page | [(i)-[:PART_OF]->(parent:Institution) | parent.id]] AS parents,
  [i IN page | [(i)-[:MEMBER_OF]->(alliance:Institution) | alliance.id]] AS memberOf,
  sources, targets, weights, stated
