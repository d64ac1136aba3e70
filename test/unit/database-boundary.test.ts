/**
 * Only the database facade (server/db/) opens sessions and transactions: everything else goes through
 * `Database`, which gives every call its timeout, deadline, shared bookmarks and outage handling.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { PROJECT_ROOT } from '../../server/project-root.js';

/** Being converted to `db.writeTransaction` on another branch (the trust issue's write findings). */
const NOT_YET_CONVERTED = new Set(['server/ingest/write.ts']);

const OPENS_SESSIONS = /\.session\(|executeRead|executeWrite|beginTransaction|executeQuery/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : entry.endsWith('.ts') ? [full] : [];
  });
}

describe('the database facade', () => {
  it('is the only code that opens sessions or transactions', () => {
    const offenders = files(path.join(PROJECT_ROOT, 'server'))
      .map((file) => path.relative(PROJECT_ROOT, file))
      .filter((file) => !file.startsWith('server/db/') && !NOT_YET_CONVERTED.has(file))
      .filter((file) => OPENS_SESSIONS.test(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
