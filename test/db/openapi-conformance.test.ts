/**
 * OpenAPI conformance and HTTP details
 * ====================================
 *
 * The document is valid OpenAPI 3.0.3 where @fastify/swagger copied draft-7 JSON Schema (numeric
 * exclusiveMinimum), documents the export's JSON as JSON, and lists the 431 a long query string gets and the
 * checks validation makes; a method a path does not have is a 405 with Allow; a DELETE with a JSON content type
 * and no body is a delete.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';
import { API_KEY, withKey } from '../helpers/api.js';

const db = openTestDatabase();
let app: FastifyInstance;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body already validated against its OpenAPI schema; tests read it field by field
type Json = Record<string, any>;
let document: Json;

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
  document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
after(async () => {
  await app.close();
  await db.close();
});

/** Every schema object of the document, with its JSON pointer. */
function* schemas(value: unknown, at = '#'): Generator<[string, Json]> {
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value)) yield [at, value as Json];
  for (const [key, inner] of Object.entries(value)) yield* schemas(inner, `${at}/${key}`);
}

describe('the OpenAPI document', () => {
  it('uses the OpenAPI 3.0 form of exclusive bounds (a boolean beside minimum or maximum)', () => {
    const bad = [...schemas(document)].filter(
      ([, schema]) =>
        ('exclusiveMinimum' in schema &&
          (typeof schema.exclusiveMinimum !== 'boolean' || typeof schema.minimum !== 'number')) ||
        ('exclusiveMaximum' in schema &&
          (typeof schema.exclusiveMaximum !== 'boolean' || typeof schema.maximum !== 'number')),
    );
    assert.deepEqual(
      bad.map(([at]) => at),
      [],
    );
    const similarity = document.paths['/api/analytics/coverage-gaps'].get.parameters.find(
      (p: Json) => p.name === 'similarity',
    );
    assert.deepEqual([similarity.schema.minimum, similarity.schema.exclusiveMinimum], [0, true]);
  });

  it('documents the JSON export as a JSON object, the zip as binary', () => {
    const content = document.paths['/api/export'].get.responses['200'].content;
    assert.equal(content['application/json'].schema.type, 'object');
    assert.ok(content['application/json'].schema.properties.nodes);
    assert.notEqual(content['application/json'].schema.format, 'binary');
    assert.equal(content['application/zip'].schema.format, 'binary');
  });

  it('lists 431 and 405 on every operation, and the checks validation makes', () => {
    for (const [path, operations] of Object.entries(document.paths as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(operations)) {
        assert.ok(operation.responses['431'], `${method} ${path}: 431`);
        assert.ok(operation.responses['405'], `${method} ${path}: 405`);
      }
    }
    const yearTo = document.paths['/api/network'].get.parameters.find((p: Json) => p.name === 'yearTo');
    assert.match(yearTo.description, /yearFrom/);
    const patch = document.paths['/api/institutions/{id}'].patch.requestBody.content['application/json'].schema;
    assert.match(patch.properties.name.description, /cannot be removed/);
  });
});

/** A real request over a socket: inject() has no header size limit. */
async function fetchLong(): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const response = await fetch(`http://127.0.0.1:${address.port}/api/search?q=${'x'.repeat(20_000)}`);
  return response.status;
}

describe('methods', () => {
  it('answer 405 with Allow for a method the path does not have', async () => {
    for (const [method, url, allowed] of [
      ['PUT', '/api/stats', 'GET'],
      ['DELETE', '/api/search?q=x', 'GET'],
      ['PUT', '/api/institutions/ocean-university-of-china', 'PATCH'],
      ['POST', '/api/institutions/ocean-university-of-china', 'DELETE'],
      // Body-bearing methods without a Content-Type: the missing route answers, not the body parser (a 400).
      ['QUERY', '/api/stats', 'GET'],
      ['QUERY', '/api/agreements/heriot-watt-university', 'GET'],
      ['PUT', '/api/health', 'GET'],
    ] as const) {
      const response = await app.inject({ method, url, headers: withKey() });
      assert.equal(response.statusCode, 405, `${method} ${url}: ${response.body}`);
      assert.ok(
        String(response.headers.allow).split(', ').includes(allowed),
        `${method} ${url}: ${response.headers.allow}`,
      );
      assert.equal(response.json().statusCode, 405);
    }
    const missing = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    assert.equal(missing.statusCode, 404);
  });

  it('DELETE with a JSON content type and no body deletes', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/fields',
      headers: withKey(),
      payload: { id: 'delete-me', name: 'Delete me' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/fields/delete-me',
      headers: { ...withKey(), 'content-type': 'application/json' },
    });
    assert.equal(response.statusCode, 200, response.body);
    const again = await app.inject({ method: 'GET', url: '/api/fields/delete-me' });
    assert.equal(again.statusCode, 404);
    // A body that is there must still be JSON.
    const broken = await app.inject({
      method: 'POST',
      url: '/api/fields',
      headers: { ...withKey(), 'content-type': 'application/json' },
      payload: '{"id":',
    });
    assert.equal(broken.statusCode, 400);
  });
});

describe("the router's refusals", () => {
  it('answer a path parameter over the limit with a documented 414, and bad percent-encoding with a 400, in the one error body', async () => {
    const long = 'a'.repeat(600);
    for (const [method, url] of [
      ['DELETE', `/api/relationships/${long}`],
      ['PATCH', `/api/institutions/${long}`],
    ] as const) {
      const response = await app.inject({
        method,
        url,
        headers: withKey(),
        payload: method === 'PATCH' ? {} : undefined,
      });
      assert.equal(response.statusCode, 414, `${method} ${url.slice(0, 30)}`);
      const answer = response.json();
      assert.deepEqual(Object.keys(answer).sort(), ['error', 'message', 'statusCode']);
      assert.equal(answer.error, 'URI Too Long');
      assert.ok(!answer.message.includes(long), 'the path is not echoed back');
    }
    // GET falls through to the explorer's catch-all route (no length limit on a wildcard): a plain 404.
    const get = await app.inject({ method: 'GET', url: `/api/neighborhood/${long}` });
    assert.equal(get.statusCode, 404);
    assert.ok(document.paths['/api/neighborhood/{id}'].get.responses['404']);
    const bad = await app.inject({ method: 'DELETE', url: '/api/relationships/%zz', headers: withKey() });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json(), {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The URL path has malformed percent-encoding',
    });
    assert.ok(document.paths['/api/relationships/{id}'].delete.responses['414']);
    assert.ok(document.paths['/api/relationships/{id}'].delete.responses['400']);
    assert.equal(document.paths['/api/network'].get.responses['414'], undefined);
  });
});

// Last: it makes the app listen on a socket.
describe('a long query string', () => {
  it('describes what a long query string really gets: 431', async () => {
    const response = await fetchLong();
    assert.equal(response, 431);
  });
});
