/**
 * Configuration: defaults, and a clear error naming the variable for every bad value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ConfigError, loadConfig } from '../../server/config.js';

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
  ];
  for (const [env, variable] of bad) {
    it(`rejects ${JSON.stringify(env)} naming ${variable}`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: Error) => error instanceof ConfigError && error.message.includes(variable),
      );
    });
  }
});
