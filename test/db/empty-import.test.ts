/**
 * Imports that change nothing cost nothing
 * ========================================
 *
 * An empty import, or the graph's own export imported back, changes nothing: no derivation of COOPERATES_WITH
 * runs and the data version (the analytics cache key) stays. A change the derivation does not read (a new field)
 * moves the version without a derivation; a new PARTY_TO derives.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { readDataVersion } from '../../server/db/data-version.js';
import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';
import { API_KEY, withKey } from '../helpers/api.js';

const db = openTestDatabase();
let app: FastifyInstance;

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
});
after(async () => {
  await app.close();
  await db.close();
});

const importing = (payload: object) => app.inject({ method: 'POST', url: '/api/import', headers: withKey(), payload });

describe('POST /api/import that changes nothing', () => {
  it('an empty import: no derivation, the same data version', async () => {
    const version = await readDataVersion(db);
    for (const payload of [{}, { nodes: [], relationships: [] }]) {
      const response = await importing(payload);
      assert.equal(response.statusCode, 200, response.body);
      const summary = response.json();
      assert.equal(summary.derived, false);
      assert.deepEqual(summary.nodes, { created: 0, updated: 0, unchanged: 0 });
      assert.ok(summary.cooperationEdges > 0, 'the count of cooperation edges is still reported');
    }
    assert.equal(await readDataVersion(db), version);
  });

  it('the graph exported and imported back: no derivation, the same data version', async () => {
    const exported = await app.inject({ method: 'GET', url: '/api/export?format=json' });
    const version = await readDataVersion(db);
    const response = await importing(exported.json());
    assert.equal(response.statusCode, 200, response.body);
    const summary = response.json();
    assert.equal(
      summary.nodes.created + summary.nodes.updated + summary.relationships.created + summary.relationships.updated,
      0,
      response.body,
    );
    assert.equal(summary.derived, false);
    assert.equal(await readDataVersion(db), version);
  });

  it('a change the derivation does not read moves the version only; a PARTY_TO derives', async () => {
    const version = await readDataVersion(db);
    const field = await importing({ nodes: [{ id: 'marine-acoustics', type: 'Field', name: 'Marine acoustics' }] });
    assert.equal(field.statusCode, 200, field.body);
    assert.equal(field.json().derived, false);
    assert.notEqual(await readDataVersion(db), version);
    const party = await importing({
      nodes: [{ id: 'acoustics-lab', type: 'Agreement', name: 'Acoustics Lab', kind: 'joint-lab' }],
      relationships: [{ type: 'PARTY_TO', source: 'ocean-university-of-china', target: 'acoustics-lab', role: 'lead' }],
    });
    assert.equal(party.statusCode, 200, party.body);
    assert.equal(party.json().derived, true);
  });
});
