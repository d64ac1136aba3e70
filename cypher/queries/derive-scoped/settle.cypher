// The last step of a scoped run (server/ingest/derive.ts), over the COOPERATES_WITH edges at the institutions
// in $scope, whose derived edges the run has just re-derived and marked with $run: a derived edge it did not
// mark no longer holds and is deleted (derive/delete-stale.cypher); a stated one it did not mark keeps its
// evidence and backs no agreement (derive/reset-stated.cypher); the marks are removed (derive/clear-marks.cypher).
// Returns the ids of every node at the other end of an edge at the scope, before the deletes: their stored
// degrees may change (degree/store-partners-of.cypher).
// Params: $scope (institution ids), $run.
MATCH (s:Institution)-[c:COOPERATES_WITH]-(other)
WHERE s.id IN $scope
WITH collect(DISTINCT c) AS edges, collect(DISTINCT other.id) AS others
// Both lists are read before anything is deleted.
WITH others,
  [c IN edges WHERE c.derivation = $run] AS marked,
  [c IN edges WHERE (c.derivation IS NULL OR c.derivation <> $run) AND coalesce(c.stated, false)] AS unbacked,
  [c IN edges WHERE (c.derivation IS NULL OR c.derivation <> $run) AND NOT coalesce(c.stated, false)] AS stale
FOREACH (c IN marked | REMOVE c.derivation)
FOREACH (c IN unbacked | SET c.weight = 0, c.agreementIds = [], c.kinds = [], c.firstYear = null)
FOREACH (c IN stale | DELETE c)
RETURN others
