/**
 * The curated seed loaded into the real database: the counts by label and by relationship type that the seed
 * file defines, plus MENTIONED_IN and the derived cooperation. The file itself: test/unit/seed.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { seededDatabase } from '../helpers/app.js';
import { seed } from '../helpers/seed-graph.js';

describe('seed dataset', () => {
  const db = seededDatabase();

  it('loads to the counts by label that the seed file defines', async () => {
    const expected: Record<string, number> = {};
    for (const node of seed.nodes) expected[node.type] = (expected[node.type] ?? 0) + 1;
    const actual: Record<string, number> = {};
    for (const row of await db.read('admin/count-by-label')) actual[String(row.label)] = Number(row.count);
    assert.deepEqual(actual, expected);
    // The four texts name dozens of institutions and agreements; a regression that drops a file would show here.
    assert.ok(expected.Institution! >= 40 && expected.Agreement! >= 30 && expected.Country! >= 20);
  });

  it('loads every relationship of the file, plus MENTIONED_IN and derived cooperation', async () => {
    const expected: Record<string, number> = {};
    for (const relationship of seed.relationships) expected[relationship.type] = (expected[relationship.type] ?? 0) + 1;
    const actual: Record<string, number> = {};
    for (const row of await db.read('admin/count-by-type')) actual[String(row.type)] = Number(row.count);
    for (const [type, count] of Object.entries(expected)) {
      if (type === 'COOPERATES_WITH')
        assert.ok(actual[type]! > count, 'derivation adds cooperation edges to the stated ones');
      else assert.equal(actual[type], count, type);
    }
    const mentionPairs = new Set(
      seed.nodes.flatMap((node) => (node.mentions ?? []).map((mention) => `${node.id}|${mention.document}`)),
    );
    assert.equal(actual.MENTIONED_IN, mentionPairs.size);
  });
});
