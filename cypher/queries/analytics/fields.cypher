// Every field, for the analytics snapshot (server/analytics/snapshot.ts). No parameters.
MATCH (f:Field)
RETURN f.id AS id, f.name AS name
