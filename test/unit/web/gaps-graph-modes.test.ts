/**
 * The Gaps panel's graph helpers (web/panels/gaps/graph-modes.ts), without a browser: community colours,
 * betweenness sizes and back to the explorer's encoding, and a recommendation as paths for the overlay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { createGraph, mergePayload } from '../../../web/graph/from-payload.js';
import { nodeColor } from '../../../web/graph/style.js';
import {
  BETWEENNESS_SIZES,
  COMMUNITY_PALETTE,
  OTHER_COMMUNITY,
  OUTSIDE_ANALYSIS,
  applyGraphModes,
  betweennessSize,
  communityColor,
  recommendationPaths,
} from '../../../web/panels/gaps/graph-modes.js';

function graph() {
  const g = createGraph();
  const node = (id: string, kind: string | null, partners: number) => ({
    id,
    type: 'Institution' as const,
    name: id,
    kind,
    country: 'CN',
    partners,
  });
  mergePayload(g, {
    nodes: [node('a', 'university', 3), node('b', 'company', 1), node('c', 'government', 1)],
    edges: [
      {
        id: 'a|COOPERATES_WITH|b',
        source: 'a',
        target: 'b',
        type: 'COOPERATES_WITH',
        weight: 1,
        kinds: [],
        firstYear: null,
        stated: false,
      },
    ],
  });
  return g;
}

describe('Gaps panel graph modes', () => {
  it('colours by community: the ten largest get the palette, the rest one neutral hue', () => {
    assert.equal(communityColor(1), COMMUNITY_PALETTE[0]);
    assert.equal(communityColor(10), COMMUNITY_PALETTE[9]);
    assert.equal(communityColor(11), OTHER_COMMUNITY);
    assert.equal(communityColor(undefined), OUTSIDE_ANALYSIS);
  });

  it('sizes by the square root of betweenness, between the minimum and maximum', () => {
    assert.equal(betweennessSize(0, 0.5), BETWEENNESS_SIZES.min);
    assert.equal(betweennessSize(undefined, 0.5), BETWEENNESS_SIZES.min);
    assert.equal(betweennessSize(0.5, 0.5), BETWEENNESS_SIZES.max);
    assert.equal(
      betweennessSize(0.125, 0.5),
      BETWEENNESS_SIZES.min + (BETWEENNESS_SIZES.max - BETWEENNESS_SIZES.min) / 2,
    );
  });

  it('applies the modes to the graph and gives the explorer its own colours and sizes back', () => {
    const g = graph();
    const original = g.mapNodes((node, attributes) => [node, attributes.color, attributes.size]);
    const metrics = new Map([
      ['a', { community: 2, betweenness: 0.4 }],
      ['b', { community: 1, betweenness: 0.1 }],
    ]);
    applyGraphModes(g, { byCommunity: true, byBetweenness: true }, metrics);
    assert.deepEqual(
      g.mapNodes((node, attributes) => [node, attributes.color, attributes.size]),
      [
        ['a', COMMUNITY_PALETTE[1], BETWEENNESS_SIZES.max],
        ['b', COMMUNITY_PALETTE[0], betweennessSize(0.1, 0.4)],
        ['c', OUTSIDE_ANALYSIS, BETWEENNESS_SIZES.min],
      ],
    );
    applyGraphModes(g, { byCommunity: false, byBetweenness: false }, metrics);
    assert.deepEqual(
      g.mapNodes((node, attributes) => [node, attributes.color, attributes.size]),
      original,
    );
    assert.equal(g.getNodeAttribute('a', 'color'), nodeColor('Institution', 'university'));
  });

  it('turns a recommendation into paths through each shared partner', () => {
    const institution = { id: 'hp', name: 'HP' };
    const base = {
      score: 1,
      linkScore: 1,
      fieldSimilarity: 0,
      countrySimilarity: 0,
      activity: 0,
      sharedFields: [],
      sharedCountries: [],
      reasons: [],
    };
    const candidate = { id: 'snp', name: 'SNP', kind: 'company', country: 'DE' };
    const via = recommendationPaths(institution, {
      ...base,
      institution: candidate,
      sharedPartners: [{ id: 'ouc', name: 'OUC', kind: 'university', country: 'CN' }],
    });
    assert.deepEqual(
      via.paths.map((path) => path.nodes.map((node) => node.id)),
      [['hp', 'ouc', 'snp']],
    );
    assert.deepEqual(via.paths[0]!.edges, [
      { type: 'COOPERATES_WITH', source: 'hp', target: 'ouc' },
      { type: 'COOPERATES_WITH', source: 'ouc', target: 'snp' },
    ]);
    const alone = recommendationPaths(institution, { ...base, institution: candidate, sharedPartners: [] });
    assert.deepEqual(
      alone.paths.map((path) => path.nodes.map((node) => node.id)),
      [['hp'], ['snp']],
    );
  });
});
