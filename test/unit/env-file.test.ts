/**
 * The .env file: read at start by every entry point, the environment winning over the file, and its values
 * validated like the environment's (server/env-file.ts, server/config.ts). Run in a child process, as the
 * entry points run: importing server/env-file.js applies the file once.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { PROJECT_ROOT } from '../../server/project-root.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-env-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** What loadConfig sees in a process started with `env` and the env file `text`. */
function configWith(
  text: string,
  env: Record<string, string>,
): { status: number | null; stdout: string; stderr: string } {
  const file = path.join(temp, `env-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, text);
  const script = [
    "import '../../server/env-file.js';",
    "import { loadConfig } from '../../server/config.js';",
    'const c = loadConfig();',
    'console.log(JSON.stringify({ port: c.port, logLevel: c.logLevel, keys: c.apiKeys, dir: process.env.COOPGRAPH_NEO4J_DIR }));',
  ].join('\n');
  const entry = path.join(PROJECT_ROOT, 'test', 'unit', `.env-probe-${process.pid}.ts`);
  writeFileSync(entry, script);
  try {
    const { PATH, HOME } = process.env;
    const result = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      cwd: PROJECT_ROOT,
      env: { PATH, HOME, COOPGRAPH_ENV_FILE: file, ...env },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(entry, { force: true });
  }
}

describe('.env', () => {
  it('is read at start, quotes and comments as node --env-file reads them', () => {
    const result = configWith(
      '# a comment\nPORT=4123\nLOG_LEVEL="debug"\nCOOPGRAPH_API_KEYS=file-key-0123456789\nCOOPGRAPH_NEO4J_DIR=/srv/neo4j\n',
      {},
    );
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      port: 4123,
      logLevel: 'debug',
      keys: ['file-key-0123456789'],
      dir: '/srv/neo4j',
    });
  });

  it('loses to the environment: a variable set in both takes the environment value', () => {
    const result = configWith('PORT=4123\nLOG_LEVEL=debug\n', { PORT: '5000' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { port: 5000, logLevel: 'debug', keys: [] });
  });

  it('is validated like the environment: a bad value stops the start naming the variable', () => {
    const result = configWith('PORT=eighty\n', {});
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /PORT must be an integer/);
  });

  it('may be missing', () => {
    const result = configWith('', { COOPGRAPH_ENV_FILE: path.join(temp, 'absent') });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).port, 3000);
  });
});
