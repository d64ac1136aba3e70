/**
 * GET /api/network filters as users read them, on the real Neo4j with the seed: a country "works with" gives
 * that country's nodes, everything linked to them and the links that touch them ("located in" gives only its
 * nodes); a field finds the institutions in the field as well as the cooperation through its agreements.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../helpers/app.js';
import { expectError } from '../helpers/openapi.js';
import { countryOf, nodeById, relsOf } from '../helpers/seed-graph.js';

const { get } = testApp();

type Payload = {
  nodes: { id: string; type: string; country: string | null }[];
  edges: { source: string; target: string; type: string }[];
};

describe('GET /api/network: country and field filters', () => {
  it('"works with" a country: its nodes, the nodes linked to them, and only the links that touch them', async () => {
    const located = (await get('/api/network?countries=DE')).data as Payload;
    const works = (await get('/api/network?countries=DE&countryMode=partners')).data as Payload;
    const german = new Set(located.nodes.map((n) => n.id));
    assert.ok(german.size > 0);
    assert.equal(located.edges.length, 0, 'located in Germany: the seed has no link between two German nodes');
    assert.ok(
      [...german].every((id) => works.nodes.some((n) => n.id === id)),
      'every German node is kept',
    );
    assert.ok(works.edges.length > 0, 'and the links to their partners');
    for (const edge of works.edges)
      assert.ok(german.has(edge.source) || german.has(edge.target), `${edge.source} - ${edge.target} touches Germany`);
    const partners = works.nodes.filter((n) => !german.has(n.id));
    assert.ok(partners.length > 0 && partners.every((n) => n.country !== 'DE'));
    assert.ok(
      works.nodes.some((n) => n.id === 'ocean-university-of-china'),
      'SNP works with Ocean University of China',
    );
    assert.equal(countryOf('snp'), 'DE');
  });

  it('a field finds the institutions in it', async () => {
    const field = 'quantum-computing';
    const inField = relsOf('IN_FIELD')
      .filter((r) => r.target === field && nodeById.get(r.source)?.type === 'Institution')
      .map((r) => r.source);
    assert.ok(inField.length > 0, 'the seed has an institution in the field');
    const { nodes } = (await get(`/api/network?fields=${field}`)).data as Payload;
    for (const id of inField)
      assert.ok(
        nodes.some((n) => n.id === id),
        `${id} is in ${field}`,
      );
  });

  it('names the parameter of a bad country mode', async () => {
    await expectError(get, '/api/network?countries=DE&countryMode=nearby', 400, 'countryMode');
  });
});
