// COOPERATES_WITH from an institution to a foreign country: an agreement it is party to is WITH_COUNTRY that
// country, or another party of the agreement is located there. Never to the institution's own country.
MATCH (i:Institution)-[:PARTY_TO]->(agreement:Agreement)
CALL (agreement) {
  MATCH (agreement)-[:WITH_COUNTRY]->(country:Country)
  RETURN country
  UNION
  MATCH (agreement)<-[:PARTY_TO]-(:Institution)-[:LOCATED_IN]->(country:Country)
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
