/**
 * Slow clients cannot hold connections: a client that dribbles its headers is cut off after
 * COOPGRAPH_HEADERS_TIMEOUT_MS, one that dribbles its body after COOPGRAPH_REQUEST_TIMEOUT_MS (both answered
 * 408 and closed), over a real socket. No database: the requests never get that far.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { Database } from '../../server/db/database.js';
import { TEST_DEFAULTS } from '../helpers/context.js';
import { API_KEY } from '../helpers/api.js';

let app: FastifyInstance;
let port = 0;

before(async () => {
  const config = loadConfig({
    NEO4J_URI: 'bolt://127.0.0.1:1',
    NEO4J_PASSWORD: 'x',
    ...TEST_DEFAULTS,
    COOPGRAPH_SERVE_WEB: 'false',
    COOPGRAPH_API_KEYS: API_KEY,
    COOPGRAPH_HEADERS_TIMEOUT_MS: '400',
    COOPGRAPH_REQUEST_TIMEOUT_MS: '800',
  });
  app = await buildApp({ config, db: new Database(config.neo4j!), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
});
after(() => app.close());

/** Writes `head`, then one byte of `drip` every 100 ms; resolves with what the server sent and when it closed. */
type Outcome = { closedAfterMs: number | null; answer: string };

function dribble(head: string, drip: string, giveUpMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let index = 0;
    const timer = setInterval(() => {
      if (!socket.destroyed && index < drip.length) socket.write(drip[index++]!);
    }, 100);
    const finish = (closedAfterMs: number | null) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closedAfterMs, answer });
    };
    const giveUp = setTimeout(() => finish(null), giveUpMs);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => finish(Date.now() - started));
    socket.on('error', () => undefined);
    socket.write(head);
  });
}

describe('slow clients', () => {
  it('are cut off when their headers take longer than the headers timeout', async () => {
    const head = 'GET /api/openapi.json HTTP/1.1\r\nHost: x\r\n';
    const { closedAfterMs, answer } = await dribble(head, 'X-Slow: ' + 'a'.repeat(200), 5_000);
    assert.ok(closedAfterMs !== null, 'the connection was still open after 5 s');
    assert.ok(closedAfterMs < 3_000, `closed after ${closedAfterMs} ms`);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });

  it('are cut off when their body takes longer than the request timeout', async () => {
    const head =
      'POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n' +
      `Authorization: Bearer ${API_KEY}\r\n\r\n`;
    const { closedAfterMs, answer } = await dribble(head, '{"nodes": [' + ' '.repeat(400), 6_000);
    assert.ok(closedAfterMs !== null, 'the connection was still open after 6 s');
    assert.ok(closedAfterMs < 4_000, `closed after ${closedAfterMs} ms`);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });

  it('do not affect a client that sends its request at once', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/openapi.json`);
    assert.equal(response.status, 200);
  });
});
