// COOPERATES_WITH between institutions that are parties to the same agreement (docs/data-model.md, "Agreement
// topology"). `joint` (the default): every pair of parties. `hub`, and a joint agreement of more than
// $jointPairLimit parties: each lead with every other party, never two partners with each other (no lead: no pair).
// Agreements of a kind in $nonCooperationKinds derive nothing. One edge per pair, whatever its direction;
// $run marks the edges this derivation touched.
MATCH (agreement:Agreement)<-[role:PARTY_TO]-(party:Institution)
WHERE NOT coalesce(agreement.kind, '') IN $nonCooperationKinds
WITH agreement, collect(DISTINCT party) AS parties,
     collect(DISTINCT CASE WHEN role.role = 'lead' THEN party END) AS leads
WHERE size(parties) > 1
WITH agreement, parties, leads,
     coalesce(agreement.topology, 'joint') = 'hub' OR size(parties) > $jointPairLimit AS hubbed
UNWIND parties AS a
UNWIND CASE WHEN NOT hubbed OR a IN leads THEN parties ELSE leads END AS b
WITH agreement, a, b
WHERE a.id < b.id
WITH a, b, count(agreement) AS weight, collect(agreement.id) AS agreementIds,
     collect(DISTINCT agreement.kind) AS kinds, min(agreement.startYear) AS firstYear
CALL (a, b, weight, agreementIds, kinds, firstYear) {
  MERGE (a)-[c:COOPERATES_WITH]-(b)
  ON CREATE SET c.id = a.id + '|COOPERATES_WITH|' + b.id
  SET c.weight = weight, c.agreementIds = agreementIds, c.kinds = kinds, c.firstYear = firstYear,
      c.derivation = $run
} IN TRANSACTIONS OF 5000 ROWS
