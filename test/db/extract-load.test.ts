/**
 * `npm run extract` output against the real loader and database: the CLI's JSON loads unchanged with
 * `npm run load`, a second run changes nothing, and with the graph's names read from the database a known
 * institution resolves to its node (no duplicate; the new document is recorded as MENTIONED_IN it).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { PROJECT_ROOT } from '../../server/project-root.js';
import { loadPath } from '../../server/ingest/load.js';
import { openTestDatabase, resetDatabase, testNeo4jSettings } from '../helpers/context.js';

const db = openTestDatabase();
after(() => db.close());

const dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-extract-'));
const TEXT =
  'The Faculty of Information Science and Engineering has signed cooperation agreements with Heriot-Watt University in the UK. ' +
  'This includes the joint business intelligence laboratory between Ocean University and SNP, a German company.';

function extract(args: string[]): string {
  const settings = testNeo4jSettings();
  return execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/extract.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: settings.uri,
      NEO4J_USERNAME: settings.username,
      NEO4J_PASSWORD: settings.password,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run extract and npm run load', () => {
  const input = path.join(dir, 'page.txt');
  const out = path.join(dir, 'proposals.json');
  before(async () => {
    await resetDatabase(db);
    writeFileSync(input, TEXT);
  });

  it('writes loader JSON that loads unchanged, and a second load changes nothing', async () => {
    extract([input, '--owner', 'Faculty of Information Science and Engineering', '--out', out]);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(json.nodes.some((n: { type: string; text?: string }) => n.type === 'Document' && n.text === TEXT));
    const first = await loadPath(db, out);
    assert.deepEqual(first.errors.map(String), []);
    assert.ok(first.summary!.nodes.created >= 5);
    const again = await loadPath(db, out);
    assert.equal(again.summary!.nodes.created + again.summary!.nodes.updated, 0);
    const [row] = await db
      .read('extract/known-names')
      .then((rows) => rows.filter((r) => r.id === 'heriot-watt-university'));
    assert.equal(row?.name, 'Heriot-Watt University');
  });

  it('resolves a known institution to its node when the graph is read, instead of a duplicate', async () => {
    const second = path.join(dir, 'second.txt');
    writeFileSync(second, 'A delegation of Heriot-Watt University visited the faculty. SNP sent two engineers.');
    const outSecond = path.join(dir, 'second.json');
    extract([second, '--owner', 'Faculty of Information Science and Engineering', '--out', outSecond]);
    const json = JSON.parse(readFileSync(outSecond, 'utf8'));
    const ids = json.nodes.map((n: { id: string }) => n.id);
    assert.ok(!ids.includes('heriot-watt-university'), 'the existing node is not written again');
    const extraction = json.extraction[0];
    const heriot = extraction.entities.find((e: { name: string }) => e.name === 'Heriot-Watt University');
    assert.equal(heriot.id, 'heriot-watt-university');
    assert.equal(heriot.resolved, true);
    assert.ok(
      json.relationships.some(
        (r: { type: string; source: string }) => r.type === 'MENTIONED_IN' && r.source === 'heriot-watt-university',
      ),
    );
    const loaded = await loadPath(db, outSecond);
    assert.deepEqual(loaded.errors.map(String), []);
    const rows = await db.read('extract/known-names');
    assert.equal(rows.filter((r) => r.name === 'Heriot-Watt University').length, 1);
  });

  it('--load loads the proposals in one step', async () => {
    const third = path.join(dir, 'third.txt');
    writeFileSync(
      third,
      'Xuchang University signed a memorandum of understanding with Technische Hochschule Mittelhessen University of Applied Sciences.',
    );
    extract([third, '--load']);
    const rows = await db.read('extract/known-names');
    assert.ok(rows.some((r) => r.name === 'Technische Hochschule Mittelhessen University of Applied Sciences'));
  });
});
