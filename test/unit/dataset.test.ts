/**
 * Dataset merging (core/dataset.ts): the reader merges every file of an input into one dataset, and inputs of
 * hundreds of thousands of records must not overflow the stack on the way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { emptyDataset, merge } from '../../core/dataset.js';

describe('reading large inputs', () => {
  it('merges files of hundreds of thousands of records without overflowing the stack', () => {
    const big = emptyDataset();
    for (let index = 0; index < 300_000; index += 1) {
      big.relationships.push({
        type: 'PARTY_TO',
        source: 'a',
        target: 'b',
        properties: {},
        mentions: [],
        origin: { file: 'f', record: `line ${index}` },
      });
    }
    const merged = merge(emptyDataset(), big);
    assert.equal(merged.relationships.length, 300_000);
  });
});
