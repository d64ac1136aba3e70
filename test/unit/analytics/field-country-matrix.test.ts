/**
 * The field × country matrix on the hand-made agreements graph (agreements-graph.ts), for the whole network and
 * for one institution, cell by cell.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { fieldCountryMatrix } from '../../../server/analytics/field-country-matrix.js';
import { agreementsGraph } from './agreements-graph.js';

describe('field × country matrix', () => {
  it('counts every agreement for every country it involves, over the whole network', () => {
    const matrix = fieldCountryMatrix(agreementsGraph);
    assert.equal(matrix.institution, null);
    // Rows by agreements: ocean (ag1, ag2, ag5), ai (ag2, ag3), energy (a's own field, no agreement).
    assert.deepEqual(
      matrix.fields.map((field) => field.id),
      ['ocean', 'ai', 'energy'],
    );
    assert.deepEqual(matrix.fieldTotals, [3, 2, 0]);
    // Columns: China (all five), France (ag1, ag2), then Germany and Thailand (one each) by name.
    assert.deepEqual(
      matrix.countries.map((country) => country.code),
      ['CN', 'FR', 'DE', 'TH'],
    );
    assert.deepEqual(matrix.countryTotals, [5, 2, 1, 1]);
    assert.deepEqual(matrix.cells, [
      [3, 2, 0, 0],
      [2, 1, 0, 1],
      [0, 0, 0, 0],
    ]);
    // ag4 names no field: China and Germany.
    assert.deepEqual(matrix.unclassified, { agreements: 1, byCountry: [1, 0, 1, 0] });
    assert.equal(matrix.agreements, 5);
    assert.equal(matrix.emptyCells, 7);
  });

  it("counts one institution's agreements against foreign countries only", () => {
    const matrix = fieldCountryMatrix(agreementsGraph, { institution: 'a' });
    assert.equal(matrix.institution?.id, 'a');
    // a is party to ag1, ag3, ag4, ag5; its fields: energy (own), ocean (ag1, ag5), ai (ag3).
    assert.deepEqual(
      matrix.fields.map((field) => field.id),
      ['ocean', 'ai', 'energy'],
    );
    assert.deepEqual(matrix.fieldTotals, [2, 1, 0]);
    assert.deepEqual(
      matrix.countries.map((country) => country.code),
      ['FR', 'DE', 'TH'],
    );
    assert.deepEqual(matrix.cells, [
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    assert.deepEqual(matrix.unclassified, { agreements: 1, byCountry: [0, 1, 0] });
    assert.equal(matrix.agreements, 4);
    assert.equal(matrix.emptyCells, 7);
  });
});
