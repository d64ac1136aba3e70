// The countries overview (GET /api/network/countries), the explorer's first view of a large graph: one row per
// pair of countries whose institutions cooperate, and one per country with its institutions.
// Params: none.
// A link is a COOPERATES_WITH edge of an institution, counted between the institution's country and the far
// end's (an institution's country, or the country itself for an institution-to-country tie); a pair within one
// country is that country's domestic cooperation (one = other). Each edge is read once, from its institution
// end (COOPERATES_WITH always starts at an institution, core/model.ts), and each institution's country once.
// Countries without institutions and links are left out. One last row (one = null) counts every institution.
CALL () {
  MATCH (a:Institution)
  WITH a, head([(a)-[:LOCATED_IN]->(c:Country) | c.code]) AS from
  WHERE from IS NOT NULL
  MATCH (a)-[:COOPERATES_WITH]->(b)
  WITH from, CASE WHEN b:Country THEN b.code ELSE head([(b)-[:LOCATED_IN]->(c:Country) | c.code]) END AS to
  WHERE to IS NOT NULL
  WITH CASE WHEN from < to THEN from ELSE to END AS one, CASE WHEN from < to THEN to ELSE from END AS other
  RETURN one, other, count(*) AS links, null AS id, null AS name, 0 AS institutions
  UNION ALL
  MATCH (c:Country)
  WITH c, COUNT { (c)<-[:LOCATED_IN]-(:Institution) } AS institutions
  WHERE institutions > 0 OR c.partners > 0
  RETURN c.code AS one, null AS other, 0 AS links, c.id AS id, coalesce(c.name, c.code) AS name, institutions
  UNION ALL
  MATCH (a:Institution)
  RETURN null AS one, null AS other, 0 AS links, null AS id, null AS name, count(a) AS institutions
}
RETURN one, other, links, id, name, institutions
