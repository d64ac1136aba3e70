/**
 * Input hygiene
 * =============
 *
 * Lone surrogates in any string of a JSON body, and query parameters whose percent-escapes decode to no
 * character, are refused with a 400 naming the field (they were stored as U+FFFD, or kept as raw escapes);
 * websites are http or https only; CORS preflights allow every method and header the API uses; HSTS and
 * `upgrade-insecure-requests` are sent over https only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';
import { API_KEY, graphCounts, withKey } from '../helpers/api.js';

const db = openTestDatabase();
let app: FastifyInstance;

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db, {
    COOPGRAPH_API_KEYS: API_KEY,
    COOPGRAPH_WRITE_RATE_LIMIT: '100000',
    COOPGRAPH_CORS_ORIGINS: 'https://client.example',
  });
});
after(async () => {
  await app.close();
  await db.close();
});

/** A JSON body written by hand: JSON.stringify would escape the lone surrogate the same way, but say so. */
const raw = (method: 'POST' | 'PATCH', url: string, json: string) =>
  app.inject({ method, url, headers: { ...withKey(), 'content-type': 'application/json' }, payload: json });

describe('lone surrogates', () => {
  it('are refused in every string field of an entity body, naming the field; nothing is written', async () => {
    const before = await graphCounts(db);
    const cases: [string, string][] = [
      ['name', '{"id":"lone-a","name":"Bad \\ud800 name","kind":"university"}'],
      ['description', '{"id":"lone-b","name":"Ok","kind":"university","description":"x\\udfff"}'],
      ['aliases[1]', '{"id":"lone-c","name":"Ok","kind":"university","aliases":["fine","\\udbff"]}'],
      [
        'mentions[0].evidence',
        '{"id":"lone-d","name":"Ok","kind":"university","mentions":[{"document":"doc-001","evidence":"\\ud83d"}]}',
      ],
    ];
    for (const [field, json] of cases) {
      const response = await raw('POST', '/api/institutions', json);
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.equal(response.json().field, field, response.body);
      assert.match(response.json().message, /lone UTF-16 surrogate/);
    }
    // A well-formed pair (an emoji) is text like any other.
    const emoji = await raw('POST', '/api/institutions', '{"id":"emoji-lab","name":"Lab \\ud83d\\ude00","kind":"lab"}');
    assert.equal(emoji.statusCode, 201, emoji.body);
    assert.equal(emoji.json().entity.name, 'Lab \u{1F600}');
    const after = await graphCounts(db);
    assert.equal(after.Institution, before.Institution! + 1);
  });

  it('are refused in PATCH and import bodies, and in object keys', async () => {
    const patch = await raw('PATCH', '/api/institutions/ocean-university-of-china', '{"description":"\\ud800"}');
    assert.equal(patch.statusCode, 400, patch.body);
    assert.equal(patch.json().field, 'description');
    const imported = await raw('POST', '/api/import', '{"nodes":[{"id":"x","type":"Field","name":"\\udc00"}]}');
    assert.equal(imported.statusCode, 400, imported.body);
    assert.equal(imported.json().field, 'nodes[0].name');
    const key = await raw('POST', '/api/import', '{"nodes":[{"id":"x","type":"Field","name":"F","\\ud800":1}]}');
    assert.equal(key.statusCode, 400, key.body);
    const [stored] = await db.read('writes/find-node', { id: 'ocean-university-of-china', code: null });
    assert.ok(!String((stored?.properties as { description?: string }).description).includes('\uFFFD'));
  });

  it('are refused in query strings (an encoded surrogate or any escape that is not UTF-8), naming the parameter', async () => {
    for (const escape of ['%ED%A0%80', '%FF', 'ok%C3']) {
      const response = await app.inject({ method: 'GET', url: `/api/search?q=${escape}` });
      assert.equal(response.statusCode, 400, `${escape}: ${response.body}`);
      assert.equal(response.json().field, 'q', response.body);
    }
    const fine = await app.inject({ method: 'GET', url: '/api/search?q=%E6%B5%B7%E6%B4%8B' });
    assert.equal(fine.statusCode, 200, fine.body);
  });
});

describe('websites', () => {
  it('accept http and https only, naming the field', async () => {
    for (const website of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://x.example',
      'https://',
      'vbscript:x',
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/institutions',
        headers: withKey(),
        payload: { id: 'bad-website', name: 'Bad', kind: 'lab', website },
      });
      assert.equal(response.statusCode, 400, `${website}: ${response.body}`);
      assert.equal(response.json().field, 'website');
    }
    const patch = await app.inject({
      method: 'PATCH',
      url: '/api/institutions/ocean-university-of-china',
      headers: withKey(),
      payload: { website: 'javascript:alert(document.cookie)' },
    });
    assert.equal(patch.statusCode, 400, patch.body);
    for (const website of ['http://www.ouc.edu.cn/', 'https://example.org/path?x=1']) {
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/institutions/ocean-university-of-china',
        headers: withKey(),
        payload: { website },
      });
      assert.equal(response.statusCode, 200, `${website}: ${response.body}`);
    }
  });
});

describe('CORS', () => {
  it('allows every method and header the API uses in a preflight from an allowed origin', async () => {
    for (const method of ['PATCH', 'DELETE', 'POST']) {
      const response = await app.inject({
        method: 'OPTIONS',
        url: '/api/institutions/ocean-university-of-china',
        headers: {
          origin: 'https://client.example',
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      assert.equal(response.statusCode, 204, response.body);
      assert.equal(response.headers['access-control-allow-origin'], 'https://client.example');
      const methods = String(response.headers['access-control-allow-methods']).split(/,\s*/);
      assert.ok(methods.includes(method), `${method} not in ${methods.join(', ')}`);
      const headers = String(response.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
      assert.ok(headers.includes('authorization') && headers.includes('content-type'), headers.join(', '));
    }
  });
});

describe('embedding headers', () => {
  it('frame-ancestors self and X-Frame-Options SAMEORIGIN by default; a list drops X-Frame-Options', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'self'(;|$)/);
    assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
    const embeddable = await buildTestApp(db, { COOPGRAPH_FRAME_ANCESTORS: "'self' https://intranet.example" });
    try {
      const framed = await embeddable.inject({ method: 'GET', url: '/api/health' });
      assert.match(
        String(framed.headers['content-security-policy']),
        /frame-ancestors 'self' https:\/\/intranet\.example(;|$)/,
      );
      assert.equal(framed.headers['x-frame-options'], undefined);
    } finally {
      await embeddable.close();
    }
  });
});

describe('HTTPS-only headers', () => {
  it('are not sent over plain HTTP', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.headers['strict-transport-security'], undefined);
    assert.doesNotMatch(String(response.headers['content-security-policy']), /upgrade-insecure-requests/);
    assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
  });

  it('are sent over https', async () => {
    const https = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY });
    try {
      // inject() has no TLS socket; a TLS socket is what request.protocol looks at.
      https.addHook('onRequest', async (request) => {
        Object.defineProperty(request.raw.socket, 'encrypted', { value: true, configurable: true });
      });
      const response = await https.inject({ method: 'GET', url: '/api/health' });
      assert.match(String(response.headers['strict-transport-security']), /max-age=\d+/);
      assert.match(String(response.headers['content-security-policy']), /upgrade-insecure-requests/);
    } finally {
      await https.close();
    }
  });
});
