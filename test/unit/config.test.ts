/**
 * Configuration: defaults, and a clear error naming the variable for every bad value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ConfigError, heapLimitBytes, loadConfig } from '../../server/config.js';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:3000 and no Neo4j URI (local server)', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(config.neo4j, null);
    assert.deepEqual(config.apiKeys, []);
  });

  it('reads the NEO4J_* variables, with neo4j as default user and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' });
    assert.deepEqual(config.neo4j, {
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: 'neo4j',
    });
  });

  it('reads COOPGRAPH_FRAME_ANCESTORS as CSP sources, self by default', () => {
    assert.deepEqual(loadConfig({}).frameAncestors, ["'self'"]);
    assert.deepEqual(
      loadConfig({ COOPGRAPH_FRAME_ANCESTORS: 'self, https://intranet.example https://*.partner.org:8443' })
        .frameAncestors,
      ["'self'", 'https://intranet.example', 'https://*.partner.org:8443'],
    );
    assert.deepEqual(loadConfig({ COOPGRAPH_FRAME_ANCESTORS: "'none'" }).frameAncestors, ["'none'"]);
  });

  const bad: Array<[Record<string, string>, string]> = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COOPGRAPH_API_KEYS: 'short' }, 'COOPGRAPH_API_KEYS'],
    [{ COOPGRAPH_REQUIRE_KEY_FOR_READS: 'maybe' }, 'COOPGRAPH_REQUIRE_KEY_FOR_READS'],
    [{ COOPGRAPH_QUERY_TIMEOUT_MS: '5' }, 'COOPGRAPH_QUERY_TIMEOUT_MS'],
    [{ COOPGRAPH_FRAME_ANCESTORS: 'https://intranet.example/path' }, 'COOPGRAPH_FRAME_ANCESTORS'],
    [{ COOPGRAPH_FRAME_ANCESTORS: 'javascript:alert(1)' }, 'COOPGRAPH_FRAME_ANCESTORS'],
    [{ COOPGRAPH_FRAME_ANCESTORS: 'none https://a.example' }, 'COOPGRAPH_FRAME_ANCESTORS'],
    // A heap guard at or above Node's heap limit can never fire (the trust issue's 8 GiB guard on a 4 GiB heap).
    [{ COOPGRAPH_MAX_HEAP_MB: String(Math.ceil(heapLimitBytes() / 2 ** 20)) }, 'COOPGRAPH_MAX_HEAP_MB'],
    [{ COOPGRAPH_MAX_RSS_MB: '-1' }, 'COOPGRAPH_MAX_RSS_MB'],
    [{ COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS: 'soon' }, 'COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS'],
    [{ COOPGRAPH_HEAVY_CONCURRENCY: '0' }, 'COOPGRAPH_HEAVY_CONCURRENCY'],
    [{ COOPGRAPH_HEAVY_QUEUE: '-1' }, 'COOPGRAPH_HEAVY_QUEUE'],
    [{ COOPGRAPH_HEAVY_QUEUE_TIMEOUT_MS: '0' }, 'COOPGRAPH_HEAVY_QUEUE_TIMEOUT_MS'],
    [{ COOPGRAPH_NEO4J_POOL_SIZE: '0' }, 'COOPGRAPH_NEO4J_POOL_SIZE'],
    [{ COOPGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS: 'x' }, 'COOPGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS'],
    [{ COOPGRAPH_NEO4J_PROBE_TIMEOUT_MS: '1' }, 'COOPGRAPH_NEO4J_PROBE_TIMEOUT_MS'],
    [{ COOPGRAPH_HEADERS_TIMEOUT_MS: '20000', COOPGRAPH_REQUEST_TIMEOUT_MS: '10000' }, 'COOPGRAPH_HEADERS_TIMEOUT_MS'],
    [{ COOPGRAPH_AUTH_FAILURE_RATE_LIMIT: '0' }, 'COOPGRAPH_AUTH_FAILURE_RATE_LIMIT'],
    [{ COOPGRAPH_TRUST_PROXY: 'the-proxy' }, 'COOPGRAPH_TRUST_PROXY'],
    [{ COOPGRAPH_TRUST_PROXY: '10.0.0.0/40' }, 'COOPGRAPH_TRUST_PROXY'],
  ];
  for (const [env, variable] of bad) {
    it(`rejects ${JSON.stringify(env)} naming ${variable}`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: Error) => error instanceof ConfigError && error.message.includes(variable),
      );
    });
  }

  it("sets pressure guards that can fire: the heap below Node's real heap limit, RSS, the event loop", () => {
    const { pressure } = loadConfig({});
    const heap = pressure.maxHeapUsedBytes;
    assert.ok(heap > 0 && heap < heapLimitBytes(), String(heap));
    assert.ok(pressure.maxRssBytes > 0);
    assert.equal(pressure.maxEventLoopDelayMs, 1_000);
    // 0 turns a guard off.
    assert.equal(loadConfig({ COOPGRAPH_MAX_HEAP_MB: '0' }).pressure.maxHeapUsedBytes, 0);
  });

  it('bounds slow clients by default: headers, whole request, silent socket', () => {
    const { timeouts } = loadConfig({});
    assert.ok(timeouts.headersMs > 0 && timeouts.headersMs <= timeouts.requestMs);
    assert.ok(timeouts.connectionMs > 0);
  });

  it('reads COOPGRAPH_TRUST_PROXY as false, true or a list of addresses and ranges', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ COOPGRAPH_TRUST_PROXY: 'true' }).trustProxy, true);
    const proxies = loadConfig({ COOPGRAPH_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy;
    assert.equal(proxies, '127.0.0.1,10.0.0.0/8,::1');
  });
});
