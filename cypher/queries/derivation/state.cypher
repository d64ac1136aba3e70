// Whether the derived COOPERATES_WITH edges are current (health and stats report it): `pending` since a write
// changed what they derive from, `deriving` while a run holds the lease. No parameters.
OPTIONAL MATCH (state:Meta {id: 'derivation'})
RETURN coalesce(state.pending, false) AS pending,
  toString(state.pendingSince) AS pendingSince,
  toString(state.derivedAt) AS derivedAt,
  state.leaseRun IS NOT NULL AND state.leaseUntil > datetime() AS deriving
