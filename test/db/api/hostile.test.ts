/**
 * Hostile input against every route
 * =================================
 *
 * The routes come from /api/openapi.json, so a route added later is covered without touching this file. Each
 * path and query parameter gets, one at a time, quotes, backticks, Cypher and SQL injection attempts, Lucene
 * syntax, emoji, right-to-left marks, NUL, malformed percent-encoding, 10 000-character strings and
 * negative, huge and non-numbers; writes are tried without a key and with one. Nothing may answer 5xx, every
 * error has the one error body, and afterwards the graph has exactly the nodes and relationships it had.
 * Hostile JSON bodies to the write routes must be 400s that name the field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { API_KEY, graphCounts, isErrorBody, withKey } from '../../helpers/api.js';

let counts: Record<string, number>;
const { db, inject } = testApp({
  env: { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '1000000' },
  afterLoad: async (loaded) => {
    counts = await graphCounts(loaded);
  },
});

/** Values sent URL-encoded. */
const HOSTILE = [
  "'",
  '"',
  '`',
  '\\',
  '}) MATCH (n) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  "' OR 1=1 --",
  '"; DROP TABLE entities; --',
  '$id',
  '{id: "x"}',
  'name:* AND (',
  '*',
  '~',
  '[a TO z]',
  '"unclosed',
  '/.*/',
  'a:b OR c:d^10',
  '🤝🌍👩🏽‍🔬',
  '\u202Eevil\u202C',
  'مؤسسة',
  '\u0000',
  'nul\u0000byte',
  '\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  ' ',
  '',
  'a'.repeat(10_000),
  'ocean-'.repeat(2_000),
  '-1',
  '0',
  '-99999999999999999999',
  '99999999999999999999999',
  '1e309',
  'NaN',
  'Infinity',
  '1.5',
  'true',
  'null',
  'Institution,Country,`Spaceship`',
  'DE,CN,""',
];

/** Values sent as they are: malformed percent-encoding and raw separators. */
const RAW = ['%', '%zz', '%E0%A4%A', '%ED%A0%80', 'a&b=c', 'a%26b', 'x;y', 'ocean%2F..%2F..'];

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: {
    default?: unknown;
    examples?: unknown[];
    enum?: unknown[];
    type?: string;
    minimum?: number;
    anyOf?: { const?: unknown }[];
  };
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  write: boolean;
}

/** A valid but harmless value for the parameters not under attack: unknown ids answer 404, not a write. */
function benign(parameter: Parameter): string {
  const schema = parameter.schema ?? {};
  if (parameter.in === 'path') return 'no-such-entity-for-hostile-tests';
  if (schema.default !== undefined) return String(schema.default);
  if (schema.examples?.[0] !== undefined) return String(schema.examples[0]);
  if (schema.enum?.[0] !== undefined) return String(schema.enum[0]);
  const constant = schema.anyOf?.find((option) => option.const !== undefined)?.const;
  if (constant !== undefined) return String(constant);
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  if (parameter.name === 'to') return 'hewlett-packard';
  return 'ocean-university-of-china';
}

async function operations(): Promise<Operation[]> {
  const document = (await inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  };
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = (operation.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
      out.push({ method: method.toUpperCase(), path, parameters, write: method !== 'get' });
    }
  }
  return out;
}

/** The URL with `target` set to `value` (encoded unless raw) and every other required parameter benign. */
function urlFor(operation: Operation, target: Parameter | null, value: string, raw: boolean): string {
  const encode = (text: string) => (raw ? text : encodeURIComponent(text));
  let path = operation.path;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    path = path.replace(
      `{${parameter.name}}`,
      parameter === target ? encode(value) : encodeURIComponent(benign(parameter)),
    );
  }
  const query: string[] = [];
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    if (parameter === target) query.push(`${parameter.name}=${encode(value)}`);
    else if (parameter.required) query.push(`${parameter.name}=${encodeURIComponent(benign(parameter))}`);
  }
  if (target === null) query.push(`__proto__=${encode(value)}`, `constructor[prototype][x]=${encode(value)}`);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

let healthDown: boolean | null = null;

/** Never a 5xx (a 503 only while the database is really down); every error in the one body. */
async function check(method: string, url: string, headers: Record<string, string>, payload?: unknown): Promise<number> {
  const response = await inject({
    method: method as 'GET',
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const where = `${method} ${url.slice(0, 160)}${headers.authorization ? ' (with key)' : ''}`;
  if (response.statusCode === 503) {
    healthDown ??= (await inject({ method: 'GET', url: '/api/health' })).statusCode === 503;
    assert.ok(healthDown, `${where}: 503 while the database is up: ${response.body.slice(0, 300)}`);
  } else {
    assert.ok(response.statusCode < 500, `${where}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  }
  if (response.statusCode >= 400) {
    let body: unknown;
    try {
      body = response.json();
    } catch {
      assert.fail(`${where}: ${response.statusCode} without a JSON error body: ${response.body.slice(0, 200)}`);
    }
    assert.ok(isErrorBody(body), `${where}: not the error body: ${response.body.slice(0, 300)}`);
    assert.equal((body as { statusCode: number }).statusCode, response.statusCode, where);
  }
  return response.statusCode;
}

describe('hostile path and query values on every route of the OpenAPI document', () => {
  it('never answer 5xx, always answer in the error body, and change nothing', async () => {
    const all = await operations();
    // The document lists the read routes, the write routes, the import and the export at least.
    const paths = new Set(all.map((operation) => `${operation.method} ${operation.path}`));
    for (const expected of [
      'GET /api/institutions/{id}',
      'PATCH /api/institutions/{id}',
      'DELETE /api/relationships/{id}',
      'GET /api/export',
    ]) {
      assert.ok(paths.has(expected), `${expected} in the OpenAPI document`);
    }
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const operation of all) {
      const targets: (Parameter | null)[] = [null, ...operation.parameters];
      for (const target of targets) {
        // Unknown parameters (target null) are ignored by every route: a few values are enough there.
        const hostile = target === null ? HOSTILE.slice(4, 8) : HOSTILE;
        const values: [string, boolean][] = [
          ...hostile.map((value): [string, boolean] => [value, false]),
          ...RAW.map((value): [string, boolean] => [value, true]),
        ];
        for (const [value, raw] of values) {
          const url = urlFor(operation, target, value, raw);
          const asks = operation.write ? [{}, withKey()] : [{}];
          for (const headers of asks) {
            const status = await check(
              operation.method,
              url,
              headers,
              operation.write && operation.method !== 'DELETE' ? {} : undefined,
            );
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            requests += 1;
          }
        }
      }
    }
    assert.ok(requests > 1_000, `${requests} requests`);
    // Hostile values are refused, mostly as 400s; none of them was taken for a valid write.
    assert.ok((statuses.get(400) ?? 0) > requests / 4, JSON.stringify([...statuses]));
    assert.deepEqual(await graphCounts(db), counts);
  });
});

describe('hostile JSON bodies to the write routes', () => {
  const post = (url: string, payload: unknown) => check('POST', url, withKey(), payload);

  /** A 400 whose `field` is the one named. */
  async function refusedNaming(url: string, payload: unknown, field: string, method: 'POST' | 'PATCH' = 'POST') {
    const response = await inject({ method, url, headers: withKey(), payload: payload as object });
    assert.equal(
      response.statusCode,
      400,
      `${url} ${JSON.stringify(payload).slice(0, 200)}: ${response.body.slice(0, 300)}`,
    );
    assert.ok(isErrorBody(response.json()));
    assert.equal(response.json().field, field, response.json().message);
  }

  it('refuses wrong types, naming the field', async () => {
    await refusedNaming('/api/institutions', { id: 'x-lab', name: ['X'], kind: 'lab' }, 'name');
    await refusedNaming('/api/institutions', { id: 'x-lab', name: 'X', kind: { $ne: null } }, 'kind');
    await refusedNaming('/api/institutions', { id: 12, name: 'X', kind: 'lab' }, 'id');
    await refusedNaming('/api/institutions', { id: 'x-lab', name: 'X', kind: 'lab', aliases: [1, 2] }, 'aliases');
    // JSON.parse reads 1e309 as Infinity (a JS object cannot carry it: JSON.stringify would send null).
    const infinite = await inject({
      method: 'POST',
      url: '/api/agreements',
      headers: { ...withKey(), 'content-type': 'application/json' },
      payload: '{"id": "x-deal", "name": "X", "kind": "mou", "startYear": 1e309}',
    });
    assert.equal(infinite.statusCode, 400, infinite.body);
    assert.equal(infinite.json().field, 'startYear');
    await refusedNaming('/api/agreements', { id: 'x-deal', name: 'X', kind: 'mou', startYear: -2020 }, 'startYear');
    await refusedNaming('/api/countries', { id: 'country-xx', code: "DE' OR 1=1 --" }, 'code');
    await refusedNaming('/api/institutions/ocean-university-of-china', { city: ['Qingdao'] }, 'city', 'PATCH');
    await refusedNaming(
      '/api/institutions/ocean-university-of-china',
      { kind: '`) DETACH DELETE n //' },
      'kind',
      'PATCH',
    );
  });

  it('refuses unknown labels, relationship types and property names, naming the field', async () => {
    await refusedNaming(
      '/api/institutions',
      { id: 'x-lab', type: 'Institution`) DETACH DELETE n //', name: 'X', kind: 'lab' },
      'type',
    );
    await refusedNaming(
      '/api/institutions',
      { id: 'x-lab', name: 'X', kind: 'lab', 'name`) DETACH DELETE n //': 'x' },
      'name`) DETACH DELETE n //',
    );
    await refusedNaming('/api/institutions', { id: '}) MATCH (n) DETACH DELETE n //', name: 'X', kind: 'lab' }, 'id');
    await refusedNaming(
      '/api/relationships',
      {
        type: 'PARTY_TO]->() DETACH DELETE n //',
        source: 'ocean-university-of-china',
        target: 'hp-software-laboratory',
      },
      'type',
    );
    await refusedNaming(
      '/api/relationships',
      { type: 'party_to', source: 'ocean-university-of-china', target: 'hp-software-laboratory' },
      'type',
    );
    await refusedNaming(
      '/api/relationships',
      { type: 'PARTY_TO', source: "' OR 1=1 --", target: 'hp-software-laboratory' },
      'source',
    );
    await refusedNaming(
      '/api/relationships',
      { type: 'PARTY_TO', source: 'ocean-university-of-china', target: { id: 'x' } },
      'target',
    );

    const response = await inject({
      method: 'POST',
      url: '/api/import',
      headers: withKey(),
      payload: {
        nodes: [{ id: 'x-lab', type: 'Institution`) DETACH DELETE n //', name: 'X' }],
        relationships: [
          { type: 'KNOWS`]->(m) DETACH DELETE m //', source: 'ocean-university-of-china', target: 'hewlett-packard' },
        ],
      },
    });
    assert.equal(response.statusCode, 400);
    const fields = (response.json().errors as { record: string; field: string }[]).map(
      (error) => `${error.record.split(' ')[0]} ${error.field}`,
    );
    assert.deepEqual(fields, ['nodes[0] type', 'relationships[0] type']);
  });

  it('refuses absurd bodies without a 5xx: deep nesting, huge strings, odd JSON, other content types', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const json = { ...withKey(), 'content-type': 'application/json' };
    for (const url of ['/api/institutions', '/api/relationships', '/api/import']) {
      for (const payload of [
        `{"id": "x", "name": "X", "kind": "lab", "nodes": ${deep}, "aliases": ${deep}}`,
        `{"type": ${deep}}`,
        deep,
      ]) {
        assert.equal(await check('POST', url, json, payload), 400, url);
      }
      for (const payload of ['just a string', null, 42, [], true]) {
        const status = await post(url, payload);
        assert.ok(status === 400 || status === 415, `${url} ${JSON.stringify(payload)}: ${status}`);
      }
    }
    assert.equal(await post('/api/institutions', { id: 'x-lab', name: 'x'.repeat(1_000_001), kind: 'lab' }), 400);
    for (const [type, payload] of [
      ['application/json', '{"id": "x", "__proto__": {"admin": true}}'],
      ['application/json', '{"id": "x", "constructor": {"prototype": {"admin": true}}}'],
      ['application/json', '{"id": '],
      ['application/json', '\u0000'],
      ['text/plain', 'MATCH (n) DETACH DELETE n'],
      ['application/x-www-form-urlencoded', 'id=x&name=y'],
      ['application/xml', '<node id="x"/>'],
    ] as const) {
      const response = await inject({
        method: 'POST',
        url: '/api/institutions',
        headers: { ...withKey(), 'content-type': type },
        payload,
      });
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${type} ${payload}: ${response.statusCode}`);
      assert.ok(isErrorBody(response.json()), response.body);
    }
    assert.deepEqual(await graphCounts(db), counts);
  });
});
