/**
 * The loader against the real database: validation errors that name file, record and field; nothing written on
 * invalid input; idempotency; JSON and CSV giving the same graph; provenance stored; derived cooperation.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { loadPath } from '../../server/ingest/load.js';
import { deriveCooperation } from '../../server/ingest/derive.js';
import { openTestDatabase, resetDatabase } from '../helpers/context.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const SMALL_JSON = path.join(FIXTURES, 'small-json');
const SMALL_CSV = path.join(FIXTURES, 'small-csv');

const db = openTestDatabase();
after(() => db.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const row of await db.read('admin/count-by-label')) out[String(row.label)] = Number(row.count);
  for (const row of await db.read('admin/count-by-type')) out[String(row.type)] = Number(row.count);
  return out;
}

/** A temporary JSON input: the small fixture with `change` applied to its parsed content. */
function variant(
  change: (data: { nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] }) => void,
): string {
  const data = JSON.parse(JSON.stringify(smallJson));
  change(data);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-loader-'));
  const file = path.join(dir, 'input.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'coopgraph-loader-')), name);
  writeFileSync(file, text);
  return file;
}

let smallJson: { nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
before(async () => {
  const { readFileSync } = await import('node:fs');
  smallJson = JSON.parse(readFileSync(path.join(SMALL_JSON, 'graph.json'), 'utf8'));
});

describe('validation: each kind of bad input is named by file, record and field', () => {
  beforeEach(() => resetDatabase(db));

  const cases: Array<{ name: string; input: () => string; record: RegExp; field: string | null; message: RegExp }> = [
    {
      name: 'malformed JSON',
      input: () => tempFile('broken.json', '{ "nodes": [ { "id": '),
      record: /document/,
      field: null,
      message: /not valid JSON/,
    },
    {
      name: 'missing required field',
      input: () => variant((d) => delete d.nodes[3]!.name),
      record: /nodes\[3\] \(id "alpha-university"\)/,
      field: 'name',
      message: /is required/,
    },
    {
      name: 'wrong type',
      input: () => variant((d) => (d.nodes[5]!.startYear = '2019')),
      record: /nodes\[5\] \(id "gamma-lab"\)/,
      field: 'startYear',
      message: /must be a year/,
    },
    {
      name: 'value outside the enumeration',
      input: () => variant((d) => (d.nodes[3]!.kind = 'spaceport')),
      record: /nodes\[3\]/,
      field: 'kind',
      message: /must be one of university, college/,
    },
    {
      name: 'unknown ISO country code',
      input: () => variant((d) => (d.nodes[2]!.code = 'XK1')),
      record: /nodes\[2\] \(id "country-fr"\)/,
      field: 'code',
      message: /not an ISO 3166-1 alpha-2/,
    },
    {
      name: 'impossible date',
      input: () =>
        variant((d) =>
          d.nodes.push({ id: 'summit', type: 'Event', name: 'Summit', kind: 'conference', startDate: '2025-02-30' }),
        ),
      record: /nodes\[7\] \(id "summit"\)/,
      field: 'startDate',
      message: /must be a date YYYY-MM-DD/,
    },
    {
      name: 'duplicate id',
      input: () =>
        variant((d) =>
          d.nodes.push({ id: 'beta-institute', type: 'Institution', name: 'Beta again', kind: 'company' }),
        ),
      record: /nodes\[7\] \(id "beta-institute"\)/,
      field: 'id',
      message: /duplicate id "beta-institute", first defined at .*nodes\[4\]/,
    },
    {
      name: 'id that is not a slug',
      input: () => variant((d) => (d.nodes[4]!.id = 'Beta Institute')),
      record: /nodes\[4\]/,
      field: 'id',
      message: /lowercase slug/,
    },
    {
      name: 'reference to an unknown id',
      input: () => variant((d) => (d.relationships[2]!.target = 'no-such-lab')),
      record: /relationships\[2\] \(alpha-university -PARTY_TO-> no-such-lab\)/,
      field: 'target',
      message: /unknown id "no-such-lab"/,
    },
    {
      name: 'relationship between the wrong labels',
      input: () => variant((d) => (d.relationships[0]!.target = 'beta-institute')),
      record: /relationships\[0\]/,
      field: 'target',
      message: /is a Institution; LOCATED_IN ends at Country/,
    },
    {
      name: 'unknown property',
      input: () => variant((d) => (d.nodes[3]!.colour = 'blue')),
      record: /nodes\[3\]/,
      field: 'colour',
      message: /not a property of a Institution/,
    },
    {
      name: 'unknown label',
      input: () => variant((d) => (d.nodes[4]!.type = 'Institution`) DETACH DELETE n //')),
      record: /nodes\[4\]/,
      field: 'type',
      message: /must be one of Institution, Country/,
    },
    {
      name: 'unknown relationship type',
      input: () => variant((d) => (d.relationships[4]!.type = 'LOVES')),
      record: /relationships\[4\]/,
      field: 'type',
      message: /must be one of LOCATED_IN/,
    },
    {
      name: 'mention of an unknown document',
      input: () => variant((d) => ((d.nodes[4]!.mentions as { document: string }[])[0]!.document = 'doc-zzz')),
      record: /nodes\[4\]/,
      field: 'mentions[0].document',
      message: /unknown document "doc-zzz"/,
    },
    {
      name: 'CSV file named after nothing in the model',
      input: () => tempFile('Universities.csv', 'id,name\nx,X\n'),
      record: /file name/,
      field: null,
      message: /neither a node label .* nor a relationship type/,
    },
    {
      name: 'CSV provenance columns out of step',
      input: () => tempFile('Field.csv', 'id,name,documents,evidence\nai,AI,doc-a|doc-a,one span\n'),
      record: /line 2 \(id "ai"\)/,
      field: 'evidence',
      message: /1 spans for 2 documents/,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name}: clear error, nothing written`, async () => {
      const input = testCase.input();
      const result = await loadPath(db, input);
      const error = result.errors.find((e) => testCase.message.test(e.message));
      assert.ok(error, `expected an error matching ${testCase.message}, got:\n${result.errors.map(String).join('\n')}`);
      assert.equal(error.origin.file, input);
      assert.match(error.origin.record, testCase.record);
      assert.equal(error.field, testCase.field);
      const text = error.toString();
      assert.ok(text.startsWith(input), `message names the file: ${text}`);
      if (testCase.field) assert.ok(text.includes(`"${testCase.field}"`), `message names the field: ${text}`);
      assert.equal(result.summary, undefined);
      assert.deepEqual(await counts(), {});
    });
  }

  it('one bad record among good ones writes nothing at all', async () => {
    const result = await loadPath(
      db,
      variant((d) => (d.relationships[5]!.target = 'country-zz')),
    );
    assert.equal(result.errors.length, 1);
    assert.deepEqual(await counts(), {});
  });

  it('--dry-run validates a good input and writes nothing', async () => {
    const result = await loadPath(db, SMALL_JSON, { dryRun: true });
    assert.deepEqual(result.errors, []);
    assert.equal(result.summary, undefined);
    assert.deepEqual(await counts(), {});
  });
});

describe('writing', () => {
  beforeEach(() => resetDatabase(db));

  it('a failure inside the write transaction rolls back the whole input', async () => {
    await loadPath(db, SMALL_JSON);
    const before = await counts();
    // Valid on its own, but the database already holds country code FR under another id: the unique
    // constraint fails in the middle of the write.
    const input = variant((d) => {
      d.nodes = [
        { id: 'new-institute', type: 'Institution', name: 'New Institute', kind: 'company' },
        { id: 'france', type: 'Country', code: 'FR' },
      ];
      d.relationships = [];
    });
    await assert.rejects(loadPath(db, input), /already exists|ConstraintValidationFailed/);
    assert.deepEqual(await counts(), before);
  });

  it('is idempotent: a second run of the same input changes nothing and says so', async () => {
    const first = await loadPath(db, SMALL_JSON);
    assert.deepEqual(first.summary?.nodes, { created: 7, updated: 0, unchanged: 0 });
    const afterFirst = await db.read('admin/dump');
    const second = await loadPath(db, SMALL_JSON);
    assert.deepEqual(second.summary?.nodes, { created: 0, updated: 0, unchanged: 7 });
    assert.equal(second.summary?.relationships.created, 0);
    assert.equal(second.summary?.relationships.updated, 0);
    assert.deepEqual(await db.read('admin/dump'), afterFirst);
  });

  it('counts a changed record as updated and replaces its properties', async () => {
    await loadPath(db, SMALL_JSON);
    const result = await loadPath(
      db,
      variant((d) => {
        d.nodes[3]!.city = 'Qingdao';
        delete d.nodes[3]!.aliases;
      }),
    );
    assert.equal(result.summary?.nodes.updated, 1);
    assert.equal(result.summary?.nodes.unchanged, 6);
    const alpha = (await db.read('admin/dump')).find((row) => row.id === 'alpha-university')!;
    const properties = alpha.properties as Record<string, unknown>;
    assert.equal(properties.city, 'Qingdao');
    assert.deepEqual(properties.aliases, []);
  });

  it('JSON and CSV inputs give the same graph', async () => {
    await loadPath(db, SMALL_JSON);
    const fromJson = await db.read('admin/dump');
    await resetDatabase(db);
    const csv = await loadPath(db, SMALL_CSV);
    assert.deepEqual(csv.errors, []);
    assert.deepEqual(await db.read('admin/dump'), fromJson);
  });

  it('stores provenance on nodes (MENTIONED_IN) and relationships (documents, evidence)', async () => {
    await loadPath(db, SMALL_JSON);
    const dump = await db.read('admin/dump');
    const alpha = dump.find((row) => row.id === 'alpha-university')!;
    const relationships = alpha.relationships as Array<{
      type: string;
      target: string;
      properties: Record<string, unknown>;
    }>;
    const mention = relationships.find((r) => r.type === 'MENTIONED_IN');
    assert.deepEqual(mention?.properties.evidence, ['Alpha University and Beta Institute']);
    assert.equal(mention?.target, 'doc-a');
    const party = relationships.find((r) => r.type === 'PARTY_TO');
    assert.deepEqual(party?.properties.documents, ['doc-a']);
    assert.deepEqual(party?.properties.evidence, ['Alpha University and Beta Institute run the Gamma Lab']);
    assert.equal(party?.properties.id, 'alpha-university|PARTY_TO|gamma-lab');
  });

  it('stores years as integers, not floats', async () => {
    await loadPath(db, SMALL_JSON);
    const [row] = await db.read('admin/property-type', { id: 'gamma-lab', key: 'startYear' });
    assert.equal(row?.type, 'INTEGER NOT NULL');
  });

  it('fills country names, regions and centroids from world-countries', async () => {
    await loadPath(db, SMALL_JSON);
    const france = (await db.read('admin/dump')).find((row) => row.id === 'country-fr')!;
    const properties = france.properties as Record<string, unknown>;
    assert.equal(properties.name, 'France');
    assert.equal(properties.region, 'Europe');
    assert.equal(typeof properties.lat, 'number');
    assert.ok((properties.aliases as string[]).includes('French Republic'));
  });

  it('derives COOPERATES_WITH from shared agreements and keeps stated cooperation', async () => {
    await loadPath(db, SMALL_JSON);
    const dump = await db.read('admin/dump');
    const edges = dump.flatMap((row) =>
      (row.relationships as Array<{ type: string; target: string; properties: Record<string, unknown> }>)
        .filter((r) => r.type === 'COOPERATES_WITH')
        .map((r): Record<string, unknown> => ({ source: row.id, target: r.target, ...r.properties })),
    );
    const pair = edges.find((e) => e.source === 'alpha-university' && e.target === 'beta-institute');
    assert.ok(pair, 'institutions on the same agreement cooperate');
    assert.equal(pair.weight, 1);
    assert.deepEqual(pair.agreementIds, ['gamma-lab']);
    assert.equal(pair.firstYear, 2019);
    // Alpha (CN) cooperates with France both by statement and through Beta, located in France.
    const france = edges.find((e) => e.source === 'alpha-university' && e.target === 'country-fr');
    assert.equal(france?.stated, true);
    assert.equal(france?.weight, 1);
    assert.deepEqual(france?.evidence, ['Alpha University works with France']);
    // Beta is in France: no edge to its own country, but one to China through Alpha.
    assert.ok(!edges.some((e) => e.source === 'beta-institute' && e.target === 'country-fr'));
    assert.ok(edges.some((e) => e.source === 'beta-institute' && e.target === 'country-cn'));
  });

  it('re-derivation removes cooperation whose agreement link is gone, and keeps stated edges', async () => {
    await loadPath(db, SMALL_JSON);
    const [row] = await db.write('admin/delete-relationship-by-id', { id: 'beta-institute|PARTY_TO|gamma-lab' });
    assert.equal(row?.deleted, 1);
    assert.equal(await deriveCooperation(db), 1, 'only the stated Alpha-France edge is left');
    const france = (await db.read('admin/dump')).find((r) => r.id === 'alpha-university')!.relationships as Array<{
      type: string;
      target: string;
      properties: Record<string, unknown>;
    }>;
    const edge = france.find((r) => r.type === 'COOPERATES_WITH');
    assert.equal(edge?.target, 'country-fr');
    assert.equal(edge?.properties.weight, 0);
    assert.deepEqual(edge?.properties.evidence, ['Alpha University works with France']);
  });
});
