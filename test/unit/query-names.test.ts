/**
 * Query names: every name the code runs has a .cypher file, and every file is used
 * ================================================================================
 *
 * The type check refuses a query name outside `QueryName` (server/db/query-names.ts, generated from
 * cypher/queries by scripts/query-names.ts); this test keeps that list true to the files, and reads the code
 * itself for what the compiler cannot see: call sites (`db.read('x/y')`, `.write`, `.autoCommit`, `query`,
 * `queryForType`) whose name has no file, and files whose name appears nowhere in the code.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { PROJECT_ROOT } from '../../server/project-root.js';
import { QUERY_NAMES_FILE, queryFileNames, renderQueryNames } from '../../scripts/query-names.js';

/** Where our TypeScript lives (web/ runs no Cypher, but a name there would be a mistake worth catching). */
const CODE_DIRS = ['server', 'scripts', 'bench', 'test', 'core', 'web'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : sources(full);
    return entry.endsWith('.ts') && full !== QUERY_NAMES_FILE ? [full] : [];
  });
}

/** The code without its comment lines, which may show a call as an example (`db.read('group/name')`). */
const code = CODE_DIRS.flatMap((dir) => sources(path.join(PROJECT_ROOT, dir))).map((file) => ({
  file: path.relative(PROJECT_ROOT, file),
  text: readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n'),
}));

/** A query name's shape: `group/name`, lower case. Stream writes such as `out.write('{\n')` do not match. */
const NAME = /^[a-z0-9-]+(?:\/[a-z0-9-]+)+$/;
/** A string literal as the first argument of a call that runs a named query. */
const CALL = /\b(?:read|write|autoCommit|query|queryForType)\(\s*(['"`])([^'"`]*)\1/g;

describe('query names', () => {
  const files = queryFileNames();

  it('server/db/query-names.ts lists exactly the files under cypher/queries (npm run cypher:names)', () => {
    assert.ok(files.length > 0);
    assert.equal(
      readFileSync(QUERY_NAMES_FILE, 'utf8'),
      renderQueryNames(files),
      'server/db/query-names.ts is stale: run `npm run cypher:names`',
    );
  });

  it('finds a .cypher file for every name the code runs', () => {
    const known = new Set(files);
    const calls = code.flatMap(({ file, text }) =>
      [...text.matchAll(CALL)].map((match) => ({ file, name: match[2]! })).filter(({ name }) => NAME.test(name)),
    );
    // The scan must see the call sites, or it would pass on nothing.
    assert.ok(calls.length >= 40, `only ${calls.length} call sites found`);
    assert.deepEqual(
      calls.filter(({ name }) => !known.has(name)).map(({ file, name }) => `${file}: ${name}`),
      [],
      'names without a file under cypher/queries',
    );
  });

  it('uses every .cypher file somewhere in the code', () => {
    const unused = files.filter((name) => !code.some(({ text }) => new RegExp(`(['"\`])${name}\\1`).test(text)));
    assert.deepEqual(unused, [], 'files under cypher/queries that no code runs');
  });
});
