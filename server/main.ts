/**
 * coopgraph server: the `npm start` entry point
 * =============================================
 *
 * Validates the configuration, finds or starts Neo4j, applies the schema, loads the seed into an empty
 * database, listens, and prints the explorer's URL. Ctrl-C closes the app, the driver, and the local Neo4j if
 * this process started it.
 */
import closeWithGrace from 'close-with-grace';
import { setTimeout as sleep } from 'node:timers/promises';

import { ProvisionError } from './db/local-neo4j/provision.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { Database } from './db/database.js';
import { resolveNeo4j } from './db/target.js';
import { ensurePartnerCounts } from './ingest/partner-counts.js';
import { loadSeedIfEmpty } from './ingest/seed.js';

/** Applies the schema and the seed, retrying while the database is unreachable; the server runs meanwhile. */
async function prepareDatabase(db: Database, log: (message: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const statements = await db.applySchema();
      log(`schema applied (${statements} statements)`);
      const seeded = await loadSeedIfEmpty(db);
      if (seeded?.summary) {
        log(`seed loaded: ${seeded.nodes} nodes, ${seeded.relationships} relationships, ${seeded.summary.cooperationEdges} cooperation edges`);
      }
      if (await ensurePartnerCounts(db)) log('cooperation degrees stored (the data predates them)');
      return;
    } catch (error) {
      if (!(await db.health()).connected) {
        log(`database not reachable (attempt ${attempt}); retrying in 5 s`);
        await sleep(5_000);
        continue;
      }
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await resolveNeo4j(config.neo4j, (line) => console.log(line));
  const db = new Database(target.settings, { queryTimeoutMs: config.queryTimeoutMs });
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

  await prepareDatabase(db, (message) => app.log.info(message));
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const health = await db.health();
  console.log(`\ncoopgraph is running: http://${host}:${port}/`);
  console.log(`  API docs:  http://${host}:${port}/api/docs`);
  console.log(`  Neo4j:     ${target.settings.uri} (${health.edition ?? '?'} ${health.version ?? '?'})\n`);
}

main().catch((error: Error) => {
  if (error instanceof ConfigError) console.error(`coopgraph: invalid configuration: ${error.message}`);
  else if (error instanceof ProvisionError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
