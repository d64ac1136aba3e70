/**
 * Admission control and the "busy" answers, against the real Neo4j of `npm test`:
 * - a burst on a heavy route with a concurrency limit of k answers 200 or 503-with-Retry-After, never 500
 *   (the trust issue's 200-connection burst gave 719 x 500), and health says "busy", not "down";
 * - a database pool with no free connection is a 503 with Retry-After, not a 500;
 * - the analytics' cold runs are admitted by a limiter; cached answers are always served;
 * - a neighbourhood is heavy by its centre: one hop around a node with few links is served while the heavy slots
 *   are taken, a busy node's or a deeper one waits for a slot.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';

import { buildApp } from '../../server/app.js';
import { Database } from '../../server/db/database.js';
import { isErrorBody } from '../helpers/api.js';
import { buildTestApp, loadSeed, openTestDatabase, testConfig, testNeo4jSettings } from '../helpers/context.js';
import { HUB_SIZE, frId, loadHubGraph } from '../helpers/hub-graph.js';

const db = openTestDatabase();
before(() => loadSeed(db));
after(() => db.close());

interface Answer {
  status: number;
  retryAfter: string | null;
  body: unknown;
}

async function get(base: string, url: string): Promise<Answer> {
  const response = await fetch(base + url);
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json');
  const retryAfter = response.headers.get('retry-after');
  return { status: response.status, retryAfter, body: json ? JSON.parse(text) : text };
}

function assertServedOrBusy(answers: Answer[]): void {
  for (const answer of answers) {
    if (answer.status === 200) continue;
    assert.equal(answer.status, 503, JSON.stringify(answer.body));
    assert.ok(Number(answer.retryAfter) >= 1, `Retry-After: ${answer.retryAfter}`);
    assert.ok(isErrorBody(answer.body));
    assert.match((answer.body as { message: string }).message, /busy/);
  }
}

describe('a burst on a heavy route', () => {
  let app: FastifyInstance;
  let base: string;
  before(async () => {
    app = await buildTestApp(db, {
      COOPGRAPH_HEAVY_CONCURRENCY: '2',
      COOPGRAPH_HEAVY_QUEUE: '3',
      // Long enough for a loaded machine: this tests the shape of the answers, not how fast they come.
      COOPGRAPH_HEAVY_QUEUE_TIMEOUT_MS: '120000',
      COOPGRAPH_SERVE_WEB: 'false',
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(() => app.close());

  it('queues k + queue requests, refuses the rest with 503 and Retry-After, and serves the queued ones', async () => {
    const limiter = app.admission.limiter('GET /api/network');
    // Two long requests hold both slots: the burst meets a full house.
    const held = [await limiter.acquire(), await limiter.acquire()];
    const burst = Array.from({ length: 12 }, () => get(base, '/api/network?limit=50'));
    let health: Answer | null = null;
    try {
      while (limiter.stats().queued + limiter.stats().refused < 12) await sleep(20);
      health = await get(base, '/api/health');
    } finally {
      for (const release of held) release();
    }
    const answers = await Promise.all(burst);
    assertServedOrBusy(answers);
    assert.equal(answers.filter((answer) => answer.status === 200).length, 3, 'the queued three are served');
    assert.equal(answers.filter((answer) => answer.status === 503).length, 9);
    // Health: busy (a queue is full), the database fine.
    assert.equal(health?.status, 503);
    type Health = { status: string; neo4j: { connected: boolean }; queues: { name: string; queued: number }[] };
    const body = health?.body as Health;
    assert.equal(body.status, 'busy');
    assert.equal(body.neo4j.connected, true);
    assert.equal(body.queues.find((queue) => queue.name === 'GET /api/network')?.queued, 3);
    assert.equal((await get(base, '/api/health')).status, 200);
  });

  it('answers every request of a free-running burst with 200 or 503 and Retry-After, never 500', async () => {
    const urls = [
      '/api/network?limit=200',
      '/api/export?format=graphml',
      '/api/neighborhood/ocean-university-of-china?depth=2',
    ];
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => get(base, urls[i % urls.length]!)));
    assertServedOrBusy(answers);
    assert.ok(answers.some((answer) => answer.status === 200));
  });
});

describe('a database pool with no free connection', () => {
  it('answers 503 with Retry-After in the error body, and health does not call the database down', async () => {
    const small = new Database(testNeo4jSettings(), { poolSize: 2, acquireTimeoutMs: 300, probeTimeoutMs: 10_000 });
    const app = await buildApp({ config: testConfig(), db: small, logger: false });
    // Two open transactions hold both connections of the pool.
    const sessions = [small.session('READ'), small.session('READ')];
    const transactions = sessions.map((session) => session.beginTransaction());
    try {
      for (const tx of transactions) await tx.run('RETURN 1');
      const response = await app.inject({ method: 'GET', url: '/api/institutions?limit=1' });
      assert.equal(response.statusCode, 503, response.body);
      assert.ok(isErrorBody(response.json()));
      assert.match(response.json().message, /busy/);
      assert.ok(Number(response.headers['retry-after']) >= 1);
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(health.json().neo4j.connected, true, health.body);
      assert.notEqual(health.json().status, 'down');
    } finally {
      for (const tx of transactions) await tx.rollback();
      for (const session of sessions) await session.close();
      await app.close();
    }
  });
});

describe('analytics cold runs', () => {
  it('are admitted by a limiter, while cached answers are served', async () => {
    const app = await buildTestApp(db, { COOPGRAPH_HEAVY_CONCURRENCY: '1', COOPGRAPH_HEAVY_QUEUE: '0' });
    try {
      // Each scope is a result of its own (engine.ts caches by analysis and parameters).
      const url = (scope: string) => `/api/analytics/brokers?scope=${scope}`;
      assert.equal((await app.inject({ method: 'GET', url: url('institutions') })).statusCode, 200);
      const release = await app.admission.limiter('analytics cold runs').acquire();
      try {
        const cached = await app.inject({ method: 'GET', url: url('institutions') });
        assert.equal(cached.statusCode, 200, cached.body);
        const cold = await app.inject({ method: 'GET', url: url('cooperation') });
        assert.equal(cold.statusCode, 503, cold.body);
        assert.ok(isErrorBody(cold.json()));
        assert.ok(Number(cold.headers['retry-after']) >= 1);
      } finally {
        release();
      }
      assert.equal((await app.inject({ method: 'GET', url: url('cooperation') })).statusCode, 200);
    } finally {
      await app.close();
    }
  });
});

describe('the neighbourhood: heavy by the centre, not by the route alone', () => {
  let app: FastifyInstance;
  before(async () => {
    // The hub graph: France has HUB_SIZE incoming LOCATED_IN, each French institution a handful of links.
    await loadHubGraph(db);
    app = await buildTestApp(db, { COOPGRAPH_HEAVY_CONCURRENCY: '1', COOPGRAPH_HEAVY_QUEUE: '0' });
  });
  after(() => app.close());

  it('serves one hop around a node with few links while the heavy slots are taken, and queues the rest', async () => {
    const limiter = app.admission.limiter('GET /api/neighborhood/:id');
    const held = await limiter.acquire();
    const status = async (url: string) => (await app.inject({ method: 'GET', url })).statusCode;
    try {
      assert.equal(await status(`/api/neighborhood/${frId(0)}`), 200, 'a French institution: a few links');
      assert.equal(await status('/api/neighborhood/no-such-entity'), 404, 'unknown: answered at once');
      assert.equal(await status('/api/neighborhood/country-fr'), 503, `France: ${HUB_SIZE} links, heavy`);
      assert.equal(await status(`/api/neighborhood/${frId(0)}?depth=2`), 503, 'two hops: heavy');
    } finally {
      held();
    }
    assert.equal(await status('/api/neighborhood/country-fr'), 200, 'served once the slot is free');
  });
});
