/**
 * coopgraph server: the `npm start` entry point
 * =============================================
 *
 * Validates the configuration, finds or starts Neo4j, applies the schema, loads the seed into an empty
 * database, listens, and prints the explorer's URL. A database that is not reachable at start (NEO4J_URI down)
 * is prepared once it comes: the service listens meanwhile, health says "down" and data routes answer 503 with
 * Retry-After.
 * Ctrl-C closes the app, the driver, and the local Neo4j if this process started it.
 */
import './env-file.js'; // first: the .env file's variables, before any module reads process.env
import closeWithGrace from 'close-with-grace';
import { setTimeout as sleep } from 'node:timers/promises';

import { ProvisionError } from './db/local-neo4j/provision.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { Database } from './db/database.js';
import { resolveNeo4j } from './db/target.js';
import { deriveCooperation, readDerivationState } from './ingest/derive.js';
import { ensurePartnerCounts } from './ingest/partner-counts.js';
import { type SeedMode, type SeedRecord, isEmpty, seedIfDue } from './ingest/seed.js';
import { isUnavailable } from './unavailable.js';

/** Seconds between attempts to prepare a database that is not reachable. */
const PREPARE_RETRY_MS = 2_000;

/** Applies the schema and the seed, retrying while the database is unreachable; the server runs meanwhile. */
async function prepareDatabase(
  db: Database,
  seed: SeedMode,
  record: SeedRecord | null,
  log: (message: string) => void,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const statements = await db.applySchema();
      log(`schema applied (${statements} statements)`);
      const seeded = await seedIfDue(db, seed, record);
      if (seeded?.summary) {
        log(
          `seed loaded: ${seeded.nodes} nodes, ${seeded.relationships} relationships, ${seeded.summary.cooperationEdges} cooperation edges`,
        );
      } else if (await isEmpty(db)) {
        log(
          'the database is empty: load data with npm run load, restore a backup, or start with COOPGRAPH_SEED=if-empty',
        );
      }
      if (await ensurePartnerCounts(db)) log('cooperation degrees stored (the data predates them)');
      // A load cut short or a failed derivation left the derived edges behind the data: catch up now.
      const derivation = await readDerivationState(db);
      if (derivation.pending && !derivation.deriving) {
        log(`cooperation edges pending since ${derivation.pendingSince ?? '?'}: deriving them again`);
        log(`cooperation edges derived: ${await deriveCooperation(db)}`);
      }
      return;
    } catch (error) {
      // Unavailable: the monitor saw the database go (or not yet come); anything else while it answers is real.
      if (isUnavailable(error) || !(await db.health()).connected) {
        if (attempt === 1 || attempt % 15 === 0) log(`database not reachable (attempt ${attempt}); retrying every 2 s`);
        await sleep(PREPARE_RETRY_MS);
        continue;
      }
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await resolveNeo4j(config.neo4j, (line) => console.log(line));
  const local = target.local;
  const db = new Database(target.settings, {
    queryTimeoutMs: config.queryTimeoutMs,
    ...config.database,
    // The local Neo4j moves to another port when its own is taken at a restart: follow it there.
    resolveSettings: local ? () => local.credentials() : undefined,
  });
  const app = await buildApp({ config, db });

  closeWithGrace({ delay: 30_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'stopping after an error');
    else app.log.info(`${signal} received, stopping`);
    await app.close();
    if (target.startedHere) {
      app.log.info('stopping the local Neo4j started by npm start');
      await target.local?.stop();
    }
  });

  const log = (message: string) => app.log.info(message);
  // A database that answers is prepared before the first request; one that does not, while the service serves.
  const reachable = (await db.health()).connected;
  if (reachable) await prepareDatabase(db, config.seed, target.local, log);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const health = await db.health();
  console.log(`\ncoopgraph is running: http://${host}:${port}/`);
  console.log(`  API docs:  http://${host}:${port}/api/docs`);
  const neo4j = health.connected ? `${health.edition ?? '?'} ${health.version ?? '?'}` : 'not reachable yet';
  console.log(`  Neo4j:     ${db.uri} (${neo4j})\n`);
  if (!reachable) await prepareDatabase(db, config.seed, target.local, log);
}

main().catch((error: Error) => {
  if (error instanceof ConfigError) console.error(`coopgraph: invalid configuration: ${error.message}`);
  else if (error instanceof ProvisionError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
