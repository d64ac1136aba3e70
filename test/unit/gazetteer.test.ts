/**
 * Gazetteer: a city is read in its country, the most populous of a name wins, an unknown city is null
 * =====================================================================================================
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { lookupCity, normaliseCityName } from '../../server/geo/gazetteer.js';

describe('gazetteer', () => {
  it('finds a city in the country given, not a namesake elsewhere', () => {
    const scotland = lookupCity('Aberdeen', 'GB');
    const australia = lookupCity('Aberdeen', 'AU');
    assert.ok(scotland && australia);
    assert.ok(Math.abs(scotland.lat - 57.15) < 0.2 && Math.abs(scotland.lng + 2.1) < 0.2, JSON.stringify(scotland));
    assert.ok(australia.lat < 0, 'the Australian Aberdeen is south of the equator');
    assert.equal(lookupCity('Nantes', 'DE'), null, 'no Nantes in Germany');
  });

  it('prefers the most populous place of a name within a country', () => {
    // Two Jinings in China: the prefecture city in Shandong (35.4 N) and the one in Inner Mongolia (41.0 N).
    const jining = lookupCity('Jining', 'CN');
    assert.ok(jining && Math.abs(jining.lat - 35.4) < 0.2, JSON.stringify(jining));
  });

  it('reads names without case, accents or punctuation, and country codes in any case', () => {
    const jinan = lookupCity('JINAN', 'cn');
    assert.ok(jinan && Math.abs(jinan.lat - 36.67) < 0.2 && Math.abs(jinan.lng - 117.0) < 0.2);
    assert.deepEqual(lookupCity('Québec', 'CA'), lookupCity('quebec', 'CA'));
    assert.equal(normaliseCityName("Xī'ān"), 'xian');
  });

  it('answers null for an unknown city or a missing country, so the caller falls back to the centroid', () => {
    assert.equal(lookupCity('Atlantis', 'GR'), null);
    assert.equal(lookupCity('Qingdao', null), null);
    assert.equal(lookupCity('  ', 'CN'), null);
  });
});
