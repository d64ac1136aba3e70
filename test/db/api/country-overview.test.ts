/**
 * GET /api/network/countries: the seed's cooperation summed up by country, checked against the seed read
 * independently (test/helpers/seed-graph.ts): every pair of countries whose institutions cooperate, its number of
 * links, each country's institutions and domestic links; cached per data version like /api/network.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { CountryOverview } from '../../../core/contract/network.js';
import { testApp } from '../../helpers/app.js';
import { cooperation, countryOf, nodeById, nodesOf, relsOf } from '../../helpers/seed-graph.js';

const api = testApp();
const { get } = api;

/** The expected overview from the seed file: country code pairs (sorted) → links, and per country its parts. */
function expectedOverview() {
  const codeOf = (id: string) => {
    const node = nodeById.get(id)!;
    return node.type === 'Country' ? node.code : countryOf(id);
  };
  const pairs = new Map<string, number>();
  const domestic = new Map<string, number>();
  for (const edge of cooperation().values()) {
    const [one, other] = [codeOf(edge.a), codeOf(edge.b)];
    if (!one || !other) continue;
    if (one === other) domestic.set(one, (domestic.get(one) ?? 0) + 1);
    else {
      const key = [one, other].sort().join(' ');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const institutions = new Map<string, number>();
  for (const rel of relsOf('LOCATED_IN')) {
    const source = nodeById.get(rel.source);
    if (source?.type !== 'Institution') continue;
    const code = nodeById.get(rel.target)!.code!;
    institutions.set(code, (institutions.get(code) ?? 0) + 1);
  }
  return { pairs, domestic, institutions };
}

describe('GET /api/network/countries', () => {
  it('sums the cooperation up by pairs of countries, as the seed says', async () => {
    const { data } = (await get('/api/network/countries')) as { data: CountryOverview };
    const expected = expectedOverview();
    const codeOfNode = new Map(data.nodes.map((node) => [node.id, node.country!]));
    const actualPairs = new Map(
      data.edges.map((edge) => [
        [codeOfNode.get(edge.source)!, codeOfNode.get(edge.target)!].sort().join(' '),
        edge.weight,
      ]),
    );
    assert.ok(expected.pairs.size >= 5, 'the seed has cross-border cooperation to compare');
    assert.deepEqual(actualPairs, expected.pairs);
    assert.ok(data.edges.every((edge) => edge.type === 'CROSS_BORDER' && edge.source !== edge.target));
    for (const node of data.nodes) {
      assert.equal(node.type, 'Country');
      assert.equal(node.institutions, expected.institutions.get(node.country!) ?? 0, `${node.country} institutions`);
      assert.equal(node.domestic, expected.domestic.get(node.country!) ?? 0, `${node.country} domestic`);
      const linked = [...expected.pairs.keys()].filter((key) => key.split(' ').includes(node.country!)).length;
      assert.equal(node.partners, linked, `${node.country} partner countries`);
    }
    // Largest first; only countries with institutions or cooperation are in it.
    assert.deepEqual(
      data.nodes.map((node) => node.institutions),
      [...data.nodes.map((node) => node.institutions)].sort((a, b) => b - a),
    );
    const institutions = nodesOf('Institution').length;
    const located = [...expected.institutions.values()].reduce((sum, n) => sum + n, 0);
    const links = [...expected.pairs.values(), ...expected.domestic.values()].reduce((sum, n) => sum + n, 0);
    assert.deepEqual(data.total, { institutions, located, links });
  });

  it('is cached per data version: a repeat is a hit, a revalidation a 304', async () => {
    const first = await api.app.inject({ method: 'GET', url: '/api/network/countries' });
    const etag = first.headers.etag as string;
    assert.ok(etag);
    const repeat = await api.app.inject({ method: 'GET', url: '/api/network/countries' });
    assert.equal(repeat.headers['x-coopgraph-cache'], 'hit');
    assert.equal(repeat.body, first.body);
    const revalidated = await api.app.inject({
      method: 'GET',
      url: '/api/network/countries',
      headers: { 'if-none-match': etag },
    });
    assert.equal(revalidated.statusCode, 304);
  });
});
