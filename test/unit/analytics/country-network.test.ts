/**
 * The country network on the hand-made agreements graph, and an agreement between three countries.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { countryNetwork } from '../../../server/analytics/country-network.js';
import { agreementsGraph } from './agreements-graph.js';
import { agreement, data } from './graphs.js';

describe('country network', () => {
  it('weights each pair of countries by the agreements between their institutions', () => {
    const network = countryNetwork(agreementsGraph);
    assert.deepEqual(
      network.edges.map((edge) => [edge.source, edge.target, edge.weight, edge.statedLinks]),
      [
        ['country-cn', 'country-fr', 2, 0],
        // ag4, and b's stated cooperation with Germany beside it.
        ['country-cn', 'country-de', 1, 1],
        ['country-cn', 'country-th', 1, 0],
      ],
    );
    assert.deepEqual(
      network.edges[0]!.agreements.map((item) => item.id),
      ['ag1', 'ag2'],
    );
    const china = network.nodes.find((node) => node.code === 'CN')!;
    // a and b; ag1–ag4 cross a border (ag5 does not); France, Germany, Thailand; 2 + 1 + 1 agreements.
    assert.deepEqual(
      {
        institutions: china.institutions,
        agreements: china.agreements,
        partners: china.partners,
        weightedDegree: china.weightedDegree,
      },
      { institutions: 2, agreements: 4, partners: 3, weightedDegree: 4 },
    );
    assert.equal(network.nodes[0]!.code, 'CN');
    // Countries with no link are left out.
    assert.deepEqual(network.nodes.map((node) => node.code).sort(), ['CN', 'DE', 'FR', 'TH']);
  });

  it('links every pair of the countries one agreement involves', () => {
    const network = countryNetwork(data({ agreements: [agreement('medicine', { countries: ['UZ', 'CN', 'RU'] })] }));
    assert.deepEqual(
      network.edges.map((edge) => [edge.source, edge.target, edge.weight]),
      [
        ['country-cn', 'country-ru', 1],
        ['country-cn', 'country-uz', 1],
        ['country-ru', 'country-uz', 1],
      ],
    );
    for (const node of network.nodes) assert.equal(node.partners, 2);
  });
});
