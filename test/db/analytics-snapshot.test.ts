/**
 * The analytics snapshot read as columns (server/analytics/snapshot.ts): every cooperation edge of the database
 * arrives with its weight and stated flag, and the agreements behind it, computed in memory
 * (`agreementsBetween`), are the ones the derivation stored on it, for the seed and for a synthetic graph.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { generateInto } from '../../bench/lib/synthetic-graph.js';
import { agreementsBetween } from '../../server/analytics/model.js';
import { loadCooperationData } from '../../server/analytics/snapshot.js';
import { loadPath } from '../../server/ingest/load.js';
import { loadSeed, openTestDatabase, resetDatabase } from '../helpers/context.js';

const db = openTestDatabase();
after(() => db.close());

async function assertEdgesAsStored(): Promise<number> {
  const data = await loadCooperationData(db, { pageSize: 50 });
  let edges = 0;
  for (const row of await db.read('admin/dump')) {
    for (const r of row.relationships as { type: string; target: string; properties: Record<string, unknown> }[]) {
      if (r.type !== 'COOPERATES_WITH') continue;
      edges += 1;
      const source = String(row.id);
      assert.ok(data.graph.hasEdge(source, r.target), `${source} - ${r.target} is in the snapshot`);
      const attributes = data.graph.getEdgeAttributes(source, r.target);
      assert.equal(attributes.weight, Number(r.properties.weight ?? 0));
      assert.equal(attributes.stated, r.properties.stated === true);
      const stored = [...((r.properties.agreementIds as string[] | undefined) ?? [])].sort();
      assert.deepEqual(agreementsBetween(data, source, r.target), stored, `${source} - ${r.target}`);
    }
  }
  assert.equal(data.graph.size, edges);
  return edges;
}

describe('analytics snapshot as columns', () => {
  it('reads every cooperation edge of the seed, with the agreements behind it derived in memory', async () => {
    await loadSeed(db);
    assert.ok((await assertEdgesAsStored()) > 10);
  });

  it('does so for a synthetic graph, across pages', async () => {
    await resetDatabase(db);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-snapshot-'));
    try {
      generateInto(dir, { institutions: 300 });
      const result = await loadPath(db, dir);
      assert.deepEqual(result.errors, []);
      assert.ok((await assertEdgesAsStored()) > 300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
