// Takes (or renews) the derivation lease: one derivation at a time across every process on this database,
// because two interleaved runs would delete each other's edges (delete-stale keeps only its own run's marks).
// The first SET takes the node's write lock, so the check below reads the latest committed lease.
// Returns a row (with the change count the run starts from) only when the lease is this run's.
// Params: $run (string), $leaseSeconds (integer).
MERGE (state:Meta {id: 'derivation'})
SET state.leaseAsked = datetime()
WITH state
WHERE state.leaseRun IS NULL OR state.leaseRun = $run OR state.leaseUntil < datetime()
SET state.leaseRun = $run, state.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN coalesce(state.changes, 0) AS changes
