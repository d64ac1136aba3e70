// Records that the derived COOPERATES_WITH edges may lag the data: run in the same transaction as the write
// that changes what they derive from (server/ingest/derive.ts), so a write that commits is never unflagged.
// `changes` counts such writes; a derivation clears `pending` only if none came after it started. No parameters.
MERGE (state:Meta {id: 'derivation'})
SET state.pending = true,
  state.pendingSince = coalesce(state.pendingSince, datetime()),
  state.changes = coalesce(state.changes, 0) + 1
RETURN state.changes AS changes
