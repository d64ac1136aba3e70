// Marks the data as changed, so that cached analytics are recomputed: every writer runs this after it commits
// (server/db/data-version.ts). `version` counts changes; `token` is new each time, so a database that is
// emptied and loaded again never repeats an earlier key. No parameters.
MERGE (meta:Meta {id: 'data-version'})
SET meta.version = coalesce(meta.version, 0) + 1, meta.token = randomUUID(), meta.changedAt = datetime()
RETURN meta.version AS version, meta.token AS token
