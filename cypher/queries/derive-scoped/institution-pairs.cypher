// derive/institution-pairs.cypher for the institutions in $scope only (a scoped run, server/ingest/derive.ts):
// every pair with at least one end in the scope, from every agreement of the scope's institutions. A pair's
// agreements are all agreements of either end, so its weight and lists are whole, as in the full run; the
// lines from `WITH agreement, collect(...)` on are the full query's, and test/db/derivation-scoped.test.ts
// checks that both give the same edges.
// Params: $scope (institution ids), $run, $nonCooperationKinds, $jointPairLimit.
MATCH (s:Institution)-[:PARTY_TO]->(agreement:Agreement)
WHERE s.id IN $scope AND NOT coalesce(agreement.kind, '') IN $nonCooperationKinds
WITH DISTINCT agreement
MATCH (agreement)<-[role:PARTY_TO]-(party:Institution)
WITH agreement, collect(DISTINCT party) AS parties,
     collect(DISTINCT CASE WHEN role.role = 'lead' THEN party END) AS leads
WHERE size(parties) > 1
WITH agreement, parties, leads,
     coalesce(agreement.topology, 'joint') = 'hub' OR size(parties) > $jointPairLimit AS hubbed
UNWIND parties AS a
UNWIND CASE WHEN NOT hubbed OR a IN leads THEN parties ELSE leads END AS b
WITH agreement, a, b
WHERE a.id < b.id AND (a.id IN $scope OR b.id IN $scope)
WITH a, b, count(agreement) AS weight, collect(agreement.id) AS agreementIds,
     collect(DISTINCT agreement.kind) AS kinds, min(agreement.startYear) AS firstYear
MERGE (a)-[c:COOPERATES_WITH]-(b)
ON CREATE SET c.id = a.id + '|COOPERATES_WITH|' + b.id
SET c.weight = weight, c.agreementIds = agreementIds, c.kinds = kinds, c.firstYear = firstYear,
    c.derivation = $run
