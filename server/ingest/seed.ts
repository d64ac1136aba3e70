/**
 * The curated seed dataset
 * ========================
 *
 * seed/data holds the dataset curated from the four source texts (seed/documents); `npm start` loads it into an
 * empty database on the local server's first start, or as COOPGRAPH_SEED says.
 */
import path from 'node:path';

import type { Database } from '../db/database.js';
import { PROJECT_ROOT } from '../project-root.js';
import { type LoadResult, loadPath } from './load.js';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'data');

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('load/count-entities');
  return Number(row?.count ?? 0) === 0;
}

/**
 * When `npm start` loads the seed (COOPGRAPH_SEED):
 * - `first-start` (default): into an empty database the first time the local server starts (its instance
 *   records that it was seeded); never into a server NEO4J_URI names. A database wiped later stays empty.
 * - `if-empty`: whenever the database holds no entity (the behaviour before this setting).
 * - `always`: at every start; the seed's records replace the properties of the same ids (edits made through
 *   the API to seed entities are lost; other entities are kept).
 * - `never`.
 */
export type SeedMode = 'first-start' | 'if-empty' | 'always' | 'never';

/** What remembers whether this database was seeded: the local instance; absent for a server of NEO4J_URI. */
export interface SeedRecord {
  wasSeeded(): boolean;
  markSeeded(): void;
}

export async function seedIfDue(db: Database, mode: SeedMode, record: SeedRecord | null): Promise<LoadResult | null> {
  if (mode === 'never') return null;
  if (mode === 'first-start' && (!record || record.wasSeeded())) return null;
  if (mode !== 'always' && !(await isEmpty(db))) {
    record?.markSeeded(); // a database that holds data already counts as provisioned
    return null;
  }
  const result = await loadPath(db, SEED_DIR);
  if (result.errors.length > 0) {
    throw new Error(`coopgraph: the seed data is invalid:\n${result.errors.map(String).join('\n')}`);
  }
  record?.markSeeded();
  return result;
}

/** Loads the seed when the database holds no entity; returns null when it was not empty. */
export async function loadSeedIfEmpty(db: Database): Promise<LoadResult | null> {
  return seedIfDue(db, 'if-empty', null);
}
