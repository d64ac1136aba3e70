/**
 * GET /api/stats: counts by label and relationship type equal the seed's, and the top lists agree with
 * /api/partners.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { NODE_LABELS } from '../../core/model.js';
import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';
import { type Get, cooperation, expectError, nodesOf, openApiGet, relsOf, seed } from './read-api.js';

const db = openTestDatabase();
let app: FastifyInstance;
let get: Get;

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db);
  get = await openApiGet(app);
});
after(async () => {
  await app?.close();
  await db.close();
});

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
      for (const item of list) assert.equal((await get(`/api/partners/${item.id}?limit=1&directOnly=true`)).data.total, item.partners, item.id);
    }
    const all = (await get('/api/stats?top=100')).data;
    const best = Math.max(
      ...(await Promise.all(nodesOf('Institution').map(async (n) => (await get(`/api/partners/${n.id}?limit=1&directOnly=true`)).data.total))),
    );
    assert.equal(all.topInstitutions[0].partners, best);
  });

  it('answers 400 for a bad top', async () => {
    await expectError(get, '/api/stats?top=0', 400, 'top');
    await expectError(get, '/api/stats?top=1000', 400, 'top');
  });
});
