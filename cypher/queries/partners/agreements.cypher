// The agreements behind the partnerships GET /api/partners/:id answers, with the spans that name each side as
// party (or country) of each agreement. Params: $rows ([{key, a, b, agreementIds}]: `a` the institution side,
// or null for a pooled country row, whose evidence is then every party of the agreement; `b` the partner),
// $maxAgreements (integer: agreements listed per row).
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
CALL (a, b, row) {
  UNWIND row.agreementIds AS agreementId
  MATCH (agreement:Agreement {id: agreementId})
  WITH agreement
  ORDER BY agreement.startYear, toLower(agreement.name)
  LIMIT $maxAgreements
  OPTIONAL MATCH (a)-[fromA:PARTY_TO]->(agreement)
  OPTIONAL MATCH (b)-[fromB:PARTY_TO|WITH_COUNTRY]-(agreement)
  // Pooled country rows have no single institution on this side: every party of the agreement is evidence.
  WITH agreement, fromA, fromB,
    CASE WHEN a IS NULL THEN COLLECT { MATCH (agreement)<-[party:PARTY_TO]-() RETURN party {.documents, .evidence} }
      ELSE [] END AS partySpans
  ORDER BY agreement.startYear, toLower(agreement.name)
  RETURN collect(agreement {
      .id, .name, .kind, .startYear, .topology,
      fields: [(agreement)-[:IN_FIELD]->(f:Field) | f.name]
    }) AS agreements,
    collect(fromA {.documents, .evidence}) + collect(fromB {.documents, .evidence})
      + reduce(all = [], spans IN collect(partySpans) | all + spans) AS agreementSpans
}
RETURN row.key AS key, agreements, agreementSpans
