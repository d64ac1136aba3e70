/**
 * Requests that fail authentication (no key, a wrong key) draw from a budget of their own per client
 * (COOPGRAPH_AUTH_FAILURE_RATE_LIMIT per minute); past it, every keyed request of that client is a 429 with
 * Retry-After, a right key included, so keys cannot be guessed at full speed. The client is the socket's
 * address, or the forwarded one from a trusted proxy (COOPGRAPH_TRUST_PROXY). No database is needed: a refused
 * request never reaches it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { Database } from '../../server/db/database.js';
import { TEST_DEFAULTS } from '../helpers/context.js';
import { API_KEY, OTHER_KEY, isErrorBody, withKey } from '../helpers/api.js';

async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
  const config = loadConfig({
    NEO4J_URI: 'bolt://127.0.0.1:1',
    NEO4J_PASSWORD: 'x',
    ...TEST_DEFAULTS,
    COOPGRAPH_API_KEYS: API_KEY,
    COOPGRAPH_AUTH_FAILURE_RATE_LIMIT: '3',
    ...env,
  });
  return buildApp({ config, db: new Database(config.neo4j!), logger: false });
}

const write = (app: FastifyInstance, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'DELETE', url: '/api/institutions/some-lab', headers, remoteAddress });

function assertTooMany(response: Awaited<ReturnType<typeof write>>): void {
  assert.equal(response.statusCode, 429, response.body);
  assert.ok(isErrorBody(response.json()));
  assert.match(response.json().message, /authentication/i);
  assert.ok(Number(response.headers['retry-after']) > 0, `Retry-After: ${response.headers['retry-after']}`);
}

describe('rate limit on failed authentication', () => {
  it('answers 429 once a client has used its budget of failures, even for a right key', async () => {
    const app = await appWith({});
    try {
      assert.equal((await write(app)).statusCode, 401);
      assert.equal((await write(app, withKey(OTHER_KEY))).statusCode, 403);
      assert.equal((await write(app)).statusCode, 401);
      assertTooMany(await write(app));
      assertTooMany(await write(app, withKey(OTHER_KEY)));
      assertTooMany(await write(app, withKey(API_KEY)));
      // Another client has a budget of its own; public reads are not affected.
      assert.equal((await write(app, {}, '10.0.0.2')).statusCode, 401);
      assert.equal((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode, 200);
    } finally {
      await app.close();
    }
  });

  it('counts the forwarded client behind a trusted proxy, and the socket address otherwise', async () => {
    const forwarded = (ip: string) => ({ 'x-forwarded-for': ip });
    const trusting = await appWith({ COOPGRAPH_TRUST_PROXY: '127.0.0.1' });
    try {
      for (let i = 0; i < 3; i += 1) assert.equal((await write(trusting, forwarded('203.0.113.1'))).statusCode, 401);
      assertTooMany(await write(trusting, forwarded('203.0.113.1')));
      assert.equal((await write(trusting, forwarded('203.0.113.2'))).statusCode, 401);
    } finally {
      await trusting.close();
    }
    const direct = await appWith({});
    try {
      for (let i = 0; i < 3; i += 1) assert.equal((await write(direct, forwarded('203.0.113.1'))).statusCode, 401);
      // Without a trusted proxy the header is the client's own say: it does not buy a new budget.
      assertTooMany(await write(direct, forwarded('203.0.113.2')));
    } finally {
      await direct.close();
    }
  });
});
