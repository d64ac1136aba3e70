// One page of agreements for the analytics snapshot as ONE row of columns (as institution-columns.cypher):
// their attributes side by side (topology included), and per agreement its parties, its leading parties and
// its WITH_COUNTRY countries as internal node keys, and its fields as ids.
// Params: $after (the largest id of the previous page, '' for the first), $limit (integer: agreements).
MATCH (a:Agreement)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT $limit
WITH collect(a) AS page
RETURN
  [a IN page | a.id] AS ids,
  [a IN page | a.name] AS names,
  [a IN page | a.kind] AS kinds,
  [a IN page | a.startYear] AS startYears,
  [a IN page | a.endYear] AS endYears,
  [a IN page | a.status] AS statuses,
  [a IN page | a.topology] AS topologies,
  [a IN page | [(party:Institution)-[:PARTY_TO]->(a) | id(party)]] AS parties,
  [a IN page | [(party:Institution)-[r:PARTY_TO]->(a) WHERE r.role = 'lead' | id(party)]] AS leads,
  [a IN page | [(a)-[:WITH_COUNTRY]->(country:Country) | id(country)]] AS countries,
  [a IN page | [(a)-[:IN_FIELD]->(field:Field) | field.id]] AS fields
