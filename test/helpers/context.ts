/**
 * Test context
 * ============
 *
 * The Neo4j started by `npm test` (scripts/test.ts), a Database on it, and an app built for `inject()`.
 * Tests never mock the driver: they reset and load this real database.
 */
import type { FastifyInstance } from 'fastify';

import { buildApp } from '../../server/app.js';
import { type Config, type Neo4jSettings, loadConfig } from '../../server/config.js';
import { Database } from '../../server/db/database.js';
import { SEED_DIR } from '../../server/ingest/seed.js';
import { loadPath } from '../../server/ingest/load.js';

export function testNeo4jSettings(): Neo4jSettings {
  const uri = process.env.COOPGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error('COOPGRAPH_TEST_NEO4J_URI is not set: run the tests through `npm test`');
  return {
    uri,
    username: process.env.COOPGRAPH_TEST_NEO4J_USERNAME ?? 'neo4j',
    password: process.env.COOPGRAPH_TEST_NEO4J_PASSWORD ?? '',
    database: 'neo4j',
  };
}

export function openTestDatabase(): Database {
  return new Database(testNeo4jSettings(), { queryTimeoutMs: 60_000 });
}

export async function resetDatabase(db: Database): Promise<void> {
  await db.autoCommit('admin/delete-all');
  await db.applySchema();
}

/** Empties the database and loads `input`, a file or folder of loader input; any loader error throws. */
export async function loadInput(db: Database, input: string = SEED_DIR): Promise<void> {
  await resetDatabase(db);
  const result = await loadPath(db, input);
  if (result.errors.length > 0) throw new Error(result.errors.map(String).join('\n'));
}

/** Empties the database and loads the curated seed. */
export const loadSeed = (db: Database): Promise<void> => loadInput(db);

export function testConfig(env: Record<string, string> = {}): Config {
  const settings = testNeo4jSettings();
  return loadConfig({
    NEO4J_URI: settings.uri,
    NEO4J_USERNAME: settings.username,
    NEO4J_PASSWORD: settings.password,
    LOG_LEVEL: 'silent',
    // A loaded test machine stalls the event loop past the production threshold of 1 s; the guard itself is
    // tested with that threshold (test/db/api/limits.test.ts).
    COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS: '60000',
    ...env,
  });
}

/** An app on the shared test database; closing it leaves the driver open for the next test. */
export function buildTestApp(db: Database, env: Record<string, string> = {}): Promise<FastifyInstance> {
  return buildApp({ config: testConfig(env), db, closeDriver: false, logger: false });
}
