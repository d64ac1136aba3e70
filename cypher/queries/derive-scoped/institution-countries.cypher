// derive/institution-countries.cypher for the institutions in $scope only (a scoped run): the same rules from
// the same agreements, starting from the scope's institutions; test/db/derivation-scoped.test.ts checks that
// both give the same edges.
// Params: $scope (institution ids), $run, $nonCooperationKinds, $jointPairLimit.
MATCH (i:Institution)-[own:PARTY_TO]->(agreement:Agreement)
WHERE i.id IN $scope AND NOT coalesce(agreement.kind, '') IN $nonCooperationKinds
CALL (agreement) {
  MATCH (agreement)<-[:PARTY_TO]-(party:Institution)
  RETURN count(DISTINCT party) AS parties
}
WITH i, agreement,
     own.role = 'lead' OR (coalesce(agreement.topology, 'joint') = 'joint' AND parties <= $jointPairLimit) AS reachesAll
CALL (i, agreement, reachesAll) {
  MATCH (agreement)-[:WITH_COUNTRY]->(country:Country)
  RETURN country
  UNION
  MATCH (agreement)<-[other:PARTY_TO]-(party:Institution)-[:LOCATED_IN]->(country:Country)
  WHERE party <> i AND (reachesAll OR other.role = 'lead')
  RETURN country
}
WITH i, country, agreement
WHERE NOT (i)-[:LOCATED_IN]->(country)
WITH i, country, count(DISTINCT agreement) AS weight, collect(DISTINCT agreement.id) AS agreementIds,
     collect(DISTINCT agreement.kind) AS kinds, min(agreement.startYear) AS firstYear
MERGE (i)-[c:COOPERATES_WITH]->(country)
ON CREATE SET c.id = i.id + '|COOPERATES_WITH|' + country.id
SET c.weight = weight, c.agreementIds = agreementIds, c.kinds = kinds, c.firstYear = firstYear,
    c.derivation = $run
