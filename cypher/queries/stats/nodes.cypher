// Nodes per label (GET /api/stats). No params.
// One static count per label of core/model.ts: Neo4j answers each from its count store without a scan.
MATCH (n:Institution) RETURN 'Institution' AS key, count(n) AS count
UNION ALL
MATCH (n:Country) RETURN 'Country' AS key, count(n) AS count
UNION ALL
MATCH (n:Person) RETURN 'Person' AS key, count(n) AS count
UNION ALL
MATCH (n:Agreement) RETURN 'Agreement' AS key, count(n) AS count
UNION ALL
MATCH (n:Event) RETURN 'Event' AS key, count(n) AS count
UNION ALL
MATCH (n:Field) RETURN 'Field' AS key, count(n) AS count
UNION ALL
MATCH (n:Document) RETURN 'Document' AS key, count(n) AS count
