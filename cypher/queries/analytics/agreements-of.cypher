// The agreements among $ids as the analytics snapshot reads them (agreement-columns.cypher), for a patch of a
// built snapshot (server/analytics/snapshot.ts `readSnapshotPatch`): one row each, parties, leads and countries
// as ids. Params: $ids (node ids; those of other labels or of no node are left out).
MATCH (a:Agreement)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.startYear AS startYear, a.endYear AS endYear,
  a.status AS status, a.topology AS topology,
  [(party:Institution)-[:PARTY_TO]->(a) | party.id] AS parties,
  [(party:Institution)-[r:PARTY_TO]->(a) WHERE r.role = 'lead' | party.id] AS leads,
  [(a)-[:WITH_COUNTRY]->(country:Country) | country.id] AS countries,
  [(a)-[:IN_FIELD]->(field:Field) | field.id] AS fields
