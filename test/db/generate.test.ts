/**
 * Synthetic dataset in the database
 * =================================
 *
 * The small generated dataset (bench/synthetic) loads with the counts the data itself implies (including the
 * derived COOPERATES_WITH edges), and gives the same graph from its CSV as from its JSON form. The generator's
 * own properties: test/unit/generate.test.ts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import type { Row } from '../../server/db/database.js';
import { loadPath } from '../../server/ingest/load.js';
import { DEFAULT_NON_COOPERATION_KINDS, JOINT_PAIR_LIMIT } from '../../core/cooperation.js';
import type { SyntheticDataset } from '../../bench/synthetic/dataset.js';
import { openTestDatabase, resetDatabase } from '../helpers/context.js';
import { countBy, syntheticFiles } from '../helpers/synthetic.js';

/** The COOPERATES_WITH edges the loader must derive (docs/data-model.md), computed from the input alone. */
function expectedCooperation(dataset: SyntheticDataset): number {
  // docs/data-model.md: topology (a hub, or a joint agreement above the pair limit, pairs its leads only), and
  // agreements of a non-cooperation kind derive nothing.
  const countryOf = new Map<string, string>();
  const partiesOf = new Map<string, string[]>();
  const leadsOf = new Map<string, string[]>();
  const countriesOf = new Map<string, string[]>();
  const agreements = new Map(dataset.nodes.filter((n) => n.type === 'Agreement').map((n) => [n.id, n]));
  for (const r of dataset.relationships) {
    if (r.type === 'LOCATED_IN') countryOf.set(r.source, r.target);
    if (r.type === 'PARTY_TO') partiesOf.set(r.target, [...(partiesOf.get(r.target) ?? []), r.source]);
    if (r.type === 'PARTY_TO' && r.role === 'lead') leadsOf.set(r.target, [...(leadsOf.get(r.target) ?? []), r.source]);
    if (r.type === 'WITH_COUNTRY') countriesOf.set(r.source, [...(countriesOf.get(r.source) ?? []), r.target]);
  }
  const edges = new Set<string>();
  for (const [agreement, parties] of partiesOf) {
    const node = agreements.get(agreement)!;
    if (DEFAULT_NON_COOPERATION_KINDS.includes(String(node.kind))) continue;
    const leads = leadsOf.get(agreement) ?? [];
    const hubbed = node.topology === 'hub' || parties.length > JOINT_PAIR_LIMIT;
    const tied = (a: string, b: string) => !hubbed || leads.includes(a) || leads.includes(b);
    for (const a of parties) {
      const countries = [...(countriesOf.get(agreement) ?? [])];
      for (const b of parties) {
        if (a === b || !tied(a, b)) continue;
        if (a < b) edges.add(`${a}|${b}`);
        countries.push(countryOf.get(b)!);
      }
      for (const country of countries) if (country !== countryOf.get(a)) edges.add(`${a}|${country}`);
    }
  }
  // Stated edges are kept; one that is also derived is the same edge.
  for (const r of dataset.relationships) if (r.type === 'COOPERATES_WITH') edges.add(`${r.source}|${r.target}`);
  return edges.size;
}

/** A dump with the order of derived lists made irrelevant (they come from collect()). */
function normalised(dump: Row[]): Row[] {
  for (const row of dump) {
    for (const relationship of row.relationships as { properties: Record<string, unknown> }[]) {
      for (const key of ['agreementIds', 'kinds']) {
        const value = relationship.properties[key];
        if (Array.isArray(value)) relationship.properties[key] = [...value].sort();
      }
    }
  }
  return dump;
}

describe('synthetic dataset generator', () => {
  const synthetic = syntheticFiles();
  const db = openTestDatabase();
  after(() => db.close());

  it('loads with the counts per label and type that the data implies', async () => {
    const { dataset, dir } = synthetic;
    await resetDatabase(db);
    const result = await loadPath(db, path.join(dir, 'json'));
    assert.deepEqual(result.errors.map(String), []);

    const labels = new Map(
      (await db.read('admin/count-by-label')).map((row) => [String(row.label), Number(row.count)]),
    );
    assert.deepEqual(
      labels,
      countBy(dataset.nodes, (node) => node.type),
    );

    const types = new Map((await db.read('admin/count-by-type')).map((row) => [String(row.type), Number(row.count)]));
    const expected = countBy(
      dataset.relationships.filter((r) => r.type !== 'COOPERATES_WITH'),
      (r) => r.type,
    );
    // One MENTIONED_IN per node and document it is mentioned in.
    const mentioned = new Set(
      dataset.nodes.flatMap((node) => (node.mentions ?? []).map((m) => `${node.id}|${m.document}`)),
    );
    expected.set('MENTIONED_IN', mentioned.size);
    expected.set('COOPERATES_WITH', expectedCooperation(dataset));
    assert.deepEqual(new Map([...types].sort()), new Map([...expected].sort()));
  });

  it('gives the same graph from its CSV as from its JSON', async () => {
    const { dataset, dir } = synthetic;
    await resetDatabase(db);
    assert.deepEqual((await loadPath(db, path.join(dir, 'json'))).errors, []);
    const fromJson = normalised(await db.read('admin/dump'));
    await resetDatabase(db);
    assert.deepEqual((await loadPath(db, path.join(dir, 'csv'))).errors, []);
    const fromCsv = normalised(await db.read('admin/dump'));
    assert.equal(fromCsv.length, dataset.nodes.length);
    assert.deepEqual(fromCsv, fromJson);
  });
});
