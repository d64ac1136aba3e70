// One page of agreements for the analytics snapshot, in id order after a cursor (keyset paging), with their
// topology, parties (and which lead), WITH_COUNTRY countries and fields.
// Params: $after (string: the largest id of the previous page, '' for the first), $limit (integer).
MATCH (a:Agreement)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT $limit
RETURN
  a.id AS id,
  a.name AS name,
  a.kind AS kind,
  a.startYear AS startYear,
  a.endYear AS endYear,
  a.status AS status,
  a.topology AS topology,
  [(party:Institution)-[:PARTY_TO]->(a) | party.id] AS parties,
  [(party:Institution)-[r:PARTY_TO]->(a) WHERE r.role = 'lead' | party.id] AS leads,
  [(a)-[:WITH_COUNTRY]->(country:Country) | country.id] AS countries,
  [(a)-[:IN_FIELD]->(field:Field) | field.id] AS fields
