// Gives the lease back. When the run completed ($completed) and no write flagged a change after it started
// ($changes, from acquire.cypher), the derived edges are current again: `pending` and its scope are cleared.
// `derivedScope` records how many institutions a completed run derived (null: every one).
// Params: $run (string), $changes (integer), $completed (boolean), $scoped (integer, or null for a full run).
MATCH (state:Meta {id: 'derivation'})
WHERE state.leaseRun = $run
WITH state, $completed AND coalesce(state.changes, 0) = $changes AS current
SET state.leaseRun = null,
  state.leaseUntil = null,
  state.pending = CASE WHEN current THEN false ELSE state.pending END,
  state.pendingSince = CASE WHEN current THEN null ELSE state.pendingSince END,
  state.scope = CASE WHEN current THEN [] ELSE state.scope END,
  state.scopeAll = CASE WHEN current THEN false ELSE state.scopeAll END,
  state.derivedAt = CASE WHEN $completed THEN datetime() ELSE state.derivedAt END,
  state.derivedScope = CASE WHEN $completed THEN $scoped ELSE state.derivedScope END
RETURN state.pending AS pending
