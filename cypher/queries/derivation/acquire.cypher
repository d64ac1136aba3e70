// Takes (or renews) the derivation lease: one derivation at a time across every process on this database,
// because two interleaved runs would delete each other's edges (delete-stale keeps only its own run's marks).
// The first SET takes the node's write lock, so the check below reads the latest committed lease.
// Returns a row only when the lease is this run's: the change count the run starts from, and the scope of the
// pending writes (mark-pending.cypher): their institution ids, or null when every institution must be derived
// (no pending scope: nothing pending, or a write that could not tell).
// Params: $run (string), $leaseSeconds (integer).
MERGE (state:Meta {id: 'derivation'})
SET state.leaseAsked = datetime()
WITH state
WHERE state.leaseRun IS NULL OR state.leaseRun = $run OR state.leaseUntil < datetime()
SET state.leaseRun = $run, state.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN coalesce(state.changes, 0) AS changes,
  CASE WHEN coalesce(state.pending, false) AND NOT coalesce(state.scopeAll, true) THEN state.scope END AS scope
