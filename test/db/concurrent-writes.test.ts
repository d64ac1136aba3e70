/**
 * Concurrent writes of one new id as different types
 * ==================================================
 *
 * Two imports (and the entity POST routes) racing to create the same new id as an Institution, a Person and a
 * Field: exactly one wins, the others are refused with a 4xx naming the record, and no node ever ends up with
 * two labels. The label check is part of the write transaction (cypher/queries/load/merge-nodes.cypher), so no
 * interleaving can slip between a check and the write.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';
import { API_KEY, withKey } from '../helpers/api.js';

const db = openTestDatabase();
let app: FastifyInstance;
const TRIALS = 25;

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
});
after(async () => {
  await app.close();
  await db.close();
});

const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: withKey(), payload });

describe('concurrent writes of one id', () => {
  it('never give a node two labels, and answer every request with 2xx or 4xx', async () => {
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const id = `race-${trial}`;
      const responses = await Promise.all([
        post('/api/import', { nodes: [{ id, type: 'Institution', name: `Race ${trial}`, kind: 'university' }] }),
        post('/api/import', { nodes: [{ id, type: 'Person', name: `Race ${trial}` }] }),
        post('/api/fields', { id, name: `Race ${trial}` }),
      ]);
      for (const response of responses) {
        assert.ok(response.statusCode < 500, `trial ${trial}: ${response.statusCode} ${response.body}`);
      }
      const won = responses.filter((response) => response.statusCode < 300);
      assert.equal(won.length, 1, `trial ${trial}: ${responses.map((r) => `${r.statusCode} ${r.body}`).join('\n')}`);
      for (const refused of responses.filter((response) => response.statusCode >= 400)) {
        assert.ok([400, 409].includes(refused.statusCode), refused.body);
        assert.match(refused.json().message, new RegExp(`"${id}"`), refused.body);
      }
      const [row] = await db.read('writes/find-node', { id, code: null });
      assert.ok(row, `trial ${trial}: the winner's node exists`);
    }
    const multiLabel = await db.read('admin/multi-label');
    assert.deepEqual(multiLabel, [], `nodes without exactly one label: ${JSON.stringify(multiLabel)}`);
  });

  it('roll a refused import back whole: its other records are not written either', async () => {
    for (let trial = 0; trial < 10; trial += 1) {
      const id = `race-whole-${trial}`;
      const bystander = `race-bystander-${trial}`;
      const responses = await Promise.all([
        post('/api/import', { nodes: [{ id, type: 'Institution', name: 'A', kind: 'university' }] }),
        post('/api/import', {
          nodes: [
            { id: bystander, type: 'Field', name: 'Bystander' },
            { id, type: 'Person', name: 'B' },
          ],
        }),
      ]);
      const [first, second] = responses.map((response) => response.statusCode);
      assert.ok(first! < 500 && second! < 500, responses.map((r) => r.body).join('\n'));
      assert.equal(
        [first, second].filter((status) => status! < 300).length,
        1,
        responses.map((r) => r.body).join('\n'),
      );
      const written = await db.read('load/labels-of-ids', { ids: [bystander] });
      // The bystander exists exactly when the second import won.
      assert.equal(written.length, second! < 300 ? 1 : 0, responses.map((r) => r.body).join('\n'));
    }
  });
});
