/**
 * The curated seed dataset
 * ========================
 *
 * seed/data holds the dataset curated from the four source texts (seed/documents); `npm start` loads it into an
 * empty database.
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

/** Loads the seed when the database holds no entity; returns null when it was not empty. */
export async function loadSeedIfEmpty(db: Database): Promise<LoadResult | null> {
  if (!(await isEmpty(db))) return null;
  const result = await loadPath(db, SEED_DIR);
  if (result.errors.length > 0) {
    throw new Error(`coopgraph: the seed data is invalid:\n${result.errors.map(String).join('\n')}`);
  }
  return result;
}
