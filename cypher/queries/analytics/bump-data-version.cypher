// Marks the data as changed, so that cached analytics are recomputed: every writer runs this after it commits
// (server/db/data-version.ts). `version` counts changes; `token` is new each time, so a database that is
// emptied and loaded again never repeats an earlier key. Each change also leaves a record of what it touched,
// `(:DataChange {version, token, touched, all})`, from which the analytics patch a snapshot of an earlier version
// instead of reading the whole graph again (server/analytics/engine.ts); only the last $keep are kept.
// Params: $touched (ids of the nodes whose snapshot rows the change can alter, or null: anything), $keep.
MERGE (meta:Meta {id: 'data-version'})
SET meta.version = coalesce(meta.version, 0) + 1, meta.token = randomUUID(), meta.changedAt = datetime()
CREATE (:DataChange {version: meta.version, token: meta.token, touched: coalesce($touched, []), all: $touched IS NULL})
WITH meta
CALL (meta) {
  MATCH (old:DataChange)
  WHERE old.version <= meta.version - $keep
  DELETE old
}
RETURN meta.version AS version, meta.token AS token
