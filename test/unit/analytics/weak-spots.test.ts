/**
 * Weak spots on the hand-made agreements graph (agreements-graph.ts), answers worked out by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { weakSpots } from '../../../server/analytics/weak-spots.js';
import { agreementsGraph } from './agreements-graph.js';
import { agreement, data, edge, institution } from './graphs.js';

const result = weakSpots(agreementsGraph, { year: 2024 });

describe('weak spots: countries', () => {
  it('Thailand hangs on one agreement and one institution; Germany on one agreement; France and China hold', () => {
    assert.deepEqual(
      result.countries.map((item) => [item.country.code, item.weaknesses]),
      [
        ['TH', ['single-agreement', 'single-institution']],
        ['DE', ['single-agreement']],
      ],
    );
    const [thailand, germany] = result.countries;
    assert.deepEqual(thailand!.agreements, [{ id: 'ag3', name: 'AG3' }]);
    assert.deepEqual(
      thailand!.institutions.map((item) => item.id),
      ['a'],
    );
    assert.equal(
      thailand!.reason,
      'the relationship with Thailand hangs on a single agreement (AG3) and a single institution (A)',
    );
    // Germany: ag4 through a, and b's stated cooperation: two institutions, one agreement.
    assert.equal(germany!.agreementCount, 1);
    assert.equal(germany!.statedLinks, 1);
    assert.deepEqual(
      germany!.institutions.map((item) => item.id),
      ['a', 'b'],
    );
  });

  it('a country known only from stated cooperation has no agreement', () => {
    const stated = data({
      institutions: [institution('s', { country: 'CN' }), institution('m', { country: 'MY' })],
      edges: [edge('s', 'm', { stated: true })],
    });
    const countries = weakSpots(stated, { year: 2024 }).countries;
    // Seen from each side: Malaysia's relationship is held by s, China's by m.
    assert.deepEqual(
      countries.map((item) => [item.country.code, item.weaknesses, item.statedLinks]),
      [
        ['CN', ['no-agreement', 'single-institution'], 1],
        ['MY', ['no-agreement', 'single-institution'], 1],
      ],
    );
    assert.match(countries[0]!.reason, /no agreement, only 1 stated cooperation and a single institution \(M\)/);
  });

  it('an agreement between countries with no institution as a party', () => {
    const countriesOnly = data({ agreements: [agreement('lab', { countries: ['CN', 'RU'] })] });
    assert.deepEqual(
      weakSpots(countriesOnly, { year: 2024 }).countries.map((item) => [item.country.code, item.weaknesses]),
      [
        ['CN', ['single-agreement', 'no-institution']],
        ['RU', ['single-agreement', 'no-institution']],
      ],
    );
  });
});

describe('weak spots: institutions', () => {
  it('lists the institutions with exactly one foreign partner', () => {
    // a: f1, d1 and Thailand; b: f2 and Germany (France is f2's country); f1, f2, d1: one Chinese partner each.
    assert.deepEqual(
      result.institutions.map((item) => [item.institution.id, item.partner.id]),
      [
        ['d1', 'a'],
        ['f1', 'a'],
        ['f2', 'b'],
      ],
    );
    assert.equal(result.institutions[0]!.reason, "D1's only foreign partner is A");
  });

  it('names a single foreign country when there is no institution abroad', () => {
    const single = data({
      institutions: [institution('s', { country: 'CN' })],
      edges: [edge('s', 'JP', { stated: true })],
    });
    const [item] = weakSpots(single, { year: 2024 }).institutions;
    assert.deepEqual(item!.partner, { id: 'country-jp', type: 'Country', name: 'Japan' });
    assert.match(item!.reason, /one foreign country only, Japan/);
  });
});

describe('weak spots: agreements', () => {
  it('lists ended agreements first, then undated ones', () => {
    assert.deepEqual(
      result.agreements.map((item) => [item.agreement.id, item.problems]),
      [
        ['ag2', ['ended']],
        ['ag4', ['ended']],
        ['ag5', ['undated']],
      ],
    );
    assert.equal(result.agreements[0]!.reason, 'it has ended');
    assert.equal(result.agreements[1]!.reason, 'its end year 2019 has passed');
    assert.deepEqual(
      result.agreements[2]!.parties.map((party) => party.id),
      ['a', 'b'],
    );
  });

  it('compares end years with the given year', () => {
    const ids = weakSpots(agreementsGraph, { year: 2019 }).agreements.map((item) => item.agreement.id);
    assert.deepEqual(ids, ['ag2', 'ag5']);
  });
});
