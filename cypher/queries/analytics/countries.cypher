// Every country, for the analytics snapshot (server/analytics/snapshot.ts), with its internal node key (the
// institution and agreement columns refer to countries by it). No parameters.
MATCH (c:Country)
RETURN c.id AS id, id(c) AS key, c.code AS code, c.name AS name, c.region AS region
