/**
 * The OpenAPI document: every route under /api is described, and query parameters with a default are optional
 * for clients while parameters without one stay required.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { testApp } from '../helpers/app.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { default?: unknown };
}

describe('GET /api/openapi.json', () => {
  const app = testApp();
  let paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  before(async () => {
    paths = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
  });

  it('describes the routes the explorer and the analysts use', () => {
    for (const path of [
      '/api/health',
      '/api/network',
      '/api/search',
      '/api/paths',
      '/api/export',
      '/api/analytics/brokers',
    ]) {
      assert.ok(paths[path]?.get, `${path} is missing`);
    }
  });

  it('lists defaulted query parameters as optional, and the default is what a request without them gets', async () => {
    const limit = paths['/api/institutions']!.get!.parameters!.find((p) => p.in === 'query' && p.name === 'limit')!;
    assert.notEqual(limit.required, true);
    assert.equal(limit.schema?.default, 50);
    const response = await app.inject({ method: 'GET', url: '/api/institutions' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().limit, 50);
  });

  it('keeps parameters without a default required', () => {
    const q = paths['/api/search']!.get!.parameters!.find((p) => p.in === 'query' && p.name === 'q')!;
    assert.equal(q.required, true);
    const every = Object.values(paths).flatMap((methods) =>
      Object.values(methods).flatMap((op) => op.parameters ?? []),
    );
    for (const parameter of every.filter((p) => p.in === 'query')) {
      if (parameter.schema?.default !== undefined)
        assert.notEqual(parameter.required, true, `${parameter.name} has a default`);
    }
  });
});
