// Gives the lease back. When the run completed ($completed) and no write flagged a change after it started
// ($changes, from acquire.cypher), the derived edges are current again: `pending` is cleared.
// Params: $run (string), $changes (integer), $completed (boolean).
MATCH (state:Meta {id: 'derivation'})
WHERE state.leaseRun = $run
WITH state, $completed AND coalesce(state.changes, 0) = $changes AS current
SET state.leaseRun = null,
  state.leaseUntil = null,
  state.pending = CASE WHEN current THEN false ELSE state.pending END,
  state.pendingSince = CASE WHEN current THEN null ELSE state.pendingSince END,
  state.derivedAt = CASE WHEN $completed THEN datetime() ELSE state.derivedAt END
RETURN state.pending AS pending
