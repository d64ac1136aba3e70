// COOPERATES_WITH between institutions that are parties to the same agreement (docs/data-model.md).
// One edge per pair, whatever its direction; $run marks the edges this derivation touched.
MATCH (agreement:Agreement)<-[:PARTY_TO]-(party:Institution)
WITH agreement, collect(DISTINCT party) AS parties
WHERE size(parties) > 1
UNWIND parties AS a
UNWIND parties AS b
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
