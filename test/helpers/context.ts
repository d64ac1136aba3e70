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

/**
 * The shared database of a test file. Its probe is generous like the event-loop guard (TEST_DEFAULTS): on a
 * loaded machine a probe can miss the production 1 s and call a slow database down; the outage tests use the
 * production settings on a Neo4j of their own (test/db/outages.test.ts).
 */
export function openTestDatabase(): Database {
  return new Database(testNeo4jSettings(), { queryTimeoutMs: 60_000, probeTimeoutMs: 10_000 });
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
/**
 * Settings that tests need to be stable on a loaded machine, overridable per test. The event-loop guard is
 * generous: on a busy 2-core machine a large answer's serialisation can stall the loop past the production 1 s,
 * which would turn unrelated tests' answers into 503s; the guard itself is tested explicitly (limits.test.ts).
 * The auth tests send hundreds of keyless requests from one address; the budget of failed authentications is
 * tested on its own (test/unit/auth-rate-limit.test.ts). No warm-up runs in the background of a test (it would
 * compete with what the test measures); test/db/warm-up.test.ts turns it on.
 */
export const TEST_DEFAULTS: Record<string, string> = {
  LOG_LEVEL: 'silent',
  COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS: '60000',
  COOPGRAPH_AUTH_FAILURE_RATE_LIMIT: '1000000',
  COOPGRAPH_WARM_UP_INTERVAL_MS: '0',
};

export function testConfig(env: Record<string, string> = {}): Config {
  const settings = testNeo4jSettings();
  return loadConfig({
    NEO4J_URI: settings.uri,
    NEO4J_USERNAME: settings.username,
    NEO4J_PASSWORD: settings.password,
    ...TEST_DEFAULTS,
    ...env,
  });
}

/** An app on the shared test database; closing it leaves the driver open for the next test. */
export function buildTestApp(db: Database, env: Record<string, string> = {}): Promise<FastifyInstance> {
  // Silent unless a test asks for a level (the Schemathesis run logs errors, so a 500 says why).
  const logger = env.LOG_LEVEL && env.LOG_LEVEL !== 'silent' ? { level: env.LOG_LEVEL } : false;
  return buildApp({ config: testConfig(env), db, closeDriver: false, logger });
}
