/**
 * Baseline Cypher
 * ===============
 *
 * The queries as they were before the scale work (issue 13), kept in bench/baseline/<group>-<name>.cypher so
 * that the benchmarks can run old and new side by side on one graph in one run: `baselineQuery('neighborhood/
 * edges')` is the old text of cypher/queries/neighborhood/edges.cypher, or null when the query did not change.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../server/project-root.js';

const BASELINE_DIR = path.join(PROJECT_ROOT, 'bench', 'baseline');

export function baselineQuery(name: string): string | null {
  const file = path.join(BASELINE_DIR, `${name.replace('/', '-')}.cypher`);
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
