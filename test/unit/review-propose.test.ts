/**
 * Proposals from an extraction (server/ingest/review/propose.ts), without a database: ids that do not depend
 * on the order of the text (the queue remembers decisions by them), verbatim spans and evidence, relations
 * that point at entity proposals, a known institution resolved to its node, and the text refusals of a
 * submission (binary, too long, empty once reduced to text).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { MAX_REVIEW_TEXT } from '../../core/contract/review.js';
import { Gazetteer, extractDocument } from '../../server/ingest/extract/pipeline.js';
import { proposalsOf } from '../../server/ingest/review/propose.js';
import { plainTextOf } from '../../server/ingest/review/queue.js';

const TEXT =
  'On 12 May 2024, Ocean University of China signed a memorandum of understanding with the University of Bergen ' +
  'in Norway. A delegation of Kyoto Marine Institute also visited the university.';
const KNOWN = [
  {
    id: 'ocean-university-of-china',
    type: 'Institution' as const,
    name: 'Ocean University of China',
    aliases: ['OUC'],
    kind: 'university',
  },
];

const propose = async (text: string) =>
  proposalsOf(await extractDocument({ text, owner: 'Ocean University of China' }, { gazetteer: new Gazetteer(KNOWN) }));

describe('review proposals', () => {
  it('gives every proposal an id from its document and key, the same when the text is extracted again', async () => {
    const first = await propose(TEXT);
    const again = await propose(TEXT);
    assert.deepEqual(
      first.map((row) => row.id),
      again.map((row) => row.id),
    );
    assert.equal(new Set(first.map((row) => row.id)).size, first.length, 'ids are unique');
    for (const row of first) assert.ok(row.id.startsWith(`${row.props.document}:`));
    const other = await propose(`${TEXT} It is a new page.`);
    assert.notEqual(other[0]!.props.document, first[0]!.props.document);
  });

  it('keeps verbatim spans and evidence, and points relations at entity proposals', async () => {
    const rows = await propose(TEXT);
    const entities = new Map(rows.filter((r) => r.label === 'ProposedEntity').map((r) => [r.id, r]));
    for (const row of rows) {
      for (const span of JSON.parse(row.props.spansJson)) assert.equal(TEXT.slice(span.start, span.end), span.text);
      for (const evidence of row.props.evidence) assert.ok(TEXT.includes(evidence));
      if (row.label === 'ProposedRelation') {
        assert.ok(entities.has(row.props.source!) && entities.has(row.props.target!), row.props.name);
      }
    }
    const ouc = [...entities.values()].find((r) => r.props.name === 'Ocean University of China');
    assert.equal(ouc?.props.resolvedTo, 'ocean-university-of-china');
    const bergen = [...entities.values()].find((r) => r.props.name === 'University of Bergen');
    assert.equal(bergen?.props.resolvedTo, null);
    assert.equal(JSON.parse(bergen!.props.propertiesJson).kind, 'university');
  });

  it('refuses binary, over-long and empty texts, naming the field', () => {
    const refusal = (text: string, format?: 'html') => {
      try {
        plainTextOf({ text, ...(format ? { format } : {}) });
        return null;
      } catch (error) {
        return { name: (error as Error).name, field: (error as { field?: string }).field };
      }
    };
    assert.deepEqual(refusal('\u0000\u0001binary'), { name: 'InvalidInputError', field: 'text' });
    assert.deepEqual(refusal('x'.repeat(MAX_REVIEW_TEXT + 1)), { name: 'TooLargeError', field: 'text' });
    assert.deepEqual(refusal('<p> </p>', 'html'), { name: 'InvalidInputError', field: 'text' });
    assert.equal(
      plainTextOf({ text: '<h1>Title</h1><p>Body <b>text</b>.</p>', format: 'html' }).text.includes('Body text'),
      true,
    );
  });
});
