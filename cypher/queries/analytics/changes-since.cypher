// The change records from data version $from on (bump-data-version.cypher), oldest first, with the version
// counter now. The analytics patch a snapshot of version $from with the ones after it when the chain is whole:
// the record of $from is there with the token the snapshot was read at (a database emptied and loaded again has
// other tokens), no version is missing and none is `all` (server/analytics/engine.ts). Params: $from (integer).
OPTIONAL MATCH (meta:Meta {id: 'data-version'})
CALL (meta) {
  OPTIONAL MATCH (change:DataChange)
  WHERE change.version >= $from
  WITH change
  ORDER BY change.version
  RETURN collect(change {.version, .token, .touched, .all}) AS changes
}
RETURN coalesce(meta.version, 0) AS version, changes
