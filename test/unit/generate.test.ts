/**
 * Synthetic dataset generator
 * ===========================
 *
 * A small generated dataset (bench/synthetic) passes the loader's validation, is reproducible from its seed,
 * splits into files the loader reads as one, and has the skewed shape the benchmarks rely on. Loading it into
 * the database: test/db/generate.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { readInput } from '../../server/ingest/read.js';
import { generateDataset } from '../../bench/synthetic/dataset.js';
import { writeJsonDataset } from '../../bench/synthetic/files.js';
import { validate } from '../../server/ingest/validate.js';
import { INSTITUTIONS, SEED, countBy, syntheticFiles } from '../helpers/synthetic.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('synthetic dataset generator', () => {
  const synthetic = syntheticFiles();

  it('passes the loader validation, in JSON and in CSV', () => {
    const { dataset, dir } = synthetic;
    for (const format of ['json', 'csv']) {
      const { dataset: read, errors } = readInput(path.join(dir, format));
      assert.deepEqual(errors.map(String), []);
      assert.deepEqual(validate(read).map(String), []);
      assert.equal(read.nodes.length, dataset.nodes.length);
      assert.equal(read.relationships.length, dataset.relationships.length);
    }
  });

  it('has every node type and relationship type of the model, with provenance', () => {
    const { dataset } = synthetic;
    const labels = countBy(dataset.nodes, (node) => node.type);
    for (const label of ['Institution', 'Country', 'Person', 'Agreement', 'Event', 'Field', 'Document']) {
      assert.ok((labels.get(label) ?? 0) > 0, `${label} nodes`);
    }
    assert.equal(labels.get('Institution'), INSTITUTIONS);
    const types = countBy(dataset.relationships, (r) => r.type);
    for (const type of [
      'LOCATED_IN',
      'PART_OF',
      'PARTY_TO',
      'WITH_COUNTRY',
      'AFFILIATED_WITH',
      'PARTICIPATED_IN',
      'HOSTED',
      'SIGNED_AT',
      'IN_FIELD',
      'MEMBER_OF',
      'COOPERATES_WITH',
    ]) {
      assert.ok((types.get(type) ?? 0) > 0, `${type} relationships`);
    }
    const texts = new Map(dataset.nodes.filter((n) => n.type === 'Document').map((n) => [n.id, String(n.text)]));
    const mentions = [...dataset.nodes, ...dataset.relationships].flatMap((record) => record.mentions ?? []);
    assert.ok(mentions.length > 50, 'mentions exist');
    for (const mention of mentions)
      assert.ok(
        texts.get(mention.document)?.includes(mention.evidence),
        `"${mention.evidence}" is in ${mention.document}`,
      );
    const years = dataset.nodes.filter((n) => n.type === 'Agreement').map((n) => n.startYear as number | undefined);
    assert.ok(
      years.some((year) => year === undefined),
      'some agreements are undated',
    );
    assert.ok(years.every((year) => year === undefined || (year >= 1995 && year <= 2025)));
    assert.ok(
      dataset.nodes.some((n) => n.type === 'Agreement' && n.status === 'ended' && typeof n.endYear === 'number'),
    );
  });

  it('is reproducible: the same seed writes the same files, another seed other files', () => {
    const { dir } = synthetic;
    const again = writeJsonDataset(
      generateDataset({ institutions: INSTITUTIONS, seed: SEED }),
      path.join(dir, 'again'),
    );
    const first = readFileSync(path.join(dir, 'json', 'synthetic-000.json'), 'utf8');
    assert.equal(again.length, 1);
    assert.equal(readFileSync(again[0]!, 'utf8'), first);
    const other = writeJsonDataset(
      generateDataset({ institutions: INSTITUTIONS, seed: SEED + 1 }),
      path.join(dir, 'other'),
    );
    assert.notEqual(readFileSync(other[0]!, 'utf8'), first);
  });

  it('splits large JSON output into files the loader reads as one dataset', () => {
    const { dataset, dir } = synthetic;
    const files = writeJsonDataset(dataset, path.join(dir, 'split'), 1_000);
    const records = dataset.nodes.length + dataset.relationships.length;
    assert.equal(files.length, Math.ceil(records / 1_000));
    const { dataset: read, errors } = readInput(path.join(dir, 'split'));
    assert.deepEqual(errors, []);
    assert.deepEqual(validate(read).map(String), []);
    assert.equal(read.nodes.length + read.relationships.length, records);
  });

  it('is skewed: a few hub institutions, most with one to three agreements; China leads the countries', () => {
    const { dataset } = synthetic;
    const agreements = countBy(
      dataset.relationships.filter((r) => r.type === 'PARTY_TO'),
      (r) => r.source,
    );
    const counts = [...agreements.values()];
    assert.ok(median(counts) <= 3, `median ${median(counts)}`);
    assert.ok(Math.max(...counts) >= 8 * median(counts), `max ${Math.max(...counts)} vs median ${median(counts)}`);
    assert.ok(
      counts.filter((count) => count <= 3).length / counts.length > 0.7,
      'most institutions have one to three agreements',
    );

    const institutions = new Set(dataset.nodes.filter((node) => node.type === 'Institution').map((node) => node.id));
    const countries = countBy(
      dataset.relationships.filter((r) => r.type === 'LOCATED_IN' && institutions.has(r.source)),
      (r) => r.target,
    );
    const ranked = [...countries].sort((a, b) => b[1] - a[1]);
    assert.equal(ranked[0]?.[0], 'country-cn');
    assert.ok(
      (ranked[0]?.[1] ?? 0) > 3 * (ranked[1]?.[1] ?? 0),
      'China has several times the institutions of the runner-up',
    );
    assert.ok(ranked.length > 20, 'a long tail of countries');
  });
});
