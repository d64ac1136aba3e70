/**
 * CSV export: formula injection
 * =============================
 *
 * Text cells that a spreadsheet would run as formulas (`=`, `+`, `-`, `@`, tab, carriage return at the start)
 * are written with a leading quote, and the loader takes the quote off again: an export loaded into an emptied
 * database gives back every hostile value exactly (core/csv-cells.ts, docs/data-model.md "CSV cells").
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { unzipSync } from 'fflate';

import { loadPath } from '../../server/ingest/load.js';
import { buildTestApp, loadSeed, openTestDatabase, resetDatabase } from '../helpers/context.js';
import { API_KEY, withKey } from '../helpers/api.js';

const db = openTestDatabase();
let app: FastifyInstance;
const temp = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-csv-formula-'));

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1:A9)',
  '\tTabbed',
  '\rReturned',
  "'=already quoted",
  "''+twice quoted",
  "'just a quote",
  '=HYPERLINK("http://evil.example/","click")',
];

/**
 * A text as a list item or evidence span: those are trimmed on reading (README, "Loading your own data"), and a
 * `|` in them, the list separator, is written as `¦` (server/export/csv.ts).
 */
const listed = (text: string) => text.trim().replaceAll('|', '¦');

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
  const nodes = HOSTILE.map((text, index) => ({
    id: `hostile-${index}`,
    type: 'Institution',
    name: text,
    kind: 'university',
    description: text,
    aliases: [listed(text), `plain ${index}`],
    mentions: [{ document: 'doc-001', evidence: listed(text) }],
  }));
  const response = await app.inject({ method: 'POST', url: '/api/import', headers: withKey(), payload: { nodes } });
  assert.equal(response.statusCode, 200, response.body);
});
after(async () => {
  await app.close();
  await db.close();
  rmSync(temp, { recursive: true, force: true });
});

interface ExportNode {
  id: string;
  name: string;
  description: string;
  aliases: string[];
}

interface ExportRelationship {
  id: string;
  type: string;
  source: string;
  evidence?: string[];
}

/**
 * GET, retried as a client would on a 503 with Retry-After: right after the loads of the setup, a busy machine
 * can leave the event-loop delay above the overload guard's limit for a moment.
 */
async function get(url: string) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 503 || !response.headers['retry-after'] || attempt === 5) return response;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The hostile nodes and their MENTIONED_IN, as the JSON export gives them. */
async function hostileRecords(): Promise<{ nodes: ExportNode[]; mentions: ExportRelationship[] }> {
  const response = await get('/api/export?format=json');
  assert.equal(response.statusCode, 200, response.body);
  const { nodes, relationships } = response.json() as { nodes: ExportNode[]; relationships: ExportRelationship[] };
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    nodes: nodes.filter((node) => node.id.startsWith('hostile-')).sort(byId),
    mentions: relationships.filter((r) => r.source.startsWith('hostile-') && r.type === 'MENTIONED_IN').sort(byId),
  };
}

describe('CSV export of formula-like text', () => {
  it('escapes every such cell, and loads back into an emptied database with every value unchanged', async () => {
    const before = await hostileRecords();
    assert.equal(before.nodes.length, HOSTILE.length);
    assert.equal(before.mentions.length, HOSTILE.length);
    const response = await get('/api/export?format=csv');
    assert.equal(response.statusCode, 200);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const text = new TextDecoder().decode(files['Institution.csv']);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const hostile = rows.filter((row) => row.id!.startsWith('hostile-'));
    assert.equal(hostile.length, HOSTILE.length);
    for (const row of hostile) {
      for (const column of ['name', 'description', 'aliases', 'evidence']) {
        assert.doesNotMatch(row[column]!, /^[=+\-@\t\r]/, `${row.id} ${column}: ${JSON.stringify(row[column])}`);
      }
    }
    assert.equal(hostile.find((row) => row.id === 'hostile-0')!.name, "'=cmd|' /C calc'!A0");

    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(temp, name), bytes);
    await resetDatabase(db);
    const loaded = await loadPath(db, temp);
    assert.deepEqual(loaded.errors.map(String), []);
    const after = await hostileRecords();
    assert.deepEqual(after, before);
    for (const [index, text] of HOSTILE.entries()) {
      const node = after.nodes.find((candidate) => candidate.id === `hostile-${index}`)!;
      assert.equal(node.name, text);
      assert.equal(node.description, text);
      assert.deepEqual(node.aliases, [listed(text), `plain ${index}`]);
      const mention = after.mentions.find((candidate) => candidate.source === `hostile-${index}`)!;
      assert.deepEqual(mention.evidence, [listed(text)]);
    }
  });
});
