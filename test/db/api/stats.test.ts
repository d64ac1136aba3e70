/**
 * GET /api/stats: counts by label and relationship type equal the seed's, and the top lists agree with
 * /api/partners.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../core/model.js';
import { testApp } from '../../helpers/app.js';
import { resetDatabase } from '../../helpers/context.js';
import { expectError } from '../../helpers/openapi.js';
import { cooperation, nodesOf, relsOf, seed } from '../../helpers/seed-graph.js';

const { db, get } = testApp();

describe('GET /api/stats', () => {
  it('counts nodes by label and relationships by type as the seed has them', async () => {
    const { data } = await get('/api/stats');
    for (const label of NODE_LABELS) assert.equal(data.nodes[label], nodesOf(label).length, label);
    for (const type of new Set(seed.relationships.map((r) => r.type))) {
      if (type !== 'COOPERATES_WITH') assert.equal(data.relationships[type], relsOf(type).length, type);
    }
    assert.equal(data.relationships.COOPERATES_WITH, cooperation().size);
    // One MENTIONED_IN per (node, document) pair with mentions.
    const mentions = new Set(seed.nodes.flatMap((n) => (n.mentions ?? []).map((m) => `${n.id}|${m.document}`)));
    assert.equal(data.relationships.MENTIONED_IN, mentions.size);
  });

  it('ranks institutions and countries by direct partners, as /api/partners?directOnly=true counts them', async () => {
    // The ranking counts materialised edges; /api/partners rolls up units and alliances unless directOnly.
    const { data } = await get('/api/stats?top=5');
    assert.equal(data.topInstitutions.length, 5);
    assert.ok(data.topCountries.length > 0 && data.topCountries.length <= 5);
    for (const list of [data.topInstitutions, data.topCountries]) {
      for (let i = 1; i < list.length; i += 1) assert.ok(list[i - 1].partners >= list[i].partners);
      for (const item of list)
        assert.equal(
          (await get(`/api/partners/${item.id}?limit=1&directOnly=true`)).data.total,
          item.partners,
          item.id,
        );
    }
    const all = (await get('/api/stats?top=100')).data;
    const best = Math.max(
      ...(await Promise.all(
        nodesOf('Institution').map(
          async (n) => (await get(`/api/partners/${n.id}?limit=1&directOnly=true`)).data.total,
        ),
      )),
    );
    assert.equal(all.topInstitutions[0].partners, best);
  });

  it('answers 400 for a bad top', async () => {
    await expectError(get, '/api/stats?top=0', 400, 'top');
    await expectError(get, '/api/stats?top=1000', 400, 'top');
  });

  // Last: it empties parts of the database.
  it('answers 0 for a label or type with no nodes or relationships, not a 500', async () => {
    for (const event of nodesOf('Event')) await db.write('writes/delete-node', { id: event.id, label: 'Event' });
    const { data } = await get('/api/stats');
    assert.equal(data.nodes.Event, 0);
    assert.equal(data.relationships.HOSTED, 0);
    assert.equal(data.nodes.Institution, nodesOf('Institution').length);
    await resetDatabase(db);
    const empty = await get('/api/stats');
    for (const label of NODE_LABELS) assert.equal(empty.data.nodes[label], 0, label);
    for (const type of RELATIONSHIP_TYPES) assert.equal(empty.data.relationships[type], 0, type);
    assert.deepEqual(empty.data.topInstitutions, []);
  });
});
