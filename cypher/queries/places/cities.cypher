// The entities that name their city (institutions, events), with the ISO code of their country: GET /api/places
// resolves the pair through the gazetteer. No parameters; one row per such entity.
MATCH (n:Entity)
WHERE n.city IS NOT NULL
RETURN n.id AS id, n.city AS city, head([(n)-[:LOCATED_IN]->(c:Country) | c.code]) AS country
ORDER BY id
