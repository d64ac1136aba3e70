/**
 * Seeding is explicit
 * ===================
 *
 * `npm start` loads the seed as COOPGRAPH_SEED says (server/ingest/seed.ts): by default into the local
 * server's database on its first start only, so a database wiped later is not silently seeded again; never into a
 * server of NEO4J_URI unless asked; `always` replaces the properties of the seed's ids and keeps other entities.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { loadConfig } from '../../server/config.js';
import { type SeedRecord, seedIfDue } from '../../server/ingest/seed.js';
import { LocalNeo4j, TEST_MEMORY } from '../../server/db/local-neo4j/instance.js';
import { graphCounts } from '../helpers/api.js';
import { openTestDatabase, resetDatabase } from '../helpers/context.js';

const db = openTestDatabase();
before(() => resetDatabase(db));
after(() => db.close());

/** The provisioning record of a local instance, in memory (the real one lives in instance.json, tested below). */
const record = (seeded = false): SeedRecord & { seeded: boolean } => ({
  seeded,
  wasSeeded() {
    return this.seeded;
  },
  markSeeded() {
    this.seeded = true;
  },
});

const entities = async () => (await graphCounts(db)).entities;

describe('COOPGRAPH_SEED', () => {
  it('first-start (default): seeds the first start of the local server, not a database wiped later', async () => {
    assert.equal(loadConfig({}).seed, 'first-start');
    const local = record();
    assert.ok(await seedIfDue(db, 'first-start', local));
    assert.ok((await entities()) > 50);
    assert.equal(local.seeded, true);
    await resetDatabase(db);
    assert.equal(await seedIfDue(db, 'first-start', local), null);
    assert.equal(await entities(), 0, 'a wiped database stays empty');
  });

  it('first-start: never seeds a server of NEO4J_URI (no local instance)', async () => {
    assert.equal(await seedIfDue(db, 'first-start', null), null);
    assert.equal(await entities(), 0);
  });

  it('if-empty seeds any empty database; never does not', async () => {
    assert.equal(await seedIfDue(db, 'never', record()), null);
    assert.equal(await entities(), 0);
    assert.ok(await seedIfDue(db, 'if-empty', null));
    const count = await entities();
    assert.equal(await seedIfDue(db, 'if-empty', null), null, 'not empty: not loaded again');
    assert.equal(await entities(), count);
  });

  it('always: replaces the properties of seed ids edited since, keeps other entities', async () => {
    const session = db.session('WRITE');
    try {
      await session.run(
        "MATCH (n:Entity {id: 'ocean-university-of-china'}) SET n.description = 'edited through the API'",
      );
      await session.run("CREATE (:Entity:Field {id: 'api-only-field', name: 'Added through the API', aliases: []})");
    } finally {
      await session.close();
    }
    assert.ok(await seedIfDue(db, 'always', null));
    const [ocean] = await db.read('writes/find-node', { id: 'ocean-university-of-china', code: null });
    assert.notEqual((ocean?.properties as { description?: string }).description, 'edited through the API');
    assert.equal((await db.read('writes/find-node', { id: 'api-only-field', code: null })).length, 1);
  });

  it('rejects an unknown mode naming the variable', () => {
    assert.throws(() => loadConfig({ COOPGRAPH_SEED: 'sometimes' }), /COOPGRAPH_SEED/);
  });

  it('the local instance records that it was seeded, in instance.json', () => {
    const home = process.env.COOPGRAPH_TEST_NEO4J_HOME;
    assert.ok(home);
    const instance = new LocalNeo4j({ home, memory: TEST_MEMORY, log: () => undefined });
    const before = instance.wasSeeded();
    instance.markSeeded();
    assert.equal(new LocalNeo4j({ home, memory: TEST_MEMORY }).wasSeeded(), true);
    assert.equal(typeof before, 'boolean');
  });
});
