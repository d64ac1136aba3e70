// The institutions among $ids as the analytics snapshot reads them (institution-columns.cypher), for a patch of
// a built snapshot (server/analytics/snapshot.ts `readSnapshotPatch`): one row each, with EVERY COOPERATES_WITH
// edge at it, in either direction (a patch replaces all of an institution's edges), the other end as an id.
// Params: $ids (node ids; those of other labels or of no node are left out).
MATCH (i:Institution)
WHERE i.id IN $ids
RETURN i.id AS id, i.name AS name, i.kind AS kind,
  head([(i)-[:LOCATED_IN]->(country:Country) | country.id]) AS country,
  [(i)-[:IN_FIELD]->(field:Field) | field.id] AS fields,
  [(i)-[:PART_OF]->(parent:Institution) | parent.id] AS parents,
  [(i)-[:MEMBER_OF]->(alliance:Institution) | alliance.id] AS memberOf,
  [(i)-[c:COOPERATES_WITH]-(other) WHERE other:Institution OR other:Country |
    {target: other.id, weight: coalesce(c.weight, 0), stated: coalesce(c.stated, false)}] AS cooperation
