/**
 * Brokers and communities on hand-made graphs: a bridge node, two cliques joined by one edge, the sampled
 * estimate against the exact value, and the two scopes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { brokers, sampledBetweenness, scopeGraph } from '../../../server/analytics/brokers.js';
import { Random } from '../../../core/random.js';
import { data, edge, institution, links } from './graphs.js';

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);

/** Two triangles a-b-c and d-e-f, joined through x (c-x-d). */
const bridge = data({
  institutions: ['a', 'b', 'c', 'x', 'd', 'e', 'f'].map((id) => institution(id, { country: 'CN' })),
  edges: links('a-b', 'b-c', 'a-c', 'c-x', 'x-d', 'd-e', 'e-f', 'd-f'),
});

/** Two 4-cliques joined by the single edge d-e. */
const cliques = data({
  institutions: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) =>
    institution(id, { country: id < 'e' ? 'CN' : 'FR' }),
  ),
  edges: links('a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d', 'e-f', 'e-g', 'e-h', 'f-g', 'f-h', 'g-h', 'd-e'),
});

describe('brokers: betweenness', () => {
  it('puts the bridge node first, with the hand-worked normalised values', () => {
    const result = brokers(bridge.graph);
    const value = new Map(result.nodes.map((node) => [node.id, node.betweenness]));
    // x is on the shortest path of all 3 × 3 pairs across: 9 pairs; normalised 2 · 9 / ((7 − 1)(7 − 2)) = 0.6.
    close(value.get('x')!, 0.6, 'x');
    // c (and d) carry the pairs from {a, b} to {x, d, e, f}: 8 pairs, 16 / 30.
    close(value.get('c')!, 8 / 15, 'c');
    close(value.get('d')!, 8 / 15, 'd');
    for (const id of ['a', 'b', 'e', 'f']) close(value.get(id)!, 0, id);
    assert.equal(result.nodes[0]!.id, 'x');
    assert.equal(result.nodes[0]!.rank, 1);
    assert.equal(result.betweenness.method, 'exact');
    assert.equal(result.betweenness.sources, 7);
    assert.match(result.nodes[0]!.reason, /60\.0% of the shortest paths/);
  });

  it('estimates from sampled sources, and the estimate from every source is the exact value', () => {
    const g = scopeGraph(cliques.graph, 'institutions');
    const exact = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
    const everySource = sampledBetweenness(g, g.order, new Random(7));
    for (const node of g.nodes()) close(everySource[node]!, exact[node]!, node);

    // d carries the pairs from {a, b, c} to {e, f, g, h}: 12 pairs, normalised 2 · 12 / ((8 − 1)(8 − 2)).
    close(exact.d!, 24 / 42, 'd');

    // From 4 of 8 sources: deterministic for a seed, and the bridge ends still come first.
    const result = brokers(cliques.graph, { sources: 4, seed: 3 });
    assert.equal(result.betweenness.method, 'sampled');
    assert.equal(result.betweenness.sources, 4);
    assert.deepEqual(
      result.nodes
        .slice(0, 2)
        .map((node) => node.id)
        .sort(),
      ['d', 'e'],
    );
    assert.deepEqual(brokers(cliques.graph, { sources: 4, seed: 3 }).nodes, result.nodes);
  });

  it('samples once the exact run would cost more than maxWork edge visits', () => {
    // 8 nodes, 13 edges: an exact run costs 8 · (8 + 26) = 272 visits; 100 allows 100 / 34 = 2 sources.
    const result = brokers(cliques.graph, { maxWork: 100 });
    assert.equal(result.betweenness.method, 'sampled');
    assert.equal(result.betweenness.sources, 2);
    assert.equal(brokers(cliques.graph, { maxWork: 272 }).betweenness.method, 'exact');
  });
});

describe('brokers: communities', () => {
  it('finds the two cliques joined by one edge, numbered by size, with their modularity', () => {
    const result = brokers(cliques.graph);
    assert.equal(result.communities.count, 2);
    const community = new Map(result.nodes.map((node) => [node.id, node.community]));
    const first = community.get('a');
    for (const id of ['b', 'c', 'd']) assert.equal(community.get(id), first);
    for (const id of ['f', 'g', 'h']) assert.equal(community.get(id), community.get('e'));
    assert.notEqual(community.get('e'), first);
    // 13 edges; each clique has 6 inside and degree sum 13: Q = 2 (6/13 − (13/26)²) = 12/13 − 1/2.
    close(result.communities.modularity!, 12 / 13 - 0.5, 'modularity');
    assert.deepEqual(
      result.communities.list.map((item) => item.size),
      [4, 4],
    );
    // The first community (ties broken by the smallest member id) holds a; its best-connected member is d.
    assert.equal(result.communities.list[0]!.members[0]!.id, 'd');
    assert.deepEqual(result.communities.list[0]!.countries, [{ code: 'CN', count: 4 }]);
    // d links its community to the other one; a does not.
    const byId = new Map(result.nodes.map((node) => [node.id, node]));
    assert.equal(byId.get('d')!.communitiesBridged, 2);
    assert.equal(byId.get('a')!.communitiesBridged, 1);
    assert.match(byId.get('d')!.reason, /links community 1 to community 2/);
  });

  it('is deterministic: the same data gives the same communities', () => {
    assert.deepEqual(brokers(bridge.graph).nodes, brokers(bridge.graph).nodes);
  });
});

describe('brokers: scope', () => {
  // p and q meet only through France; r has no partner at all.
  const viaCountry = data({
    institutions: [
      institution('p', { country: 'CN' }),
      institution('q', { country: 'DE' }),
      institution('r', { country: 'CN' }),
    ],
    edges: [edge('p', 'FR'), edge('q', 'FR'), edge('p', 'q', { stated: true })],
  });

  it('institutions: the institution–institution graph, without lone nodes', () => {
    const result = brokers(viaCountry.graph, { scope: 'institutions' });
    assert.deepEqual(result.graph, { nodes: 2, edges: 1 });
    assert.deepEqual(result.nodes.map((node) => node.id).sort(), ['p', 'q']);
  });

  it('cooperation: countries are nodes too', () => {
    const result = brokers(viaCountry.graph, { scope: 'cooperation' });
    assert.deepEqual(result.graph, { nodes: 3, edges: 3 });
    const france = result.nodes.find((node) => node.id === 'country-fr')!;
    assert.equal(france.type, 'Country');
    assert.equal(france.country, 'FR');
  });
});

describe('brokers: nothing to broker', () => {
  // Found by Schemathesis: once writes had deleted every tie, GET /api/analytics/brokers was a 500 (graphology's
  // Louvain throws on a graph without edges).
  it('answers an empty result for a graph without cooperation, in either scope', () => {
    const lone = data({ institutions: [institution('a', { country: 'CN' })], edges: [] });
    for (const graph of [data({ institutions: [], edges: [] }).graph, lone.graph]) {
      for (const scope of ['institutions', 'cooperation'] as const) {
        const result = brokers(graph, { scope });
        assert.deepEqual(result.graph, { nodes: 0, edges: 0 });
        assert.deepEqual(result.nodes, []);
        assert.equal(result.communities.count, 0);
        assert.equal(result.communities.modularity, null);
      }
    }
  });
});
