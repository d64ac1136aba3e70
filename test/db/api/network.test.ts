/**
 * GET /api/network: the default graph is every institution and country joined by the COOPERATES_WITH the seed
 * derives; labels add their nodes and relationships; country, kind, field and year filters narrow it; the node
 * cap keeps the best-connected nodes and says it cut.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { gunzipSync } from 'node:zlib';

import type { GraphPayload } from '../../../core/contract/common.js';
import { decodeGraphPayload } from '../../../core/contract/network-arrow.js';
import { bumpDataVersion } from '../../../server/db/data-version.js';
import { API_KEY, withKey } from '../../helpers/api.js';
import { testApp } from '../../helpers/app.js';
import { buildTestApp, loadSeed } from '../../helpers/context.js';
import { expectError } from '../../helpers/openapi.js';
import { cooperation, countryOf, institutionPartners, nodeById, nodesOf, relsOf } from '../../helpers/seed-graph.js';

const api = testApp();
const { get } = api;
const edges = cooperation();
const pair = (a: string, b: string) => [a, b].sort().join(' ');

type Payload = {
  nodes: { id: string; type: string; country: string | null; partners: number; kind: string | null }[];
  edges: { source: string; target: string; type: string; kinds: string[]; weight: number | null }[];
  total: { nodes: number; edges: number };
  truncated: boolean;
};

function assertClosed(data: Payload) {
  const ids = new Set(data.nodes.map((n) => n.id));
  assert.equal(ids.size, data.nodes.length, 'no node twice');
  for (const edge of data.edges)
    assert.ok(ids.has(edge.source) && ids.has(edge.target), `${edge.source} - ${edge.target}`);
}

describe('GET /api/network', () => {
  it('joins every institution and country by the derived COOPERATES_WITH by default', async () => {
    const { data } = (await get('/api/network')) as { data: Payload };
    const expectedNodes = [...nodesOf('Institution'), ...nodesOf('Country')];
    assert.deepEqual(new Set(data.nodes.map((n) => n.id)), new Set(expectedNodes.map((n) => n.id)));
    const cooperating = data.edges.filter((e) => e.type === 'COOPERATES_WITH');
    assert.deepEqual(
      new Set(cooperating.map((e) => pair(e.source, e.target))),
      new Set([...edges.values()].map((e) => pair(e.a, e.b))),
    );
    assert.equal(cooperating.length, edges.size);
    // Besides cooperation, only the PART_OF ties of institutions (a faculty and its university), in their direction.
    const partOf = relsOf('PART_OF')
      .map((r) => `${r.source} ${r.target}`)
      .sort();
    const structural = data.edges.filter((e) => e.type !== 'COOPERATES_WITH');
    assert.ok(structural.every((e) => e.type === 'PART_OF' && e.weight === null));
    assert.deepEqual(structural.map((e) => `${e.source} ${e.target}`).sort(), partOf);
    assert.ok(partOf.includes('faculty-of-information-science-and-engineering ocean-university-of-china'));
    assert.deepEqual(data.total, { nodes: expectedNodes.length, edges: edges.size + partOf.length });
    assert.equal(data.truncated, false);
    for (const node of data.nodes) {
      const seedNode = nodeById.get(node.id)!;
      assert.equal(node.country, seedNode.type === 'Country' ? seedNode.code : (countryOf(node.id) ?? null));
      if (node.type === 'Institution') assert.equal(node.partners, institutionPartners(node.id, edges).size, node.id);
    }
  });

  it('caps nodes at limit, keeping the best-connected, with only edges between kept nodes', async () => {
    const full = (await get('/api/network')).data as Payload;
    const { data } = (await get('/api/network?limit=10')) as { data: Payload };
    assert.equal(data.nodes.length, 10);
    assert.equal(data.truncated, true);
    assert.deepEqual(data.total, full.total);
    assertClosed(data);
    const cutoff = Math.min(...data.nodes.map((n) => n.partners));
    assert.ok(full.nodes.filter((n) => n.partners > cutoff).every((n) => data.nodes.some((k) => k.id === n.id)));
    for (let i = 1; i < data.nodes.length; i += 1) assert.ok(data.nodes[i - 1]!.partners >= data.nodes[i]!.partners);
  });

  it('adds agreements and their PARTY_TO and WITH_COUNTRY relationships when asked', async () => {
    const { data } = (await get('/api/network?types=Institution,Country,Agreement')) as { data: Payload };
    assertClosed(data);
    assert.equal(data.nodes.filter((n) => n.type === 'Agreement').length, nodesOf('Agreement').length);
    assert.equal(data.edges.filter((e) => e.type === 'PARTY_TO').length, relsOf('PARTY_TO').length);
    assert.equal(data.edges.filter((e) => e.type === 'WITH_COUNTRY').length, relsOf('WITH_COUNTRY').length);
    const people = (await get('/api/network?types=Person,Institution')).data as Payload;
    assert.equal(people.edges.filter((e) => e.type === 'AFFILIATED_WITH').length, relsOf('AFFILIATED_WITH').length);
    assert.ok(people.nodes.every((n) => ['Person', 'Institution'].includes(n.type)));
  });

  it('keeps the nodes of the given countries', async () => {
    const { data } = (await get('/api/network?countries=GB,cn')) as { data: Payload };
    assertClosed(data);
    const expected = [...nodesOf('Institution'), ...nodesOf('Country')].filter((n) =>
      ['GB', 'CN'].includes((n.type === 'Country' ? n.code : countryOf(n.id)) ?? ''),
    );
    assert.deepEqual(new Set(data.nodes.map((n) => n.id)), new Set(expected.map((n) => n.id)));
    assert.ok(data.edges.length > 0);
  });

  it('keeps only cooperation through agreements of the given kinds and fields', async () => {
    const kind = 'joint-lab';
    const labs = new Set(
      nodesOf('Agreement')
        .filter((n) => n.kind === kind)
        .map((n) => n.id),
    );
    const expected = [...edges.values()].filter((e) => [...e.agreements].some((a) => labs.has(a)));
    assert.ok(expected.length > 0 && expected.length < edges.size);
    const { data } = (await get(`/api/network?kinds=${kind}`)) as { data: Payload };
    assertClosed(data);
    assert.deepEqual(
      new Set(data.edges.map((e) => pair(e.source, e.target))),
      new Set(expected.map((e) => pair(e.a, e.b))),
    );
    assert.deepEqual(new Set(data.nodes.map((n) => n.id)), new Set(expected.flatMap((e) => [e.a, e.b])));

    const field = relsOf('IN_FIELD').find((r) => nodeById.get(r.source)?.type === 'Agreement')!.target;
    const inField = new Set(
      relsOf('IN_FIELD')
        .filter((r) => r.target === field)
        .map((r) => r.source),
    );
    const fieldEdges = [...edges.values()].filter((e) => [...e.agreements].some((a) => inField.has(a)));
    const byField = (await get(`/api/network?fields=${field}`)).data as Payload;
    assert.deepEqual(
      new Set(byField.edges.map((e) => pair(e.source, e.target))),
      new Set(fieldEdges.map((e) => pair(e.a, e.b))),
    );
  });

  it('applies a year range to agreements and drops edges with no year; without a range they stay', async () => {
    const dated = nodesOf('Agreement').filter((n) => typeof n.startYear === 'number');
    const year = Math.min(...dated.map((n) => n.startYear!));
    const { data } = (await get(`/api/network?types=Institution,Country,Agreement&yearFrom=${year}`)) as {
      data: Payload;
    };
    assertClosed(data);
    assert.deepEqual(
      new Set(data.nodes.filter((n) => n.type === 'Agreement').map((n) => n.id)),
      new Set(dated.map((n) => n.id)),
    );
    const undated = [...edges.values()].filter((e) => ![...e.agreements].some((a) => dated.some((d) => d.id === a)));
    const kept = new Set(data.edges.filter((e) => e.type === 'COOPERATES_WITH').map((e) => pair(e.source, e.target)));
    assert.ok(undated.length > 0);
    assert.ok(undated.every((e) => !kept.has(pair(e.a, e.b))));
    const future = (await get(`/api/network?yearFrom=2999`)).data as Payload;
    assert.deepEqual(future.edges, []);
  });

  it('answers 400 naming the parameter for bad input', async () => {
    await expectError(get, '/api/network?limit=300000', 400, 'limit');
    await expectError(get, '/api/network?types=Institution,Planet', 400, 'types');
    await expectError(get, '/api/network?kinds=nope', 400, 'kinds');
    await expectError(get, '/api/network?yearFrom=20x0', 400, 'yearFrom');
    await expectError(get, '/api/network?yearFrom=2030&yearTo=2020', 400, 'yearTo');
    await expectError(get, '/api/network?countries=DEU', 400, 'countries');
  });
});

describe('GET /api/network: encodings and caching', () => {
  const ARROW = 'application/vnd.apache.arrow.stream';
  const inject = (url: string, headers: Record<string, string> = {}) => api.app.inject({ method: 'GET', url, headers });
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('gives the same graph as JSON and, asked for, as an Arrow stream', async () => {
    for (const url of [
      '/api/network',
      '/api/network?limit=7',
      '/api/network?types=Institution,Country,Agreement,Field',
      '/api/network?kinds=joint-lab&types=Institution,Country,Agreement',
    ]) {
      const json = await inject(url, { accept: 'application/json' });
      const arrow = await inject(url, { accept: ARROW });
      assert.equal(json.statusCode, 200);
      assert.match(String(json.headers['content-type']), /^application\/json/);
      assert.equal(arrow.headers['content-type'], ARROW);
      const fromJson = json.json() as GraphPayload;
      const fromArrow = decodeGraphPayload(arrow.rawPayload);
      assert.deepEqual(fromArrow.nodes, fromJson.nodes, url);
      assert.deepEqual(byId(fromArrow.edges), byId(fromJson.edges), url);
      assert.deepEqual([fromArrow.total, fromArrow.truncated], [fromJson.total, fromJson.truncated], url);
      assert.ok(fromJson.nodes.length > 0, url);
      assert.notEqual(arrow.headers.etag, json.headers.etag, 'one ETag per encoding');
    }
    const plain = await inject('/api/network', { accept: '*/*' });
    assert.match(String(plain.headers['content-type']), /^application\/json/, 'JSON stays the default');
  });

  it('answers a repeat from the cache, gzipped once, and If-None-Match with 304 until the data changes', async () => {
    const first = await inject('/api/network?limit=20', { 'accept-encoding': 'gzip' });
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['content-encoding'], 'gzip');
    assert.match(String(first.headers.vary), /Accept/);
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/"/);
    const again = await inject('/api/network?limit=20', { 'accept-encoding': 'gzip' });
    assert.deepEqual(again.rawPayload, first.rawPayload);
    assert.equal(again.headers.etag, etag);
    const reordered = await inject('/api/network?limit=20&types=Country,Institution');
    assert.equal(reordered.headers.etag, etag, 'the same filters in another order are the same answer');
    assert.deepEqual(JSON.parse(gunzipSync(first.rawPayload).toString()), reordered.json());

    const revalidated = await inject('/api/network?limit=20', { 'if-none-match': etag });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.body, '');
    assert.equal((await inject('/api/network?limit=21', { 'if-none-match': etag })).statusCode, 200, 'another query');

    await bumpDataVersion(api.db);
    const changed = await inject('/api/network?limit=20', { 'if-none-match': etag });
    assert.equal(changed.statusCode, 200, 'a write makes the ETag stale');
    assert.notEqual(changed.headers.etag, etag);
    assert.deepEqual(changed.json(), reordered.json());
  });

  it("caches the map's places per data version the same way: a repeat is the same bytes, a revalidation 304", async () => {
    const first = await inject('/api/places', { 'accept-encoding': 'gzip' });
    assert.equal(first.statusCode, 200);
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/"/);
    const places = (JSON.parse(gunzipSync(first.rawPayload).toString()) as { places: { id: string }[] }).places;
    assert.ok(
      places.some((place) => place.id === 'ocean-university-of-china'),
      'Qingdao is in the gazetteer',
    );
    assert.equal((await inject('/api/places', { 'if-none-match': etag })).statusCode, 304);
    assert.notEqual(etag, (await inject('/api/network')).headers.etag);
    await bumpDataVersion(api.db);
    const changed = await inject('/api/places', { 'if-none-match': etag });
    assert.equal(changed.statusCode, 200, 'a write makes the ETag stale');
    assert.deepEqual(changed.json().places, places);
  });

  it('serves what a write through the API changed, with the stored degrees that rank the top-k', async () => {
    const writer = await buildTestApp(api.db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
    const before = (await inject('/api/network')).json() as GraphPayload;
    const victim = before.nodes.find((node) => node.type === 'Institution' && node.partners > 1)!;
    /** Each node's stored degree against the cooperation edges drawn at it: the default view holds every one. */
    const assertDegreesMatchEdges = (payload: GraphPayload) => {
      const drawn = new Map<string, number>();
      for (const e of payload.edges) {
        if (e.type !== 'COOPERATES_WITH') continue; // PART_OF is drawn too, and is no partner
        for (const end of [e.source, e.target]) drawn.set(end, (drawn.get(end) ?? 0) + 1);
      }
      for (const node of payload.nodes) assert.equal(node.partners, drawn.get(node.id) ?? 0, node.id);
    };
    assertDegreesMatchEdges(before);
    try {
      const deleted = await writer.inject({
        method: 'DELETE',
        url: `/api/institutions/${victim.id}`,
        headers: withKey(),
      });
      assert.equal(deleted.statusCode, 200, deleted.body);
      const after = (await inject('/api/network')).json() as GraphPayload;
      assert.ok(!after.nodes.some((node) => node.id === victim.id));
      assert.ok(after.edges.length < before.edges.length);
      assertDegreesMatchEdges(after);
      const capped = (await inject(`/api/network?limit=5`)).json() as GraphPayload;
      assert.deepEqual(capped.nodes, after.nodes.slice(0, 5), 'the top-k ranks by the degrees after the write');
      assert.deepEqual(after.total, { nodes: before.total.nodes - 1, edges: after.edges.length });
    } finally {
      await writer.close();
      await loadSeed(api.db);
    }
  });
});
