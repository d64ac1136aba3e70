/**
 * API keys cannot be skipped by spelling a path differently. The router decodes percent-escapes before it
 * matches, so protection is decided on the matched route: every write route of the OpenAPI document is sent
 * percent-encoded, double-encoded, in another case, with a trailing slash and with dot segments, without a key,
 * and none of them may succeed or change the graph.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { seededDatabase, testApp } from '../../helpers/app.js';
import { API_KEY, graphCounts, withKey } from '../../helpers/api.js';

const db = seededDatabase();

/** Ways to write `/api/<rest>` that a naive check on the raw URL would not recognise as `/api`. */
function variants(path: string): string[] {
  const rest = path.slice('/api'.length);
  const hex = (char: string) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  return [
    `/%61pi${rest}`,
    `/a%70i${rest}`,
    `/ap%69${rest}`,
    `/%41pi${rest}`,
    `/${[...'api'].map(hex).join('')}${rest}`,
    `/%2561pi${rest}`,
    `/API${rest}`,
    `/Api${rest}`,
    `/api${rest}/`,
    `/%61pi${rest}/`,
    `/api/.${rest}`,
    `/x/../api${rest}`,
    `/./api${rest}`,
    `//api${rest}`,
    `/api%2F${rest.slice(1)}`,
    `/api${rest.replace(/\//g, '%2F')}`,
    `/api${rest.replace(/[a-z]/, (c) => hex(c))}`,
    `/%61pi${rest.replace(/[a-z]/, (c) => hex(c.toUpperCase()))}`,
  ];
}

const existing: Record<string, string> = {
  institutions: 'ocean-university-of-china',
  countries: 'country-cn',
  people: 'person-li-yuxia',
  agreements: 'agreement-x',
  events: 'event-x',
  fields: 'field-x',
  documents: 'doc-x',
};

/** A concrete URL for an OpenAPI path such as /api/institutions/{id}. */
function concrete(path: string): string {
  const resource = path.split('/')[2] ?? '';
  return path.replace(/\{[^}]+\}/g, () =>
    resource === 'relationships'
      ? encodeURIComponent('ocean-university-of-china|LOCATED_IN|country-cn')
      : (existing[resource] ?? 'x'),
  );
}

describe('protection follows the matched route, not the spelling of the URL', () => {
  const app = testApp({ db, env: { COOPGRAPH_API_KEYS: API_KEY } });
  let writeRoutes: Array<{ method: string; url: string }>;
  before(async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    writeRoutes = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) =>
        Object.keys(operations)
          .filter((method) => ['post', 'patch', 'put', 'delete'].includes(method))
          .map((method) => ({ method: method.toUpperCase(), url: concrete(path) })),
    );
  });

  it('knows every write route', () => {
    assert.ok(writeRoutes.length >= 24, `only ${writeRoutes.length} write routes`);
  });

  it('refuses every spelling of every write route without a key, changing nothing', async () => {
    const counts = await graphCounts(db);
    const payload = { id: 'bypass-test-institute', name: 'Bypass Test Institute', kind: 'lab', nodes: [] };
    for (const route of writeRoutes) {
      for (const url of variants(route.url)) {
        const response = await app.inject({ method: route.method as 'POST', url, payload });
        assert.ok(
          response.statusCode === 401 || response.statusCode === 404 || response.statusCode === 400,
          `${route.method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`,
        );
      }
    }
    assert.deepEqual(await graphCounts(db), counts);
  });

  it('answers 401 to a percent-encoded spelling that reaches a real write route', async () => {
    for (const url of ['/%61pi/institutions', '/a%70i/import', '/ap%69/relationships']) {
      const response = await app.inject({ method: 'POST', url, payload: { nodes: [] } });
      assert.equal(response.statusCode, 401, `POST ${url}: ${response.body}`);
    }
    const deleted = await app.inject({ method: 'DELETE', url: '/%61pi/institutions/ocean-university-of-china' });
    assert.equal(deleted.statusCode, 401);
    const still = await app.inject({ method: 'GET', url: '/api/institutions/ocean-university-of-china' });
    assert.equal(still.statusCode, 200);
  });

  it('still accepts the key on an encoded spelling (the route is the same route)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/import?dryRun=true',
      payload: { nodes: [] },
      headers: withKey(),
    });
    assert.notEqual(response.statusCode, 401);
    assert.notEqual(response.statusCode, 403);
  });
});

describe('with reads protected, no spelling of a read route dumps the graph', () => {
  const app = testApp({ db, env: { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_REQUIRE_KEY_FOR_READS: 'true' } });

  it('refuses encoded reads of the export, the network and an entity', async () => {
    for (const path of [
      '/api/export?format=json',
      '/api/network',
      '/api/institutions/ocean-university-of-china',
      '/api/stats',
    ]) {
      const [route, query] = path.split('?');
      for (const url of variants(route ?? '')) {
        const response = await app.inject({ method: 'GET', url: query ? `${url}?${query}` : url });
        // A spelling that is not an API route may reach the explorer's page fallback: HTML, no data.
        const page = response.statusCode === 200 && String(response.headers['content-type']).startsWith('text/html');
        assert.ok([401, 404].includes(response.statusCode) || page, `GET ${url} answered ${response.statusCode}`);
        assert.doesNotMatch(response.body, /Heriot-Watt University|"nodes"|"aliases"/, `GET ${url} leaked data`);
      }
      const encoded = await app.inject({ method: 'GET', url: path.replace('/api', '/%61pi') });
      assert.equal(encoded.statusCode, 401, path);
    }
  });

  it('keeps the public routes public under any spelling that reaches them', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/%61pi/health' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode, 200);
  });
});
