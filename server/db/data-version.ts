/**
 * Data version
 * ============
 *
 * What the analytics cache is keyed by. Writers call `bumpDataVersion(db, touched)` after every committed change
 * (the loader does at the end of `writeDataset`; the write API after each write; the derivation after each
 * run), which gives the singleton `(:Meta {id: 'data-version'})` node a new token and leaves a record of the ids
 * the change touched, from which the analytics patch a snapshot instead of reading it all again
 * (server/analytics/engine.ts). The key also carries the node and relationship counts (constant-time in Neo4j),
 * so a writer that forgot to bump still invalidates the cache when it adds or deletes anything; only a property
 * edit without a bump would go unseen. docs/analytics.md explains the choice.
 */
import { type Database, int } from './database.js';

/** Change records kept: a snapshot more changes behind than this is read again whole. */
export const KEPT_CHANGES = 200;
/** Touched ids past which a change is recorded as touching anything. */
export const TOUCHED_LIMIT = 5_000;

/**
 * Marks the data as changed. Cheap: one MERGE on one node and one change record. `touched`: the ids of the nodes
 * whose analytics rows the change can alter (an institution's or an agreement's own properties, relationships
 * or cooperation edges), or null (the default) when the writer cannot tell.
 */
export async function bumpDataVersion(
  db: Database,
  touched: Iterable<string> | null = null,
): Promise<{ version: number; token: string }> {
  const ids = touched === null ? null : [...new Set(touched)];
  const params = { touched: ids !== null && ids.length <= TOUCHED_LIMIT ? ids : null, keep: int(KEPT_CHANGES) };
  const [row] = await db.write('analytics/bump-data-version', params);
  return { version: Number(row?.version ?? 0), token: String(row?.token ?? '') };
}

export interface DataVersion {
  /** The key, e.g. `5f0c…|1234|5678`; `none|…` before any writer has bumped it. */
  key: string;
  /** The change counter (0 before any bump). */
  version: number;
  /** The token of the last change ('' before any bump). */
  token: string;
}

export async function readDataVersionInfo(db: Database): Promise<DataVersion> {
  const [row] = await db.read('analytics/data-version');
  const tokens = ((row?.tokens ?? []) as string[]).slice().sort();
  return {
    key: `${tokens.length > 0 ? tokens.join(',') : 'none'}|${Number(row?.nodes ?? 0)}|${Number(row?.relationships ?? 0)}`,
    version: Number(row?.version ?? 0),
    token: tokens.length === 1 ? tokens[0]! : '',
  };
}

/** The current data version key, e.g. `5f0c…|1234|5678`; `none|…` before any writer has bumped it. */
export async function readDataVersion(db: Database): Promise<string> {
  return (await readDataVersionInfo(db)).key;
}

interface Change {
  version: number;
  token: string;
  touched: string[];
  all: boolean;
}

/**
 * The ids touched after `from` up to `to` (versions read with their tokens), or null when the records cannot
 * tell: the record of `from` is gone or has another token (the database was emptied and loaded again), a
 * version is missing, or a change touched anything.
 */
export async function touchedSince(db: Database, from: DataVersion, to: DataVersion): Promise<Set<string> | null> {
  if (to.version <= from.version || from.token === '') return null;
  const [row] = await db.read('analytics/changes-since', { from: int(from.version) });
  const changes = (row?.changes ?? []) as unknown as Change[];
  const [base, ...later] = changes;
  if (base?.version !== from.version || base.token !== from.token) return null;
  const touched = new Set<string>();
  for (const [k, change] of later.entries()) {
    if (change.version > to.version) break;
    if (change.version !== from.version + k + 1 || change.all) return null;
    for (const id of change.touched) touched.add(id);
  }
  // The records must reach the version the patch is labelled with.
  if (later.length < to.version - from.version) return null;
  return touched;
}
