// How many nodes and edges GET /api/network would draw uncapped, when no agreement filter is given (the
// `total` of a capped answer), counted without reading them.
// Params: $types (labels), $countries (ISO codes or null; only with Institution and Country).
// Without a country filter every count comes from Neo4j's count store (constant time), except cooperation
// edges, which come from the stored degrees: each institution pair is counted at both ends, each
// institution-country edge once at each end, and COOPERATES_WITH only ever joins an institution to an
// institution or a country (core/model.ts). Each other relationship type counts where the labels at both of its
// ends are requested (one label at one end, so the count store answers); PART_OF (a unit's tie to its parent,
// drawn with the institutions) joins only institutions. With a country filter, the institutions located there
// are read and their cooperation and PART_OF edges counted.
CALL () {
  WITH 1 AS guard WHERE $countries IS NULL AND 'Institution' IN $types
  CALL () { MATCH (n:Institution) RETURN count(n) AS count, sum(n.partners) AS institutionEnds }
  CALL () { MATCH (n:Country) RETURN count(n) AS countries, sum(n.partners) AS countryEnds }
  RETURN count + CASE WHEN 'Country' IN $types THEN countries ELSE 0 END AS nodes,
    CASE WHEN 'Country' IN $types THEN (institutionEnds + countryEnds) / 2 ELSE (institutionEnds - countryEnds) / 2 END
      AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Country' IN $types AND NOT 'Institution' IN $types
  MATCH (n:Country) RETURN count(n) AS nodes, 0 AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NOT NULL AND 'Institution' IN $types
  MATCH (c:Country)<-[:LOCATED_IN]-(a:Institution)
  WHERE c.code IN $countries
  WITH DISTINCT a
  WHERE head([(a)-[:LOCATED_IN]->(c:Country) | c.code]) IN $countries
  RETURN count(a) AS nodes, sum(COUNT {
    MATCH (a)-[:COOPERATES_WITH]->(b)
    WHERE (b:Country AND 'Country' IN $types AND b.code IN $countries)
      OR (b:Institution AND head([(b)-[:LOCATED_IN]->(c:Country) | c.code]) IN $countries)
  } + COUNT {
    MATCH (a)-[:PART_OF]->(b:Institution)
    WHERE head([(b)-[:LOCATED_IN]->(c:Country) | c.code]) IN $countries
  }) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NOT NULL AND 'Country' IN $types
  MATCH (n:Country) WHERE n.code IN $countries RETURN count(n) AS nodes, 0 AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Agreement' IN $types
  MATCH (n:Agreement) RETURN count(n) AS nodes, 0 AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Person' IN $types
  MATCH (n:Person) RETURN count(n) AS nodes, 0 AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Event' IN $types
  MATCH (n:Event) RETURN count(n) AS nodes, 0 AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Field' IN $types
  MATCH (n:Field) RETURN count(n) AS nodes, 0 AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Institution' IN $types
  MATCH ()-[r:PART_OF]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Institution' IN $types AND 'Agreement' IN $types
  MATCH ()-[r:PARTY_TO]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Agreement' IN $types AND 'Country' IN $types
  MATCH ()-[r:WITH_COUNTRY]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Person' IN $types AND 'Institution' IN $types
  MATCH ()-[r:AFFILIATED_WITH]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Institution' IN $types AND 'Event' IN $types
  MATCH ()-[r:HOSTED]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Agreement' IN $types AND 'Event' IN $types
  MATCH ()-[r:SIGNED_AT]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Event' IN $types AND 'Person' IN $types
  MATCH (:Person)-[r:PARTICIPATED_IN]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Event' IN $types AND 'Institution' IN $types
  MATCH (:Institution)-[r:PARTICIPATED_IN]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Event' IN $types AND 'Country' IN $types
  MATCH (:Country)-[r:PARTICIPATED_IN]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Field' IN $types AND 'Agreement' IN $types
  MATCH (:Agreement)-[r:IN_FIELD]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Field' IN $types AND 'Institution' IN $types
  MATCH (:Institution)-[r:IN_FIELD]->() RETURN 0 AS nodes, count(r) AS edges
  UNION ALL
  WITH 1 AS guard WHERE $countries IS NULL AND 'Field' IN $types AND 'Event' IN $types
  MATCH (:Event)-[r:IN_FIELD]->() RETURN 0 AS nodes, count(r) AS edges
}
RETURN sum(nodes) AS nodes, sum(edges) AS edges
