/**
 * What counts as cooperation is configurable, and provenance honesty is enforced by the loader's validation:
 * COOPGRAPH_NON_COOPERATION_KINDS parsing (a bad kind stops the start naming the variable), and `inferred`
 * beside mentions or empty refused naming the field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DEFAULT_NON_COOPERATION_KINDS, compatibleKinds, parseNonCooperationKinds } from '../../core/cooperation.js';
import type { Dataset } from '../../core/dataset.js';
import { loadConfig } from '../../server/config.js';
import { validate } from '../../server/ingest/validate.js';

describe('non-cooperation kinds', () => {
  it('defaults to test centres and offices, takes a list or none, and refuses a kind that is no Agreement kind', () => {
    assert.deepEqual(parseNonCooperationKinds(undefined), [...DEFAULT_NON_COOPERATION_KINDS]);
    assert.deepEqual(DEFAULT_NON_COOPERATION_KINDS, ['test-centre', 'overseas-office']);
    assert.deepEqual(parseNonCooperationKinds('none'), []);
    assert.deepEqual(parseNonCooperationKinds('test-centre, mou,test-centre'), ['test-centre', 'mou']);
    assert.throws(() => parseNonCooperationKinds('test-center'), /"test-center" is not an Agreement kind/);
    assert.throws(() => loadConfig({ COOPGRAPH_NON_COOPERATION_KINDS: 'office' }), /COOPGRAPH_NON_COOPERATION_KINDS/);
    assert.deepEqual(loadConfig({}).nonCooperationKinds, ['test-centre', 'overseas-office']);
  });

  it('groups kinds: a university is compatible with colleges and faculties, not with alliances or companies', () => {
    const kinds = compatibleKinds('university');
    assert.ok(kinds.includes('college') && kinds.includes('faculty'));
    assert.ok(!kinds.includes('alliance') && !kinds.includes('company'));
    assert.deepEqual(compatibleKinds('alliance').sort(), ['alliance', 'association']);
  });
});

describe('inferred provenance', () => {
  const origin = { file: 'inline', record: 'r' };
  const dataset = (properties: Record<string, unknown>, evidence: string[]): Dataset => ({
    nodes: [
      { id: 'doc', type: 'Document', properties: { name: 'D' }, mentions: [], origin },
      { id: 'u', type: 'Institution', properties: { name: 'U', kind: 'university' }, mentions: [], origin },
      { id: 'country-cn', type: 'Country', properties: { code: 'CN' }, mentions: [], origin },
    ],
    relationships: [
      {
        type: 'LOCATED_IN',
        source: 'u',
        target: 'country-cn',
        properties,
        mentions: evidence.map((e) => ({ document: 'doc', evidence: e })),
        origin,
      },
    ],
  });

  it('accepts a reason without mentions, refuses it beside mentions or empty, naming the field', () => {
    assert.deepEqual(validate(dataset({ inferred: 'world knowledge: U is in China' }, [])).map(String), []);
    const both = validate(dataset({ inferred: 'world knowledge' }, ['U, in China']));
    assert.equal(both.length, 1);
    assert.match(String(both[0]), /inferred/);
    assert.match(String(validate(dataset({ inferred: ' ' }, []))[0]), /field "inferred"/);
  });
});
