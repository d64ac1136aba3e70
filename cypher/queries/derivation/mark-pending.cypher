// Records that the derived COOPERATES_WITH edges may lag the data: run in the same transaction as the write
// that changes what they derive from (server/ingest/derive.ts), so a write that commits is never unflagged.
// `changes` counts such writes; a derivation clears `pending` only if none came after it started.
// The scope says which institutions' edges the pending writes can change, so that the next run re-derives
// those alone: `scope` (ids, from derivation/scope.cypher, appended to what earlier pending writes left) unless
// `scopeAll`. A write that cannot tell (a bulk load), a scope above $scopeLimit ids, or a flag set before scopes
// were recorded (pending with no `scopeAll`) means every institution.
// Params: $scope (list of institution ids, or null: every institution), $scopeLimit (integer).
MERGE (state:Meta {id: 'derivation'})
WITH state, coalesce(state.pending, false) AS wasPending
WITH state, CASE
    WHEN $scope IS NULL THEN null
    WHEN NOT wasPending THEN $scope
    WHEN coalesce(state.scopeAll, true) THEN null
    ELSE coalesce(state.scope, []) + $scope
  END AS scope
WITH state, CASE WHEN size(scope) > $scopeLimit THEN null ELSE scope END AS scope
SET state.pending = true,
  state.pendingSince = coalesce(state.pendingSince, datetime()),
  state.changes = coalesce(state.changes, 0) + 1,
  state.scopeAll = scope IS NULL,
  state.scope = coalesce(scope, [])
RETURN state.changes AS changes
