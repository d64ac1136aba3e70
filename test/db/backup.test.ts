/**
 * Backup and restore
 * ==================
 *
 * Both kinds of backup of server/db/backup.ts, restored into an emptied database, give back identical counts
 * by label and relationship type: the JSON export (any server) and the neo4j-admin dump of the local server (here
 * the test harness's own instance, stopped and started again around the dump and the load).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { dumpLocal, exportJsonBackup, loadLocal, restoreJsonBackup } from '../../server/backup/backup.js';
import { Database } from '../../server/db/database.js';
import { LocalNeo4j, TEST_MEMORY } from '../../server/db/local-neo4j/instance.js';
import { graphCounts } from '../helpers/api.js';
import { loadSeed, openTestDatabase, resetDatabase, testNeo4jSettings } from '../helpers/context.js';

/** A new driver on the restarted server, once it answers (its monitor answers 503 until a probe succeeds). */
async function reopened(): Promise<Database> {
  const fresh = new Database(testNeo4jSettings(), { queryTimeoutMs: 60_000 });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if ((await fresh.health()).connected) return fresh;
    await sleep(500);
  }
  throw new Error('the restarted Neo4j did not answer within 2 minutes');
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-backup-'));
let db: Database;
let seedCounts: Record<string, number>;

before(async () => {
  db = openTestDatabase();
  await loadSeed(db);
  seedCounts = await graphCounts(db);
});
after(async () => {
  await db.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('JSON backup (any server)', () => {
  it('restores into an empty database with identical counts', async () => {
    const file = path.join(temp, 'graph.json');
    await exportJsonBackup(db, file);
    assert.ok(statSync(file).size > 1000);
    await resetDatabase(db);
    assert.equal((await graphCounts(db)).entities, 0);
    const result = await restoreJsonBackup(db, file, { replace: false });
    assert.deepEqual(result.errors.map(String), []);
    assert.deepEqual(await graphCounts(db), seedCounts);
  });

  it('refuses to replace a database that holds data unless told to, and changes nothing for an invalid file', async () => {
    const file = path.join(temp, 'graph.json');
    await assert.rejects(restoreJsonBackup(db, file, { replace: false }), /--replace/);
    const bad = path.join(temp, 'bad.json');
    await import('node:fs').then(({ writeFileSync }) => writeFileSync(bad, '{"nodes":[{"id":"x","type":"Nope"}]}'));
    const result = await restoreJsonBackup(db, bad, { replace: true });
    assert.ok(result.errors.length > 0);
    assert.deepEqual(await graphCounts(db), seedCounts);
  });
});

describe('neo4j-admin dump (the local server)', () => {
  it('restores into an emptied database with identical counts', { timeout: 20 * 60_000 }, async () => {
    const home = process.env.COOPGRAPH_TEST_NEO4J_HOME;
    assert.ok(home, 'COOPGRAPH_TEST_NEO4J_HOME is set by npm test');
    const instance = new LocalNeo4j({ home, memory: TEST_MEMORY, log: () => undefined });
    const file = path.join(temp, 'graph.dump');
    await db.close();
    await dumpLocal(instance, file);
    assert.ok(existsSync(file) && statSync(file).size > 0);
    db = await reopened();
    await resetDatabase(db);
    assert.equal((await graphCounts(db)).entities, 0);
    await db.close();
    await loadLocal(instance, file);
    db = await reopened();
    assert.deepEqual(await graphCounts(db), seedCounts);
  });
});
