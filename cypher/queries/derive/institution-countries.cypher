// COOPERATES_WITH from an institution to a foreign country (docs/data-model.md): an agreement it is party to is
// WITH_COUNTRY that country, or a party it cooperates with on the agreement is located there: any other party
// of a `joint` agreement; for a `hub` (and a joint agreement of more than $jointPairLimit parties) a lead reaches
// every party's country, a partner only the leads' countries. Never to the institution's own country; agreements
// of a kind in $nonCooperationKinds derive nothing.
MATCH (i:Institution)-[own:PARTY_TO]->(agreement:Agreement)
WHERE NOT coalesce(agreement.kind, '') IN $nonCooperationKinds
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
CALL (i, country, weight, agreementIds, kinds, firstYear) {
  MERGE (i)-[c:COOPERATES_WITH]->(country)
  ON CREATE SET c.id = i.id + '|COOPERATES_WITH|' + country.id
  SET c.weight = weight, c.agreementIds = agreementIds, c.kinds = kinds, c.firstYear = firstYear,
      c.derivation = $run
} IN TRANSACTIONS OF 5000 ROWS
