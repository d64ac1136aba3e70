// Whether the derived COOPERATES_WITH edges are current (health and stats report it): `pending` since a write
// changed what they derive from, `deriving` while a run holds the lease, and the pending writes' `scope`
// (derivation/mark-pending.cypher): their institution ids, [] when nothing is pending, null for every
// institution; and how many institutions the last completed run derived (`derivedScope`, null: every one).
// No parameters.
OPTIONAL MATCH (state:Meta {id: 'derivation'})
RETURN coalesce(state.pending, false) AS pending,
  toString(state.pendingSince) AS pendingSince,
  toString(state.derivedAt) AS derivedAt,
  state.leaseRun IS NOT NULL AND state.leaseUntil > datetime() AS deriving,
  CASE
    WHEN NOT coalesce(state.pending, false) THEN []
    WHEN coalesce(state.scopeAll, true) THEN null
    ELSE state.scope
  END AS scope,
  state.derivedScope AS derivedScope
