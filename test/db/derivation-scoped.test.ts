/**
 * Scoped derivation
 * =================
 *
 * A small write re-derives the cooperation edges of the institutions it can change, not of the whole graph
 * (server/ingest/derive.ts, cypher/queries/derive-scoped). On the small generated dataset, each kind of write
 * (a new agreement, a party added to a hub, an agreement's kind made non-cooperation, an institution moved to
 * another country, deletes of an agreement, an institution, a PARTY_TO and a stated edge) is flagged with its
 * scope and derived scoped; the graph must then be exactly what a full derivation makes of the same data
 * (every edge with its weight, agreements, kinds and first year, and every stored degree).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { DEFAULT_NON_COOPERATION_KINDS } from '../../core/cooperation.js';
import type { Row } from '../../server/db/database.js';
import { deriveCooperation, readDerivationState } from '../../server/ingest/derive.js';
import { loadPath } from '../../server/ingest/load.js';
import { writeDataset } from '../../server/ingest/write.js';
import { API_KEY, withKey } from '../helpers/api.js';
import { buildTestApp, openTestDatabase, resetDatabase } from '../helpers/context.js';
import { dataset, node, rel } from '../helpers/inline-dataset.js';
import { syntheticFiles } from '../helpers/synthetic.js';

const db = openTestDatabase();
let app: FastifyInstance;
const synthetic = syntheticFiles();

/** The whole graph, with the order of derived lists (from collect()) made irrelevant. */
async function dump(): Promise<Row[]> {
  const rows = await db.read('admin/dump');
  for (const row of rows) {
    for (const relationship of row.relationships as { properties: Record<string, unknown> }[]) {
      for (const key of ['agreementIds', 'kinds']) {
        const value = relationship.properties[key];
        if (Array.isArray(value)) relationship.properties[key] = [...value].sort();
      }
    }
  }
  return rows;
}

/** Checks the last run was scoped and a full run changes nothing; returns the scope's size. */
async function assertScopedWasFull(): Promise<number> {
  const scoped = await dump();
  const state = await readDerivationState(db);
  assert.equal(state.pending, false);
  assert.ok(state.derivedScope !== null, 'the last run derived a scope, not every institution');
  // Nothing pending: a run derives every institution.
  await deriveCooperation(db);
  assert.equal((await readDerivationState(db)).derivedScope, null);
  assert.deepEqual(scoped, await dump());
  return state.derivedScope;
}

/** Derives what a write left pending (scoped, as it flagged it), then checks a full run changes nothing. */
async function assertScopedEqualsFull(): Promise<string[]> {
  const state = await readDerivationState(db);
  assert.equal(state.pending, true, 'the write flagged the derivation');
  assert.ok(state.scope !== null, 'the write gave its scope');
  await deriveCooperation(db);
  assert.equal(await assertScopedWasFull(), state.scope.length);
  return state.scope;
}

async function remove(url: string): Promise<void> {
  const response = await app.inject({ method: 'DELETE', url, headers: withKey() });
  assert.equal(response.statusCode, 200, response.body);
}

// Institutions and agreements of the generated data, picked by shape.
const picked = {} as {
  countryOf: Map<string, string>;
  partiesOf: Map<string, string[]>;
  hub: string;
  joint: string;
  institutions: string[];
};

before(async () => {
  await resetDatabase(db);
  const summary = await loadPath(db, path.join(synthetic.dir, 'json'));
  assert.deepEqual(summary.errors, []);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
  const countryOf = new Map<string, string>();
  const partiesOf = new Map<string, string[]>();
  for (const r of synthetic.dataset.relationships) {
    if (r.type === 'LOCATED_IN') countryOf.set(r.source, r.target);
    if (r.type === 'PARTY_TO') partiesOf.set(r.target, [...(partiesOf.get(r.target) ?? []), r.source]);
  }
  const agreements = synthetic.dataset.nodes.filter((n) => n.type === 'Agreement');
  const hub = agreements.find((a) => a.topology === 'hub' && (partiesOf.get(a.id)?.length ?? 0) >= 3);
  const joint = agreements.find(
    (a) =>
      a.topology !== 'hub' &&
      (partiesOf.get(a.id)?.length ?? 0) >= 3 &&
      !DEFAULT_NON_COOPERATION_KINDS.includes(String(a.kind)),
  );
  assert.ok(hub && joint, 'the generated data has a hub and a joint agreement of three or more parties');
  // Institutions with agreements, in several countries.
  const busy = [...new Set([...partiesOf.values()].flat())].filter((id) => countryOf.has(id));
  Object.assign(picked, { countryOf, partiesOf, hub: hub.id, joint: joint.id, institutions: busy });
});
after(async () => {
  await app?.close();
  await db.close();
});

describe('a small write derives its scope, and the result is the full derivation', () => {
  it('a new joint agreement between two institutions of different countries', async () => {
    const a = picked.institutions[0]!;
    const b = picked.institutions.find((id) => picked.countryOf.get(id) !== picked.countryOf.get(a))!;
    const written = dataset(
      [node('scoped-new-lab', 'Agreement', { name: 'Scoped joint lab', kind: 'joint-lab', startYear: 1990 })],
      [rel('PARTY_TO', a!, 'scoped-new-lab'), rel('PARTY_TO', b!, 'scoped-new-lab')],
    );
    await writeDataset(db, written, { skipDerive: true });
    const scope = await assertScopedEqualsFull();
    assert.deepEqual([...scope].sort(), [a, b].sort(), 'the scope is the two parties');
  });

  it('a party added to a hub agreement, as a partner', async () => {
    const parties = picked.partiesOf.get(picked.hub)!;
    const newcomer = picked.institutions.find((id) => !parties.includes(id))!;
    await writeDataset(db, dataset([], [rel('PARTY_TO', newcomer, picked.hub, { role: 'partner' })]), {
      skipDerive: true,
    });
    const scope = await assertScopedEqualsFull();
    assert.deepEqual([...new Set(scope)].sort(), [...parties, newcomer].sort(), 'the hub parties and the newcomer');
  });

  it("an agreement's kind changed to one that derives no cooperation", async () => {
    const agreement = synthetic.dataset.nodes.find((n) => n.id === picked.joint)!;
    const { id: _id, type: _type, mentions: _mentions, ...properties } = agreement as Record<string, unknown>;
    const changed = { ...properties, kind: DEFAULT_NON_COOPERATION_KINDS[0] };
    await writeDataset(db, dataset([node(picked.joint, 'Agreement', changed)], []), { skipDerive: true });
    await assertScopedEqualsFull();
  });

  it('an institution moved to another country (its LOCATED_IN deleted through the API, a new one written)', async () => {
    const moved = picked.institutions[3]!;
    const from = picked.countryOf.get(moved)!;
    const to = [...new Set(picked.countryOf.values())].find((country) => country !== from)!;
    await remove(`/api/relationships/${encodeURIComponent(`${moved}|LOCATED_IN|${from}`)}`);
    await assertScopedWasFull();
    await writeDataset(db, dataset([], [rel('LOCATED_IN', moved, to)]), { skipDerive: true });
    await assertScopedEqualsFull();
  });

  it('a stated cooperation written, then deleted through the API', async () => {
    const [a, b] = [picked.institutions[5]!, picked.institutions[6]!];
    await writeDataset(db, dataset([], [rel('COOPERATES_WITH', a, b)]), { skipDerive: true });
    await assertScopedEqualsFull();
    await remove(`/api/relationships/${encodeURIComponent(`${a}|COOPERATES_WITH|${b}`)}`);
    await assertScopedWasFull();
    // To a country it has no agreement with: the country's stored degree follows the edge both ways.
    const country = [...new Set(picked.countryOf.values())].find((c) => c !== picked.countryOf.get(a))!;
    await writeDataset(db, dataset([], [rel('COOPERATES_WITH', a, country)]), { skipDerive: true });
    await assertScopedEqualsFull();
    await remove(`/api/relationships/${encodeURIComponent(`${a}|COOPERATES_WITH|${country}`)}`);
    await assertScopedWasFull();
  });

  it('a PARTY_TO, an agreement and an institution deleted through the API', async () => {
    const [first] = picked.partiesOf.get(picked.hub)!;
    await remove(`/api/relationships/${encodeURIComponent(`${first}|PARTY_TO|${picked.hub}`)}`);
    await assertScopedWasFull();
    await remove(`/api/agreements/${encodeURIComponent(picked.hub)}`);
    await assertScopedWasFull();
    const busiest = [...picked.institutions].sort(
      (x, y) =>
        [...picked.partiesOf.values()].filter((p) => p.includes(y)).length -
        [...picked.partiesOf.values()].filter((p) => p.includes(x)).length,
    )[0]!;
    await remove(`/api/institutions/${encodeURIComponent(busiest)}`);
    await assertScopedWasFull();
  });
});

describe('the scope falls back to every institution', () => {
  it('when pending writes together name more institutions than the limit, or a write cannot tell', async () => {
    // A write whose scope is unknown (a bulk load flags before its batches) derives everything.
    await db.writeTransaction(async (tx) => {
      await tx.run('derivation/mark-pending', { scope: ['x'], scopeLimit: 10 });
    });
    assert.deepEqual((await readDerivationState(db)).scope, ['x']);
    await db.writeTransaction(async (tx) => {
      await tx.run('derivation/mark-pending', { scope: Array.from({ length: 10 }, (_, k) => `y${k}`), scopeLimit: 10 });
    });
    assert.equal((await readDerivationState(db)).scope, null, 'eleven ids, above the limit of ten');
    await deriveCooperation(db);
    const state = await readDerivationState(db);
    assert.equal(state.pending, false);
    assert.deepEqual(state.scope, []);
  });
});
