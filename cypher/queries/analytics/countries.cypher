// Every country, for the analytics snapshot (server/analytics/snapshot.ts). No parameters.
MATCH (c:Country)
RETURN c.id AS id, c.code AS code, c.name AS name, c.region AS region
