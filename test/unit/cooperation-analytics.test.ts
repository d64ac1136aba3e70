/**
 * Cooperation semantics in the analytics, on small hand-made graphs with hand-worked answers (no database):
 * roll-up along PART_OF, ties through alliances, kind compatibility, reasons that say something, tie-breaking,
 * heatmap gaps only where peers fill, country-level agreements, hub topology in the country network.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { countryNetwork } from '../../server/analytics/country-network.js';
import { coverageGaps } from '../../server/analytics/coverage-gaps.js';
import { fieldCountryMatrix } from '../../server/analytics/field-country-matrix.js';
import { ties } from '../../server/analytics/model.js';
import { recommendPartners } from '../../server/analytics/recommendations.js';
import { weakSpots } from '../../server/analytics/weak-spots.js';
import { agreement, c, data, edge, institution } from './analytics/graphs.js';

/**
 * uni (CN) has a faculty fac that works with h (GB) on ag1 (ocean). uni itself works with d (DE) on ag2. uni is a
 * member of the alliance al (CN), which cooperates with Russia and has another member o (CN university).
 */
const rolled = data({
  fields: ['ocean'],
  institutions: [
    institution('uni', { country: 'CN', memberOf: ['al'] }),
    institution('fac', { country: 'CN', kind: 'faculty', parents: ['uni'] }),
    institution('h', { country: 'GB' }),
    institution('d', { country: 'DE' }),
    institution('al', { country: 'CN', kind: 'alliance' }),
    institution('o', { country: 'CN', memberOf: ['al'] }),
  ],
  agreements: [
    agreement('ag1', { parties: ['fac', 'h'], fields: ['ocean'] }),
    agreement('ag2', { parties: ['uni', 'd'] }),
  ],
  edges: [
    edge('fac', 'h', { agreements: ['ag1'] }),
    edge('fac', 'GB', { agreements: ['ag1'] }),
    edge('h', 'CN', { agreements: ['ag1'] }),
    edge('uni', 'd', { agreements: ['ag2'] }),
    edge('uni', 'DE', { agreements: ['ag2'] }),
    edge('d', 'CN', { agreements: ['ag2'] }),
    edge('al', 'RU', { stated: true }),
  ],
});

describe('roll-up and alliances', () => {
  it("counts a unit's partners as the institution's, via the unit, and the alliance's as weaker ties", () => {
    const tied = ties(rolled, 'uni');
    assert.deepEqual(tied.get('d'), { tie: 'direct', via: [] });
    assert.deepEqual(tied.get('h'), { tie: 'unit', via: ['fac'] });
    assert.deepEqual(tied.get(c('GB')), { tie: 'unit', via: ['fac'] });
    assert.deepEqual(tied.get('al'), { tie: 'alliance', via: ['al'] });
    assert.deepEqual(tied.get('o'), { tie: 'alliance', via: ['al'] });
    assert.deepEqual(tied.get(c('RU')), { tie: 'alliance', via: ['al'] });
    assert.ok(!tied.has('fac'), 'its own faculty is no partner');
    assert.deepEqual([...ties(rolled, 'uni', { directOnly: true }).keys()].sort(), [c('DE'), 'd']);
  });

  it('covers the United Kingdom through the faculty and Russia through the alliance; directOnly does not', () => {
    const codes = (options = {}) => coverageGaps(rolled, 'uni', { minPeers: 1, ...options }).covered.map((x) => x.code);
    // By name: Germany, Russia, United Kingdom.
    assert.deepEqual(codes(), ['DE', 'RU', 'GB']);
    assert.deepEqual(codes({ directOnly: true }), ['DE']);
  });

  it("never recommends the alliance it joined, its members, its unit or its unit's partner", () => {
    const ids = recommendPartners(rolled, 'uni', { kinds: ['university', 'alliance', 'faculty'] }).recommendations.map(
      (r) => r.institution.id,
    );
    for (const id of ['al', 'o', 'fac', 'h', 'd']) assert.ok(!ids.includes(id), id);
  });

  it("rolls the faculty's agreements into the heatmap of its university", () => {
    const matrix = fieldCountryMatrix(rolled, { institution: 'uni' });
    assert.equal(matrix.agreements, 2);
    const direct = fieldCountryMatrix(rolled, { institution: 'uni', directOnly: true });
    assert.equal(direct.agreements, 1);
  });
});

/**
 * u (CN university) works with p (GB university). Candidates: q (GB university) and k (GB company), both also
 * partners of p (so both share a partner with u), and v (vocational alliance, partner of p too).
 */
const kinds = data({
  institutions: [
    institution('u', { country: 'CN' }),
    institution('p', { country: 'GB' }),
    institution('q', { country: 'FR' }),
    institution('k', { country: 'FR', kind: 'company' }),
    institution('v', { country: 'CN', kind: 'alliance' }),
    institution('r', { country: 'FR' }),
  ],
  agreements: [
    agreement('x1', { parties: ['u', 'p'] }),
    agreement('x2', { parties: ['p', 'q'] }),
    agreement('x3', { parties: ['p', 'k'] }),
    agreement('x4', { parties: ['p', 'v'] }),
    agreement('x5', { parties: ['p', 'r'] }),
    agreement('x6', { parties: ['r', 'k'] }),
  ],
  edges: [
    edge('u', 'p', { agreements: ['x1'] }),
    edge('p', 'q', { agreements: ['x2'] }),
    edge('p', 'k', { agreements: ['x3'] }),
    edge('p', 'v', { agreements: ['x4'] }),
    edge('p', 'r', { agreements: ['x5'] }),
    edge('r', 'k', { agreements: ['x6'] }),
    edge('u', 'GB', { agreements: ['x1'] }),
    edge('p', 'CN', { agreements: ['x1', 'x4'] }),
    edge('q', 'GB', { agreements: ['x2'] }),
    edge('k', 'GB', { agreements: ['x3'] }),
    edge('r', 'GB', { agreements: ['x5'] }),
  ],
});

describe('recommendations a person would accept', () => {
  it('recommends universities to a university: no company, no alliance unless asked', () => {
    const result = recommendPartners(kinds, 'u');
    assert.deepEqual(
      result.recommendations.map((r) => r.institution.id),
      ['r', 'q'],
    );
    assert.ok(result.kinds.includes('university') && !result.kinds.includes('company'));
    const asked = recommendPartners(kinds, 'u', { kinds: ['alliance', 'company'] });
    assert.deepEqual(asked.recommendations.map((r) => r.institution.id).sort(), ['k', 'v']);
  });

  it("breaks equal scores by the candidate's agreements, and says so", () => {
    // q and r both come through p, which has 5 partners (u, q, k, v, r): 1 / ln 5 each, no other signal. r is
    // party to two agreements (x5, x6), q to one (x2): r first, although q comes first by name.
    const [first, second] = recommendPartners(kinds, 'u').recommendations;
    assert.equal(first!.score, 1 / Math.log(5));
    assert.equal(second!.score, first!.score);
    assert.deepEqual(
      [first!.institution.id, first!.activity, second!.institution.id, second!.activity],
      ['r', 2, 'q', 1],
    );
    assert.match(
      recommendPartners(kinds, 'u').definition,
      /equal scores: the candidate with more agreements first, then by name/,
    );
  });

  it("gives no reason from the partners' home country: nobody 'cooperates with the United Kingdom' in common", () => {
    // u's only country is GB, the home of its partner p: no country signal, no such reason.
    for (const item of recommendPartners(kinds, 'u').recommendations) {
      assert.equal(item.countrySimilarity, 0);
      assert.ok(!item.reasons.some((reason) => reason.startsWith('both cooperate with')), item.reasons.join());
    }
  });
});

describe('heatmap gaps only where peers fill', () => {
  it('counts as gaps only the empty cells a peer fills', () => {
    // a (CN) has ocean with FR (ag1) and ai with DE (ag2); its peer b (CN university) has ocean with DE (ag3).
    const graph = data({
      fields: ['ocean', 'ai'],
      institutions: [
        institution('a', { country: 'CN' }),
        institution('b', { country: 'CN' }),
        institution('f', { country: 'FR' }),
        institution('g', { country: 'DE' }),
      ],
      agreements: [
        agreement('ag1', { parties: ['a', 'f'], fields: ['ocean'] }),
        agreement('ag2', { parties: ['a', 'g'], fields: ['ai'] }),
        agreement('ag3', { parties: ['b', 'g'], fields: ['ocean'] }),
      ],
      edges: [
        edge('a', 'f', { agreements: ['ag1'] }),
        edge('a', 'g', { agreements: ['ag2'] }),
        edge('b', 'g', { agreements: ['ag3'] }),
        edge('a', 'FR', { agreements: ['ag1'] }),
        edge('a', 'DE', { agreements: ['ag2'] }),
        edge('b', 'DE', { agreements: ['ag3'] }),
      ],
    });
    const matrix = fieldCountryMatrix(graph, { institution: 'a' });
    // Columns FR, DE (never CN, its own); rows ocean, ai. Empty: ocean×DE (b fills it) and ai×FR (nobody).
    assert.ok(!matrix.countries.some((country) => country.code === 'CN'));
    assert.equal(matrix.emptyCells, 2);
    assert.equal(matrix.gapCells, 1);
    const row = matrix.fields.findIndex((field) => field.id === 'ocean');
    const column = matrix.countries.findIndex((country) => country.code === 'DE');
    assert.equal(matrix.peerCells![row]![column], 1);
    assert.equal(fieldCountryMatrix(graph).gapCells, null);
  });
});

describe('country-level agreements and hub topology', () => {
  // Two agreements signed between China and Russia (no institution), and the alliance al (CN) states Russia.
  const levels = data({
    institutions: [institution('al', { country: 'CN', kind: 'alliance' })],
    agreements: [
      agreement('lab', { countries: ['CN', 'RU'] }),
      agreement('project', { countries: ['CN', 'RU', 'UZ'] }),
    ],
    edges: [edge('al', 'RU', { stated: true })],
  });

  it('Russia: 2 country-level agreements and 1 institution is no weak spot; Uzbekistan hangs on one', () => {
    const countries = new Map(weakSpots(levels, { year: 2025 }).countries.map((item) => [item.country.code, item]));
    assert.ok(!countries.has('RU'));
    const uzbekistan = countries.get('UZ')!;
    assert.deepEqual(uzbekistan.weaknesses, ['single-agreement', 'no-institution']);
    assert.equal(uzbekistan.countryLevelAgreements, 1);
    assert.match(
      uzbekistan.reason,
      /a single country-level agreement \(PROJECT\).*\(Uzbekistan: 1 agreement \(1 country-level\), 0 institutions\)/,
    );
  });

  it('counts country-level agreements for the country pair', () => {
    const edges = countryNetwork(levels).edges;
    assert.equal(edges.find((e) => e.source === c('CN') && e.target === c('RU'))!.weight, 2);
  });

  it("links a hub's lead country with each partner's, never the partners' countries with each other", () => {
    const hub = data({
      institutions: [
        institution('fac', { country: 'CN' }),
        institution('ab', { country: 'GB' }),
        institution('tx', { country: 'US' }),
      ],
      agreements: [{ ...agreement('sp', { parties: ['fac', 'ab', 'tx'] }), topology: 'hub', leads: ['fac'] }],
    });
    const pairs = countryNetwork(hub)
      .edges.map((e) => `${e.source}-${e.target}`)
      .sort();
    assert.deepEqual(pairs, [`${c('CN')}-${c('GB')}`, `${c('CN')}-${c('US')}`]);
    // And the UK's relationship through it is held by the faculty only, not by Texas.
    const uk = weakSpots(hub, { year: 2025 }).countries.find((item) => item.country.code === 'GB')!;
    assert.deepEqual(
      uk.institutions.map((i) => i.id),
      ['fac'],
    );
  });

  it('leaves non-cooperation kinds out of the analyses', () => {
    const centre = data({
      institutions: [institution('q', { country: 'CN' })],
      agreements: [agreement('toefl', { parties: ['q'], countries: ['US'], kind: 'test-centre' })],
    });
    assert.equal(centre.agreements.length, 0);
  });
});
