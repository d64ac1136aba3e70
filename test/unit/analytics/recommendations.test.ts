/**
 * Partner recommendations on a hand-made graph whose Adamic-Adar and resource-allocation scores are worked out
 * by hand, with the secondary signals (fields, countries), the exclusions and the reasons.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { recommendPartners } from '../../../server/analytics/recommendations.js';
import { data, edge, institution, links } from './graphs.js';

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);

/**
 * u cooperates with p1, p2, p3 and with Germany. p1 also works with v and w (3 partners), p2 with v (2 partners),
 * p3 with c, u's own faculty. w shares u's field; x (in the US) shares a field and Germany but no partner.
 */
const graph = data({
  fields: ['ocean', 'ai'],
  institutions: [
    institution('u', { country: 'CN', fields: ['ocean'] }),
    institution('p1', { country: 'CN' }),
    institution('p2', { country: 'FR' }),
    institution('p3', { country: 'CN' }),
    institution('v', { country: 'CN' }),
    institution('w', { country: 'FR', fields: ['ocean'] }),
    institution('x', { country: 'US', fields: ['ocean', 'ai'] }),
    institution('c', { country: 'CN', kind: 'faculty', parents: ['u'] }),
    institution('y', { country: 'US' }),
  ],
  edges: [
    ...links('u-p1', 'u-p2', 'u-p3', 'p1-v', 'p1-w', 'p2-v', 'p3-c'),
    edge('u', 'DE'),
    edge('x', 'DE'),
    edge('y', 'BR'),
  ],
});

describe('recommendations', () => {
  it('ranks by Adamic-Adar plus the secondary signals, as worked out by hand', () => {
    const result = recommendPartners(graph, 'u');
    const score = new Map(result.recommendations.map((item) => [item.institution.id, item]));
    // v: through p1 (3 partners) and p2 (2 partners): 1 / ln 3 + 1 / ln 2.
    close(score.get('v')!.linkScore, 1 / Math.log(3) + 1 / Math.log(2), 'v link');
    close(score.get('v')!.score, 1 / Math.log(3) + 1 / Math.log(2), 'v');
    // w: through p1 only, plus the same single field (Jaccard 1) × 0.5.
    close(score.get('w')!.score, 1 / Math.log(3) + 0.5, 'w');
    // x: no shared partner; fields {ocean} vs {ocean, ai}: 1/2 × 0.5; countries {DE} vs {DE}: 1 × 0.25.
    close(score.get('x')!.score, 0.25 + 0.25, 'x');
    assert.deepEqual(
      result.recommendations.map((item) => item.institution.id),
      ['v', 'w', 'x'],
    );
    assert.equal(result.candidates, 3);
  });

  it('leaves out itself, its partners, its faculty (PART_OF) and institutions with no signal', () => {
    const ids = recommendPartners(graph, 'u').recommendations.map((item) => item.institution.id);
    for (const id of ['u', 'p1', 'p2', 'p3', 'c', 'y']) assert.ok(!ids.includes(id), id);
  });

  it('scores by resource allocation on request', () => {
    const result = recommendPartners(graph, 'u', { method: 'resource-allocation' });
    const score = new Map(result.recommendations.map((item) => [item.institution.id, item.score]));
    close(score.get('v')!, 1 / 3 + 1 / 2, 'v');
    close(score.get('w')!, 1 / 3 + 0.5, 'w');
    // Now w (0.8333) and v (0.8333) tie on score; v wins on the link part.
    assert.deepEqual(
      result.recommendations.map((item) => item.institution.id),
      ['v', 'w', 'x'],
    );
    assert.match(result.definition, /resource allocation/);
  });

  it('explains each recommendation in plain words', () => {
    const [v, w, x] = recommendPartners(graph, 'u').recommendations;
    assert.deepEqual(v!.reasons, ['2 of your partners work with them: P1 and P2']);
    assert.deepEqual(
      v!.sharedPartners.map((partner) => partner.id),
      ['p1', 'p2'],
    );
    assert.deepEqual(w!.reasons, ['your partner P1 works with them', 'both work on Ocean']);
    assert.deepEqual(x!.reasons, ['both work on Ocean', 'both cooperate with Germany']);
    assert.deepEqual(
      x!.sharedCountries.map((country) => country.code),
      ['DE'],
    );
  });

  it('keeps to other countries with foreignOnly, and to `limit`', () => {
    assert.deepEqual(
      recommendPartners(graph, 'u', { foreignOnly: true }).recommendations.map((item) => item.institution.id),
      ['w', 'x'],
    );
    assert.deepEqual(
      recommendPartners(graph, 'u', { limit: 1 }).recommendations.map((item) => item.institution.id),
      ['v'],
    );
  });
});
