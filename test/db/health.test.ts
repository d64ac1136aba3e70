/**
 * GET /api/health against real Neo4j servers, including one stopped and restarted under a running app.
 */
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { Database } from '../../server/db/database.js';
import { LocalNeo4j, TEST_MEMORY } from '../../server/db/local-neo4j/instance.js';
import { TEST_DEFAULTS, buildTestApp, openTestDatabase } from '../helpers/context.js';

describe('GET /api/health', () => {
  it('answers 200 with the connected Neo4j version and edition', async () => {
    const db = openTestDatabase();
    const app = await buildTestApp(db);
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.neo4j.connected, true);
      assert.match(body.neo4j.version, /^5\.26\./);
      assert.equal(body.neo4j.edition, 'community');
      assert.equal(body.load.overloaded, false);
      // Every heavy route's queue is listed, empty.
      const queues = new Map(body.queues.map((queue: { name: string; active: number }) => [queue.name, queue.active]));
      for (const name of ['GET /api/network', 'GET /api/export', 'GET /api/neighborhood/:id', 'GET /api/paths']) {
        assert.equal(queues.get(name), 0, `${name} in ${JSON.stringify(body.queues)}`);
      }
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('answers 503 "down" for a server that is not there, and the app keeps serving', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', ...TEST_DEFAULTS });
    const db = new Database(config.neo4j!);
    const app = await buildApp({ config, db, logger: false });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(response.statusCode, 503);
      assert.equal(response.json().status, 'down');
      assert.ok(Number(response.headers['retry-after']) > 0);
      const { connected, version, edition } = response.json().neo4j;
      assert.deepEqual({ connected, version, edition }, { connected: false, version: null, edition: null });
      assert.equal((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode, 200);
    } finally {
      await app.close();
    }
  });
});

describe('Neo4j stopped and restarted under a running server', () => {
  const neo4j = new LocalNeo4j({
    home: path.join(os.tmpdir(), `coopgraph-restart-${process.pid}`),
    memory: TEST_MEMORY,
    log: () => undefined,
  });
  let app: Awaited<ReturnType<typeof buildApp>>;

  before(async () => {
    await neo4j.start({ timeoutMs: 180_000 });
    const { uri, username, password } = neo4j.credentials();
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, ...TEST_DEFAULTS });
    app = await buildApp({ config, db: new Database(config.neo4j!), logger: false });
  });

  after(async () => {
    await app?.close();
    await neo4j.destroy();
  });

  const health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).json().status;
  /** Asks health until it says `ok` (a just-started server on a loaded machine may take a moment). */
  async function untilOk(): Promise<string> {
    let status = '';
    for (let attempt = 0; attempt < 30 && status !== 'ok'; attempt += 1) {
      status = await health();
      if (status !== 'ok') await sleep(1_000);
    }
    return status;
  }

  it('goes ok -> down -> ok without restarting the service', async () => {
    assert.equal(await untilOk(), 'ok');
    await neo4j.stop();
    assert.equal(await health(), 'down');
    await neo4j.start({ timeoutMs: 180_000 });
    // The monitor's next probe sees it back; the driver's pool reconnects on the next acquisitions.
    assert.equal(await untilOk(), 'ok');
  });
});
