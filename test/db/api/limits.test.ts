/**
 * Limits and the ecosystem plugins: a body over COOPGRAPH_BODY_LIMIT_BYTES is a 413, an import bigger than one
 * transaction is a 413, a non-finite number is a 400, an overloaded process answers 503 (under-pressure), all in
 * the one error body; helmet's headers are set and CORS allows only the configured origins.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';

import { SINGLE_TRANSACTION_ROWS } from '../../../server/ingest/write.js';
import { seededDatabase, testApp } from '../../helpers/app.js';
import { buildTestApp } from '../../helpers/context.js';
import { API_KEY, graphCounts, isErrorBody, withKey } from '../../helpers/api.js';

const db = seededDatabase();

describe('body and size limits', () => {
  const app = testApp({ db, env: { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_BODY_LIMIT_BYTES: '4096' } });

  it('answers 413 in the error body for a body over the limit, and writes nothing', async () => {
    const before = await graphCounts(db);
    const payload = {
      nodes: [{ id: 'big-lab', type: 'Institution', name: 'Big Lab', kind: 'lab', description: 'x'.repeat(5_000) }],
    };
    for (const url of ['/api/import', '/api/institutions']) {
      const response = await app.inject({ method: 'POST', url, headers: withKey(), payload });
      assert.equal(response.statusCode, 413, url);
      assert.ok(isErrorBody(response.json()));
      assert.equal(response.json().error, 'Payload Too Large');
    }
    // Just under the limit is fine.
    const small = await app.inject({ method: 'POST', url: '/api/import', headers: withKey(), payload: { nodes: [] } });
    assert.equal(small.statusCode, 200, small.body);
    assert.deepEqual(await graphCounts(db), before);
  });

  it('answers 400 naming the parameter for numbers that are not finite', async () => {
    for (const [url, field] of [
      ['/api/institutions?limit=1e309', 'limit'],
      ['/api/institutions?offset=-Infinity', 'offset'],
      ['/api/neighborhood/ocean-university-of-china?depth=Infinity', 'depth'],
      ['/api/network?yearFrom=-1e400', 'yearFrom'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
      assert.equal(response.json().field, field, url);
    }
  });
});

describe('an import bigger than one transaction', () => {
  it('is refused with 413 before anything is read from the database', async () => {
    const app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY });
    try {
      const before = await graphCounts(db);
      const relationships = Array.from({ length: SINGLE_TRANSACTION_ROWS + 1 }, (_, i) => ({
        type: 'LOCATED_IN',
        source: `lab-${i}`,
        target: 'country-cn',
      }));
      const response = await app.inject({
        method: 'POST',
        url: '/api/import',
        headers: withKey(),
        payload: { relationships },
      });
      assert.equal(response.statusCode, 413);
      assert.ok(isErrorBody(response.json()));
      assert.match(response.json().message, /npm run load/);
      assert.deepEqual(await graphCounts(db), before);
    } finally {
      await app.close();
    }
  });
});

describe('@fastify/under-pressure', () => {
  type Usage = { eventLoopDelay: number; heapUsed: number; rssBytes: number };
  const usage = (app: FastifyInstance) => (app as unknown as { memoryUsage(): Usage }).memoryUsage();

  /** Every route refuses with the error body and Retry-After, and health answers "busy" (not "down"). */
  async function assertRefusing(app: FastifyInstance): Promise<void> {
    const refused = await app.inject({ method: 'GET', url: '/api/institutions?limit=1' });
    assert.equal(refused.statusCode, 503, refused.body);
    assert.ok(isErrorBody(refused.json()));
    assert.match(refused.json().message, /too much load/);
    assert.equal(refused.headers['retry-after'], '10');
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(health.statusCode, 503, health.body);
    assert.equal(health.json().status, 'busy');
    assert.equal(health.json().load.overloaded, true);
    assert.equal(health.json().neo4j.connected, true);
    assert.ok(Number(health.headers['retry-after']) > 0);
  }

  it('answers 503 in the error body, with Retry-After, while the event loop is stalled', async () => {
    const app = await buildTestApp(db, { COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS: '200' });
    try {
      // Stall the loop in slices longer than the sampling interval (1 s) until the sampler has seen it.
      const deadline = Date.now() + 15_000;
      while (usage(app).eventLoopDelay <= 200 && Date.now() < deadline) {
        const until = Date.now() + 1_300;
        while (Date.now() < until) {
          // busy: this is the overload
        }
        await sleep(1);
      }
      assert.ok(usage(app).eventLoopDelay > 200, `event loop delay ${usage(app).eventLoopDelay}`);
      await assertRefusing(app);
    } finally {
      await app.close();
    }
  });

  for (const [variable, measure] of [
    ['COOPGRAPH_MAX_HEAP_MB', 'heapUsed'],
    ['COOPGRAPH_MAX_RSS_MB', 'rssBytes'],
  ] as const) {
    it(`answers 503 once the ${measure} passes ${variable}`, async () => {
      // 1 MB: the process is far past it; the guard fires at the first sample (every second).
      const app = await buildTestApp(db, { [variable]: '1' });
      try {
        const deadline = Date.now() + 10_000;
        while (usage(app)[measure] === 0 && Date.now() < deadline) await sleep(100);
        assert.ok(usage(app)[measure] > 2 ** 20);
        await assertRefusing(app);
      } finally {
        await app.close();
      }
    });
  }
});

describe('helmet and CORS', () => {
  it('sets the security headers on API answers', async () => {
    const app = await buildTestApp(db);
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
      // HSTS only for requests that came over https (test/db/input-hygiene.test.ts): inject() is plain HTTP.
      assert.equal(response.headers['strict-transport-security'], undefined);
      assert.equal(response.headers['x-powered-by'], undefined);
    } finally {
      await app.close();
    }
  });

  it('allows only the configured origins', async () => {
    const app = await buildTestApp(db, { COOPGRAPH_CORS_ORIGINS: 'https://explorer.example' });
    try {
      const allowed = await app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { origin: 'https://explorer.example' },
      });
      assert.equal(allowed.headers['access-control-allow-origin'], 'https://explorer.example');
      const other = await app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { origin: 'https://elsewhere.example' },
      });
      assert.equal(other.headers['access-control-allow-origin'], undefined);
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/api/institutions',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    } finally {
      await app.close();
    }
  });
});
