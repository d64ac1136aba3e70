// One page of institutions for the analytics snapshot, in id order after a cursor (keyset paging, so every
// page is an index seek however deep), with their country, own fields, parents, alliances (MEMBER_OF), and the COOPERATES_WITH edges
// stored from them (each edge is stored once, so reading every institution's outgoing edges reads each once).
// Params: $after (string: the largest id of the previous page, '' for the first), $limit (integer).
MATCH (i:Institution)
WHERE i.id > $after
WITH i
ORDER BY i.id
LIMIT $limit
RETURN
  i.id AS id,
  i.name AS name,
  i.kind AS kind,
  head([(i)-[:LOCATED_IN]->(country:Country) | country.id]) AS country,
  [(i)-[:IN_FIELD]->(field:Field) | field.id] AS fields,
  [(i)-[:PART_OF]->(parent:Institution) | parent.id] AS parents,
  [(i)-[:MEMBER_OF]->(alliance:Institution) | alliance.id] AS memberOf,
  [(i)-[c:COOPERATES_WITH]->(other) WHERE other:Institution OR other:Country |
    { target: other.id, weight: c.weight, stated: c.stated, agreementIds: c.agreementIds }] AS edges
