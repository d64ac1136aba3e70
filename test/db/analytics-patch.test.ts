/**
 * The analytics snapshot patched after a write
 * ============================================
 *
 * A write records the ids it touched with the data version (server/db/data-version.ts); the analytics then
 * read those rows again and patch the snapshot they hold (model.ts `CooperationBuilder.patch`) instead of
 * reading the whole graph. On the small generated dataset, after each kind of write (a new agreement, a party
 * added, a kind changed, a rename, an institution moved, units and members, a stated edge, deletes of an
 * agreement, an institution, a parent and a relationship, through the loader or the API), the patched snapshot
 * must be exactly what a fresh read gives: every node with its attributes, every edge with its weight, every
 * agreement, and the indexes built from them. And the engine patches instead of reading again, with the answers
 * of a fresh engine.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { DEFAULT_NON_COOPERATION_KINDS } from '../../core/cooperation.js';
import { AnalyticsEngine } from '../../server/analytics/engine.js';
import { type CooperationData, CooperationBuilder } from '../../server/analytics/model.js';
import { loadCooperationData, readSnapshotPatch, snapshotPages } from '../../server/analytics/snapshot.js';
import { type DataVersion, readDataVersionInfo, touchedSince } from '../../server/db/data-version.js';
import { loadPath } from '../../server/ingest/load.js';
import { writeDataset } from '../../server/ingest/write.js';
import { API_KEY, withKey } from '../helpers/api.js';
import { buildTestApp, openTestDatabase, resetDatabase } from '../helpers/context.js';
import { dataset, node, rel } from '../helpers/inline-dataset.js';
import { syntheticFiles } from '../helpers/synthetic.js';

const db = openTestDatabase();
let app: FastifyInstance;
const synthetic = syntheticFiles();

/** Everything the analyses read, in an order that does not depend on the order rows were added in. */
function canonical(data: CooperationData): unknown {
  const byId = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    nodes: byId(data.graph.mapNodes((id, attributes) => [id, attributes] as [string, unknown])),
    edges: data.graph
      .mapEdges((_edge, attributes, source, target) => [[source, target].sort().join('|'), attributes] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    agreements: data.agreements,
    agreementsOf: byId([...data.agreementsOf].map(([id, list]) => [id, list.map((a) => a.id)] as [string, string[]])),
    children: byId(data.children),
    members: byId(data.members),
    fields: byId(data.fields),
  };
}

let builder: CooperationBuilder;
let built: DataVersion;

/** Patches the in-process snapshot from the change records, and checks it against a fresh read. */
async function assertPatchedIsFresh(): Promise<number> {
  const now = await readDataVersionInfo(db);
  const touched = await touchedSince(db, built, now);
  assert.ok(touched !== null, 'the writes recorded what they touched');
  builder.patch(await readSnapshotPatch(db, touched));
  const patched = builder.finish();
  built = now;
  assert.deepEqual(canonical(patched), canonical(await loadCooperationData(db)));
  return touched.size;
}

async function remove(url: string): Promise<void> {
  const response = await app.inject({ method: 'DELETE', url, headers: withKey() });
  assert.equal(response.statusCode, 200, response.body);
}

const picked = {} as { institutions: string[]; countries: string[]; partiesOf: Map<string, string[]> };

before(async () => {
  await resetDatabase(db);
  assert.deepEqual((await loadPath(db, path.join(synthetic.dir, 'json'))).errors, []);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
  built = await readDataVersionInfo(db);
  builder = new CooperationBuilder();
  for await (const page of snapshotPages(db, { pageSize: 50 })) builder.add(page);
  builder.finish();
  const partiesOf = new Map<string, string[]>();
  const countryOf = new Map<string, string>();
  for (const r of synthetic.dataset.relationships) {
    if (r.type === 'PARTY_TO') partiesOf.set(r.target, [...(partiesOf.get(r.target) ?? []), r.source]);
    if (r.type === 'LOCATED_IN') countryOf.set(r.source, r.target);
  }
  const institutions = [...new Set([...partiesOf.values()].flat())].filter((id) => countryOf.has(id));
  Object.assign(picked, { institutions, countries: [...new Set(countryOf.values())], partiesOf });
});
after(async () => {
  await app?.close();
  await db.close();
});

describe('a patched snapshot is the snapshot a fresh read gives', () => {
  it('after loader writes: an agreement, a party, a kind, a rename, a unit, a member, a field, a stated edge', async () => {
    const [a, b, c, d] = picked.institutions;
    await writeDataset(
      db,
      dataset(
        [node('patch-lab', 'Agreement', { name: 'Patch lab', kind: 'joint-lab', startYear: 2001 })],
        [rel('PARTY_TO', a!, 'patch-lab', { role: 'lead' }), rel('PARTY_TO', b!, 'patch-lab')],
      ),
    );
    assert.ok((await assertPatchedIsFresh()) >= 3, 'the agreement, its parties and their derived edges');
    await writeDataset(db, dataset([], [rel('PARTY_TO', c!, 'patch-lab')]));
    await assertPatchedIsFresh();
    await writeDataset(
      db,
      dataset([node('patch-lab', 'Agreement', { name: 'Patch lab', kind: DEFAULT_NON_COOPERATION_KINDS[0] })], []),
    );
    await assertPatchedIsFresh();
    const renamed = synthetic.dataset.nodes.find((n) => n.id === d)!;
    const { id: _id, type: _type, mentions: _mentions, ...properties } = renamed as Record<string, unknown>;
    await writeDataset(db, dataset([node(d!, 'Institution', { ...properties, name: 'Renamed institution' })], []));
    await assertPatchedIsFresh();
    await writeDataset(
      db,
      dataset(
        [
          node('patch-field', 'Field', { name: 'Patch field' }),
          // A unit with no agreement and no partner: only the patch's own bookkeeping can keep its row right.
          node('patch-unit', 'Institution', { name: 'Patch unit', kind: 'faculty' }),
        ],
        [
          rel('PART_OF', 'patch-unit', d!),
          rel('MEMBER_OF', 'patch-unit', d!),
          rel('PART_OF', c!, d!),
          rel('MEMBER_OF', b!, d!),
          rel('IN_FIELD', a!, 'patch-field'),
          rel('IN_FIELD', 'patch-lab', 'patch-field'),
          rel('COOPERATES_WITH', a!, d!),
          rel('COOPERATES_WITH', b!, picked.countries[0]!),
        ],
      ),
    );
    await assertPatchedIsFresh();
  });

  it('after API deletes: a relationship, an agreement, a parent institution, and a move to another country', async () => {
    const [a, , c, d] = picked.institutions;
    await remove(`/api/relationships/${encodeURIComponent(`${c}|PARTY_TO|patch-lab`)}`);
    await assertPatchedIsFresh();
    await remove(`/api/agreements/${encodeURIComponent('patch-lab')}`);
    await assertPatchedIsFresh();
    // d is the parent and the alliance of c, b and patch-unit: their rows stop naming it.
    await remove(`/api/institutions/${encodeURIComponent(d!)}`);
    await assertPatchedIsFresh();
    const hubParty = [...picked.partiesOf.entries()].sort(([, x], [, y]) => y.length - x.length)[0]![1][0]!;
    const country = picked.countries.find((code) => code !== picked.countries[0])!;
    await remove(`/api/institutions/${encodeURIComponent(a!)}`);
    await assertPatchedIsFresh();
    await writeDataset(db, dataset([], [rel('LOCATED_IN', hubParty, country)]));
    await assertPatchedIsFresh();
  });
});

describe('the engine', () => {
  it('patches its snapshot after a small write, with the answers of a fresh engine', async () => {
    const engine = new AnalyticsEngine(db);
    const fresh = new AnalyticsEngine(db);
    try {
      await engine.prefetch();
      const [a, b] = picked.institutions.slice(5);
      await writeDataset(
        db,
        dataset(
          [node('patch-engine-lab', 'Agreement', { name: 'Engine lab', kind: 'joint-lab' })],
          [rel('PARTY_TO', a!, 'patch-engine-lab'), rel('PARTY_TO', b!, 'patch-engine-lab')],
        ),
      );
      const patched = await engine.run('country-network', {});
      assert.equal(engine.patches, 1, 'patched, not read again');
      const whole = await fresh.run('country-network', {});
      assert.equal(fresh.patches, 0);
      assert.equal(patched.version, whole.version);
      assert.deepEqual(patched.value, whole.value);
      assert.deepEqual(
        (await engine.run('coverage-gaps', { institution: a! })).value,
        (await fresh.run('coverage-gaps', { institution: a! })).value,
      );
      assert.deepEqual((await engine.run('weak-spots', {})).value, (await fresh.run('weak-spots', {})).value);
    } finally {
      await engine.close();
      await fresh.close();
    }
  });

  it('reads the whole graph again when the records cannot tell (the database emptied and loaded again)', async () => {
    const engine = new AnalyticsEngine(db);
    try {
      await engine.prefetch();
      await resetDatabase(db);
      assert.deepEqual((await loadPath(db, path.join(synthetic.dir, 'json'))).errors, []);
      await writeDataset(db, dataset([node('patch-after-reset', 'Field', { name: 'After reset' })], []));
      await engine.prefetch();
      assert.equal(engine.patches, 0);
      assert.equal(engine.loads, 2);
    } finally {
      await engine.close();
    }
  });
});
