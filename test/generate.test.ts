/**
 * Synthetic dataset generator
 * ===========================
 *
 * A small generated dataset (bench/synthetic) passes the loader's validation, loads with the counts the data
 * itself implies (including the derived COOPERATES_WITH edges), is reproducible from its seed, has the skewed
 * shape the benchmarks rely on, and gives the same graph from its CSV as from its JSON form.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DEFAULT_NON_COOPERATION_KINDS, JOINT_PAIR_LIMIT } from '../core/cooperation.js';
import type { Database, Row } from '../server/db/database.js';
import { loadPath } from '../server/ingest/load.js';
import { readInput } from '../server/ingest/read.js';
import { type SyntheticDataset, generateDataset } from '../bench/synthetic/dataset.js';
import { writeDataset, writeJsonDataset } from '../bench/synthetic/files.js';
import { validate } from '../server/ingest/validate.js';
import { openTestDatabase, resetDatabase } from './helpers/context.js';

const INSTITUTIONS = 300;
const SEED = 7;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

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
  let db: Database;
  let dir: string;
  let dataset: SyntheticDataset;

  before(() => {
    db = openTestDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-generate-test-'));
    dataset = generateDataset({ institutions: INSTITUTIONS, seed: SEED });
    writeDataset(dataset, path.join(dir, 'json'), 'json');
    writeDataset(dataset, path.join(dir, 'csv'), 'csv');
  });

  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes the loader validation, in JSON and in CSV', () => {
    for (const format of ['json', 'csv']) {
      const { dataset: read, errors } = readInput(path.join(dir, format));
      assert.deepEqual(errors.map(String), []);
      assert.deepEqual(validate(read).map(String), []);
      assert.equal(read.nodes.length, dataset.nodes.length);
      assert.equal(read.relationships.length, dataset.relationships.length);
    }
  });

  it('has every node type and relationship type of the model, with provenance', () => {
    const labels = countBy(dataset.nodes, (node) => node.type);
    for (const label of ['Institution', 'Country', 'Person', 'Agreement', 'Event', 'Field', 'Document']) {
      assert.ok((labels.get(label) ?? 0) > 0, `${label} nodes`);
    }
    assert.equal(labels.get('Institution'), INSTITUTIONS);
    const types = countBy(dataset.relationships, (r) => r.type);
    for (const type of ['LOCATED_IN', 'PART_OF', 'PARTY_TO', 'WITH_COUNTRY', 'AFFILIATED_WITH', 'PARTICIPATED_IN', 'HOSTED', 'SIGNED_AT', 'IN_FIELD', 'MEMBER_OF', 'COOPERATES_WITH']) {
      assert.ok((types.get(type) ?? 0) > 0, `${type} relationships`);
    }
    const texts = new Map(dataset.nodes.filter((n) => n.type === 'Document').map((n) => [n.id, String(n.text)]));
    const mentions = [...dataset.nodes, ...dataset.relationships].flatMap((record) => record.mentions ?? []);
    assert.ok(mentions.length > 50, 'mentions exist');
    for (const mention of mentions) assert.ok(texts.get(mention.document)?.includes(mention.evidence), `"${mention.evidence}" is in ${mention.document}`);
    const years = dataset.nodes.filter((n) => n.type === 'Agreement').map((n) => n.startYear as number | undefined);
    assert.ok(years.some((year) => year === undefined), 'some agreements are undated');
    assert.ok(years.every((year) => year === undefined || (year >= 1995 && year <= 2025)));
    assert.ok(dataset.nodes.some((n) => n.type === 'Agreement' && n.status === 'ended' && typeof n.endYear === 'number'));
  });

  it('is reproducible: the same seed writes the same files, another seed other files', () => {
    const again = writeJsonDataset(generateDataset({ institutions: INSTITUTIONS, seed: SEED }), path.join(dir, 'again'));
    const first = readFileSync(path.join(dir, 'json', 'synthetic-000.json'), 'utf8');
    assert.equal(again.length, 1);
    assert.equal(readFileSync(again[0]!, 'utf8'), first);
    const other = writeJsonDataset(generateDataset({ institutions: INSTITUTIONS, seed: SEED + 1 }), path.join(dir, 'other'));
    assert.notEqual(readFileSync(other[0]!, 'utf8'), first);
  });

  it('splits large JSON output into files the loader reads as one dataset', () => {
    const files = writeJsonDataset(dataset, path.join(dir, 'split'), 1_000);
    const records = dataset.nodes.length + dataset.relationships.length;
    assert.equal(files.length, Math.ceil(records / 1_000));
    const { dataset: read, errors } = readInput(path.join(dir, 'split'));
    assert.deepEqual(errors, []);
    assert.deepEqual(validate(read).map(String), []);
    assert.equal(read.nodes.length + read.relationships.length, records);
  });

  it('is skewed: a few hub institutions, most with one to three agreements; China leads the countries', () => {
    const agreements = countBy(
      dataset.relationships.filter((r) => r.type === 'PARTY_TO'),
      (r) => r.source,
    );
    const counts = [...agreements.values()];
    assert.ok(median(counts) <= 3, `median ${median(counts)}`);
    assert.ok(Math.max(...counts) >= 8 * median(counts), `max ${Math.max(...counts)} vs median ${median(counts)}`);
    assert.ok(counts.filter((count) => count <= 3).length / counts.length > 0.7, 'most institutions have one to three agreements');

    const institutions = new Set(dataset.nodes.filter((node) => node.type === 'Institution').map((node) => node.id));
    const countries = countBy(
      dataset.relationships.filter((r) => r.type === 'LOCATED_IN' && institutions.has(r.source)),
      (r) => r.target,
    );
    const ranked = [...countries].sort((a, b) => b[1] - a[1]);
    assert.equal(ranked[0]?.[0], 'country-cn');
    assert.ok((ranked[0]?.[1] ?? 0) > 3 * (ranked[1]?.[1] ?? 0), 'China has several times the institutions of the runner-up');
    assert.ok(ranked.length > 20, 'a long tail of countries');
  });

  it('loads with the counts per label and type that the data implies', async () => {
    await resetDatabase(db);
    const result = await loadPath(db, path.join(dir, 'json'));
    assert.deepEqual(result.errors.map(String), []);

    const labels = new Map((await db.read('admin/count-by-label')).map((row) => [String(row.label), Number(row.count)]));
    assert.deepEqual(labels, countBy(dataset.nodes, (node) => node.type));

    const types = new Map((await db.read('admin/count-by-type')).map((row) => [String(row.type), Number(row.count)]));
    const expected = countBy(
      dataset.relationships.filter((r) => r.type !== 'COOPERATES_WITH'),
      (r) => r.type,
    );
    // One MENTIONED_IN per node and document it is mentioned in.
    const mentioned = new Set(dataset.nodes.flatMap((node) => (node.mentions ?? []).map((m) => `${node.id}|${m.document}`)));
    expected.set('MENTIONED_IN', mentioned.size);
    expected.set('COOPERATES_WITH', expectedCooperation(dataset));
    assert.deepEqual(new Map([...types].sort()), new Map([...expected].sort()));
  });

  it('gives the same graph from its CSV as from its JSON', async () => {
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
