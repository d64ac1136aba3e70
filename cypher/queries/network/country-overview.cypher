// The countries overview (GET /api/network/countries), the explorer's first view of a large graph: the cooperation
// links between the institutions of two countries, one row per ordered pair of countries, and one row per country
// with its institutions.
// Params: none.
// A link is a COOPERATES_WITH edge of an institution (it always starts at one, core/model.ts), counted from its
// institution's country to the far end's: an institution's country, or the country itself for an
// institution-to-country tie. Each edge is read once, in its stored direction, so a pair of countries comes in up to
// two rows (one per direction; server/repositories/country-overview-repository.ts adds them up), and a pair within
// one country is its domestic cooperation (one = other). Rows are aggregated by node and the codes read after, on a
// few thousand rows rather than on every edge. An institution located in two countries counts in each.
// Countries without institutions and links are left out. One last row (one = null) counts every institution.
CALL () {
  MATCH (ca:Country)<-[:LOCATED_IN]-(:Institution)-[:COOPERATES_WITH]->(:Institution)-[:LOCATED_IN]->(cb:Country)
  WITH ca, cb, count(*) AS links
  RETURN ca.code AS one, cb.code AS other, links, null AS id, null AS name, 0 AS institutions
  UNION ALL
  MATCH (ca:Country)<-[:LOCATED_IN]-(:Institution)-[:COOPERATES_WITH]->(cb:Country)
  WITH ca, cb, count(*) AS links
  RETURN ca.code AS one, cb.code AS other, links, null AS id, null AS name, 0 AS institutions
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
