// Relationships per type (GET /api/stats). No params.
// One static count per type of core/model.ts: Neo4j answers each from its count store without a scan.
MATCH ()-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:PARTY_TO]->() RETURN 'PARTY_TO' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:WITH_COUNTRY]->() RETURN 'WITH_COUNTRY' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:AFFILIATED_WITH]->() RETURN 'AFFILIATED_WITH' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'PARTICIPATED_IN' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:HOSTED]->() RETURN 'HOSTED' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:SIGNED_AT]->() RETURN 'SIGNED_AT' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:IN_FIELD]->() RETURN 'IN_FIELD' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:COOPERATES_WITH]->() RETURN 'COOPERATES_WITH' AS key, count(r) AS count
UNION ALL
MATCH ()-[r:MENTIONED_IN]->() RETURN 'MENTIONED_IN' AS key, count(r) AS count
