/**
 * Data version
 * ============
 *
 * What the analytics cache is keyed by. Writers call `bumpDataVersion(db)` after every committed change (the
 * loader does at the end of `writeDataset`; the write API after each write), which gives the singleton
 * `(:Meta {id: 'data-version'})` node a new token. The key also carries the node and relationship counts
 * (constant-time in Neo4j), so a writer that forgot to bump still invalidates the cache when it adds or deletes
 * anything; only a property edit without a bump would go unseen. docs/analytics.md explains the choice.
 */
import type { Database } from './database.js';

/** Marks the data as changed. Cheap: one MERGE on one node. */
export async function bumpDataVersion(db: Database): Promise<{ version: number; token: string }> {
  const [row] = await db.write('analytics/bump-data-version');
  return { version: Number(row?.version ?? 0), token: String(row?.token ?? '') };
}

/** The current data version key, e.g. `5f0c…|1234|5678`; `none|…` before any writer has bumped it. */
export async function readDataVersion(db: Database): Promise<string> {
  const [row] = await db.read('analytics/data-version');
  const tokens = ((row?.tokens ?? []) as string[]).slice().sort();
  return `${tokens.length > 0 ? tokens.join(',') : 'none'}|${Number(row?.nodes ?? 0)}|${Number(row?.relationships ?? 0)}`;
}
