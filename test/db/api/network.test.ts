/**
 * GET /api/network: the default graph is every institution and country joined by the COOPERATES_WITH the seed
 * derives; labels add their nodes and relationships; country, kind, field and year filters narrow it; the node
 * cap keeps the best-connected nodes and says it cut.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { expectError } from '../../helpers/openapi.js';
import { cooperation, countryOf, institutionPartners, nodeById, nodesOf, relsOf } from '../../helpers/seed-graph.js';

const { get } = testApp();
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
