/**
 * GET /api/neighborhood/:id: the nodes within `depth` hops in the seed graph (every relationship but
 * MENTIONED_IN, derived COOPERATES_WITH included), nearest first, the relationships between them, and the cap.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { expectError } from '../../helpers/openapi.js';
import { byName, cooperation, nodesOf, seed } from '../../helpers/seed-graph.js';

const { get } = testApp();

/** Hop distances from `centre` over the seed's relationships (not MENTIONED_IN) and the derived cooperation. */
function distances(centre: string, depth: number): Map<string, number> {
  const adjacency = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    adjacency.set(a, (adjacency.get(a) ?? new Set()).add(b));
    adjacency.set(b, (adjacency.get(b) ?? new Set()).add(a));
  };
  for (const rel of seed.relationships) if (rel.type !== 'MENTIONED_IN') link(rel.source, rel.target);
  for (const edge of cooperation().values()) link(edge.a, edge.b);
  const seen = new Map([[centre, 0]]);
  let frontier = [centre];
  for (let hop = 1; hop <= depth; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacency.get(node) ?? []) {
        if (!seen.has(other)) {
          seen.set(other, hop);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

describe('GET /api/neighborhood/:id', () => {
  it('returns the centre first and every node within depth hops, nearest first', async () => {
    const centre = byName('Heriot-Watt University').id;
    for (const depth of [1, 2, 3]) {
      const expected = distances(centre, depth);
      const { data } = await get(`/api/neighborhood/${centre}?depth=${depth}&limit=5000`);
      assert.equal(data.centre, centre);
      assert.equal(data.nodes[0].id, centre);
      assert.deepEqual(
        new Set(data.nodes.map((n: { id: string }) => n.id)),
        new Set(expected.keys()),
        `depth ${depth}`,
      );
      assert.equal(data.total.nodes, expected.size);
      assert.equal(data.truncated, false);
      assert.equal(data.searchedDepth, depth);
      const hops = data.nodes.map((n: { id: string }) => expected.get(n.id)!);
      for (let i = 1; i < hops.length; i += 1) assert.ok(hops[i - 1] <= hops[i], 'nearest first');
    }
  });

  it('returns the relationships between the returned nodes, except MENTIONED_IN', async () => {
    const centre = byName('Heriot-Watt University').id;
    const { data } = await get(`/api/neighborhood/${centre}?depth=2&limit=5000`);
    const ids = new Set(data.nodes.map((n: { id: string }) => n.id));
    const expected = seed.relationships.filter(
      (r) => r.type !== 'MENTIONED_IN' && ids.has(r.source) && ids.has(r.target),
    );
    const got = new Set(
      data.edges.map((e: { type: string; source: string; target: string }) => `${e.source}|${e.type}|${e.target}`),
    );
    for (const rel of expected) {
      if (rel.type !== 'COOPERATES_WITH')
        assert.ok(got.has(`${rel.source}|${rel.type}|${rel.target}`), `${rel.source} ${rel.type} ${rel.target}`);
    }
    const derived = [...cooperation().values()].filter((e) => ids.has(e.a) && ids.has(e.b));
    assert.equal(data.edges.filter((e: { type: string }) => e.type === 'COOPERATES_WITH').length, derived.length);
    assert.ok(
      data.edges.every(
        (e: { source: string; target: string; type: string }) =>
          ids.has(e.source) && ids.has(e.target) && e.type !== 'MENTIONED_IN',
      ),
    );
  });

  it('caps nodes at limit and says it did, searching no farther than needed to fill it', async () => {
    const china = nodesOf('Country').find((n) => n.code === 'CN')!;
    const oneHop = distances(china.id, 1).size;
    assert.ok(oneHop > 5);
    const { data } = await get('/api/neighborhood/CN?depth=2&limit=5');
    assert.equal(data.centre, china.id);
    assert.equal(data.nodes.length, 5);
    assert.equal(data.truncated, true);
    // One hop already fills the cap: the second is not walked, and the total counts the first.
    assert.equal(data.searchedDepth, 1);
    assert.equal(data.total.nodes, oneHop);
    const nearest = (await get(`/api/neighborhood/CN?depth=2&limit=${oneHop + 1}`)).data;
    assert.equal(nearest.searchedDepth, 2);
    assert.equal(nearest.total.nodes, distances(china.id, 2).size);
  });

  it('answers 400 for a bad depth or limit and 404 for an unknown id', async () => {
    await expectError(get, '/api/neighborhood/heriot-watt-university?depth=9', 400, 'depth');
    await expectError(get, '/api/neighborhood/heriot-watt-university?depth=0', 400, 'depth');
    await expectError(get, '/api/neighborhood/heriot-watt-university?limit=100000', 400, 'limit');
    await expectError(get, '/api/neighborhood/no-such-entity', 404, 'id');
  });
});
