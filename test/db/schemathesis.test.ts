/**
 * Schemathesis over the whole API
 * ===============================
 *
 * PyPI's schemathesis (installed by .ci/run, pinned) generates requests from /api/openapi.json for every
 * operation, reads and writes with a key, against the app on the test Neo4j with the seed loaded. The bar: no
 * server error, every response conformant to the document (status, content type, body schema), and 405 with
 * Allow for methods a path lacks. Bounded in time (--max-time). Without schemathesis on PATH (or in
 * COOPGRAPH_SCHEMATHESIS) the test is skipped, unless COOPGRAPH_REQUIRE_SCHEMATHESIS=1 (CI), then it fails.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';
import { API_KEY } from '../helpers/api.js';

const BINARY = process.env.COOPGRAPH_SCHEMATHESIS || 'schemathesis';
const MAX_SECONDS = Number(process.env.COOPGRAPH_SCHEMATHESIS_SECONDS || 180);
// Not the coverage phase: on this machine's Python (3.11.7) it stops with an internal error of the interpreter
// ("SystemError: AST constructor recursion depth mismatch", inside hypothesis's lambda descriptions), which is
// no finding about the API; COOPGRAPH_SCHEMATHESIS_PHASES=coverage,fuzzing,stateful runs it where that works.
const PHASES = process.env.COOPGRAPH_SCHEMATHESIS_PHASES || 'fuzzing,stateful';
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'unsupported_method',
];

function skipReason(): string | false {
  const found = spawnSync(BINARY, ['--version'], { encoding: 'utf8' }).status === 0;
  if (found) return false;
  const reason = `schemathesis not found (${BINARY}): pip install schemathesis, or set COOPGRAPH_SCHEMATHESIS`;
  if (process.env.COOPGRAPH_REQUIRE_SCHEMATHESIS === '1')
    throw new Error(`${reason} (COOPGRAPH_REQUIRE_SCHEMATHESIS=1)`);
  console.warn(`${reason}; skipped`);
  return reason;
}

const skip = skipReason();
const db = openTestDatabase();
let app: FastifyInstance;
let origin = '';
const reports = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-schemathesis-'));

describe('schemathesis (reads and writes with a key)', { skip }, () => {
  before(async () => {
    await loadSeed(db);
    app = await buildTestApp(db, {
      COOPGRAPH_API_KEYS: API_KEY,
      COOPGRAPH_WRITE_RATE_LIMIT: '1000000',
      // A 500's stack in the test log: schemathesis reports the request, the server's log says why.
      LOG_LEVEL: 'error',
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    origin = `http://127.0.0.1:${address.port}`;
  });
  after(async () => {
    await app?.close();
    await db.close();
    rmSync(reports, { recursive: true, force: true });
  });

  it(
    'finds no server error and no response that breaks the OpenAPI document',
    { timeout: (MAX_SECONDS + 120) * 1000 },
    async () => {
      const args = [
        'run',
        `${origin}/api/openapi.json`,
        '--header',
        `Authorization: Bearer ${API_KEY}`,
        '--checks',
        CHECKS.join(','),
        '--max-time',
        String(MAX_SECONDS),
        // The examples phase adds little here; the time goes to fuzzing and stateful runs.
        '--phases',
        PHASES,
        '--max-examples',
        '30',
        '--workers',
        '2',
        '--request-timeout',
        '60',
        '--seed',
        '20261201',
        '--no-color',
        '--suppress-health-check',
        'all',
        '--report',
        'junit',
        '--report-dir',
        reports,
      ];
      const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
        const child = spawn(BINARY, args, { env: { ...process.env, SCHEMATHESIS_HOOKS: '' } });
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
        // Its own --max-time bounds the run; this bounds a hang.
        const guard = setTimeout(() => child.kill('SIGKILL'), (MAX_SECONDS + 90) * 1000);
        child.on('exit', (exitCode) => {
          clearTimeout(guard);
          resolve({ code: exitCode ?? 1, output: text });
        });
      });
      // The summary (operations, test cases, failures) in the test log; all of it when something failed.
      console.log(output.slice(code === 0 ? -3_000 : -20_000));
      assert.equal(code, 0, `schemathesis failed; its report is above (junit in ${reports})`);
    },
  );
});
