/**
 * API keys: writes need one (401 without, 403 with a wrong one), reads are open unless
 * COOPGRAPH_REQUIRE_KEY_FOR_READS is set, and the health probe and API description stay open either way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { seededDatabase, testApp } from '../../helpers/app.js';
import { buildTestApp } from '../../helpers/context.js';
import { API_KEY, OTHER_KEY, graphCounts, isErrorBody, withKey } from '../../helpers/api.js';

const db = seededDatabase();

const institution = { id: 'auth-test-institute', name: 'Auth Test Institute', kind: 'lab' };

describe('writes need an API key', () => {
  const app = testApp({ db, env: { COOPGRAPH_API_KEYS: `${OTHER_KEY},${API_KEY}` } });

  const writes = [
    { method: 'POST', url: '/api/institutions', payload: institution },
    { method: 'PATCH', url: '/api/institutions/ocean-university-of-china', payload: { city: 'Qingdao' } },
    { method: 'DELETE', url: '/api/institutions/ocean-university-of-china' },
    {
      method: 'POST',
      url: '/api/relationships',
      payload: { type: 'LOCATED_IN', source: 'auth-test-institute', target: 'country-cn' },
    },
    { method: 'DELETE', url: '/api/relationships/ocean-university-of-china%7CLOCATED_IN%7Ccountry-cn' },
    { method: 'POST', url: '/api/import', payload: { nodes: [institution] } },
    // A write to a route that does not exist is refused before anyone learns whether it exists.
    { method: 'PUT', url: '/api/institutions/ocean-university-of-china' },
  ] as const;

  it('refuses every write without a key with 401 and a Bearer challenge, changing nothing', async () => {
    const before = await graphCounts(db);
    for (const write of writes) {
      const response = await app.inject({ ...write });
      assert.equal(response.statusCode, 401, `${write.method} ${write.url}`);
      assert.ok(isErrorBody(response.json()));
      assert.equal(response.json().field, 'authorization');
      assert.match(String(response.headers['www-authenticate']), /^Bearer/);
    }
    assert.deepEqual(await graphCounts(db), before);
  });

  it('refuses a wrong key with 403, and other schemes or an empty token with 401', async () => {
    const before = await graphCounts(db);
    for (const write of writes) {
      const wrong = await app.inject({ ...write, headers: withKey('not-a-key-of-this-server') });
      assert.equal(wrong.statusCode, 403, `${write.method} ${write.url}`);
      assert.ok(isErrorBody(wrong.json()));
      // A prefix of a real key is still a wrong key.
      assert.equal((await app.inject({ ...write, headers: withKey(API_KEY.slice(0, -1)) })).statusCode, 403);
    }
    for (const authorization of [
      `Basic ${Buffer.from(`x:${API_KEY}`).toString('base64')}`,
      'Bearer',
      'Bearer ',
      API_KEY,
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/institutions',
        payload: institution,
        headers: { authorization },
      });
      assert.equal(response.statusCode, 401, authorization);
    }
    assert.deepEqual(await graphCounts(db), before);
  });

  it('accepts any configured key, with the scheme in any case', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/institutions',
      payload: institution,
      headers: withKey(API_KEY),
    });
    assert.equal(created.statusCode, 201, created.body);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/institutions/${institution.id}`,
      headers: { authorization: `bearer ${OTHER_KEY}` },
    });
    assert.equal(removed.statusCode, 200, removed.body);
  });

  it('leaves reads open by default, key or no key', async () => {
    for (const headers of [{}, withKey(API_KEY), withKey('some-wrong-key-1234567')]) {
      const response = await app.inject({ method: 'GET', url: '/api/institutions?limit=1', headers });
      assert.equal(response.statusCode, 200);
    }
  });

  it('marks every write route as needing the key in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    assert.deepEqual(document.components.securitySchemes.apiKey, {
      type: 'http',
      scheme: 'bearer',
      description: 'A key from COOPGRAPH_API_KEYS',
    });
    let writeRoutes = 0;
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, { security?: unknown }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'patch', 'put', 'delete'].includes(method)) continue;
        writeRoutes += 1;
        assert.deepEqual(operation.security, [{ apiKey: [] }], `${method.toUpperCase()} ${path}`);
      }
    }
    // Create, update and delete for seven labels; create and delete relationships; import.
    assert.ok(writeRoutes >= 7 * 3 + 2 + 1, `only ${writeRoutes} write routes`);
  });
});

describe('a server without keys', () => {
  it('refuses every write: 401 without a key, 403 with any', async () => {
    const app = await buildTestApp(db);
    try {
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/institutions', payload: institution })).statusCode,
        401,
      );
      const response = await app.inject({
        method: 'POST',
        url: '/api/institutions',
        payload: institution,
        headers: withKey(),
      });
      assert.equal(response.statusCode, 403);
    } finally {
      await app.close();
    }
  });
});

describe('COOPGRAPH_REQUIRE_KEY_FOR_READS=true', () => {
  const app = testApp({ db, env: { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_REQUIRE_KEY_FOR_READS: 'true' } });

  it('closes reads: 401 without a key, 403 with a wrong one, 200 with the key', async () => {
    for (const url of [
      '/api/institutions?limit=1',
      '/api/institutions/ocean-university-of-china',
      '/api/search?q=ocean',
    ]) {
      const open = await app.inject({ method: 'GET', url });
      assert.equal(open.statusCode, 401, url);
      assert.ok(isErrorBody(open.json()));
      assert.equal((await app.inject({ method: 'GET', url, headers: withKey(OTHER_KEY) })).statusCode, 403, url);
      assert.equal((await app.inject({ method: 'GET', url, headers: withKey() })).statusCode, 200, url);
    }
  });

  it('keeps the health probe and the API description public', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode, 200);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(String(docs.headers['content-type']), /html/);
  });

  it('lets CORS preflights through, and still refuses the read itself', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/institutions',
      headers: { origin: 'https://explorer.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://explorer.example');
    // The refusal carries the CORS header too, so a browser client can read why.
    const refused = await app.inject({
      method: 'GET',
      url: '/api/institutions',
      headers: { origin: 'https://explorer.example' },
    });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.headers['access-control-allow-origin'], 'https://explorer.example');
  });
});
