/**
 * Project root
 * ============
 *
 * The folder that holds package.json and cypher/, found by walking up from this module. The server runs both
 * from TypeScript (server/…) and compiled (dist/server/…), so a fixed number of `..` would be wrong in one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'cypher'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`coopgraph: no project root (package.json and cypher/) above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
