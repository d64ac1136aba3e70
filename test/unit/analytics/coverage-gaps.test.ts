/**
 * Coverage gaps on a hand-made graph: which peers count under each rule, the countries they bring, the order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { coverageGaps } from '../../../server/analytics/coverage-gaps.js';
import { data, edge, institution } from './graphs.js';

/**
 * t, a Chinese university, works with France. Universities in Japan and Korea (same region) work with France,
 * Germany and the US, and with Germany; a British one (other region, no shared partner) with Brazil; a Chinese
 * college (other kind) with Italy; a Chinese company through a stated partnership with a Malaysian company.
 */
const graph = data({
  institutions: [
    institution('t', { country: 'CN' }),
    institution('u1', { country: 'JP' }),
    institution('u2', { country: 'KR' }),
    institution('u3', { country: 'GB' }),
    institution('c1', { country: 'CN', kind: 'college' }),
    institution('m1', { country: 'CN', kind: 'company' }),
    institution('m2', { country: 'MY', kind: 'company' }),
  ],
  edges: [
    edge('t', 'FR'),
    edge('u1', 'FR'),
    edge('u1', 'DE'),
    edge('u1', 'US', { weight: 2, agreements: ['x1', 'x2'] }),
    edge('u2', 'DE'),
    edge('u3', 'BR'),
    edge('c1', 'IT'),
    edge('m1', 'm2', { stated: true }),
  ],
});

describe('coverage gaps', () => {
  it('same kind and same region: Germany from two peers, the US from one', () => {
    const result = coverageGaps(graph, 't', { minPeers: 2 });
    assert.equal(result.peers.rule, 'kind-and-region-or-profile');
    assert.equal(result.peers.count, 2);
    assert.deepEqual(
      result.gaps.map((gap) => [gap.country.code, gap.peerCount, gap.peers.map((peer) => peer.id)]),
      [
        ['DE', 2, ['u1', 'u2']],
        ['US', 1, ['u1']],
      ],
    );
    assert.equal(result.gaps[0]!.share, 1);
    assert.equal(result.gaps[0]!.reason, '2 of your 2 peers work with Germany: U1 and U2');
    assert.equal(result.gaps[1]!.reason, 'U1, one of your 2 peers, works with United States');
    assert.deepEqual(
      result.covered.map((country) => country.code),
      ['FR'],
    );
    // u1 shares France with t: partners {FR} and {FR, DE, US} have Jaccard 1/3.
    assert.deepEqual(
      result.peers.sample.map((peer) => [peer.id, peer.similarity]),
      [
        ['u1', 1 / 3],
        ['u2', 0],
      ],
    );
  });

  it('falls back to the same kind when too few peers are found; ties go to more agreements', () => {
    const result = coverageGaps(graph, 't', { minPeers: 3 });
    assert.equal(result.peers.rule, 'same-kind');
    assert.equal(result.peers.count, 3);
    // The US (2 agreements) and Brazil (1) each have one peer; the US comes first.
    assert.deepEqual(
      result.gaps.map((gap) => [gap.country.code, gap.peerCount, gap.agreements]),
      [
        ['DE', 2, 2],
        ['US', 1, 2],
        ['BR', 1, 1],
      ],
    );
  });

  it('uses the rule with the most peers when none finds enough', () => {
    // kind-and-region: 2, same-kind: 3, compatible kind sharing a partner (France): u1 only, compatible kind
    // (university, college, ...): 4 with the college; never the companies.
    const result = coverageGaps(graph, 't', { minPeers: 10 });
    assert.equal(result.peers.rule, 'compatible-kind');
    assert.equal(result.peers.count, 4);
    assert.match(result.peers.definition, /compatible kind \(university, college/);
    // Peers of the same kind first, with the rule shown: the college comes last.
    assert.deepEqual(result.peers.sample.map((peer) => [peer.id, peer.sameKind]).at(-1), ['c1', false]);
  });

  it("counts a partner institution's country as covered, and never suggests the institution's own country", () => {
    const result = coverageGaps(graph, 'm1', { minPeers: 1 });
    assert.deepEqual(
      result.covered.map((country) => country.code),
      ['MY'],
    );
    // m2, a company in the same region, is m1's one peer; it works with China, m1's own country: no gap at all.
    assert.equal(result.peers.rule, 'kind-and-region-or-profile');
    assert.deepEqual(
      result.peers.sample.map((peer) => peer.id),
      ['m2'],
    );
    assert.deepEqual(result.gaps, []);
  });
});
