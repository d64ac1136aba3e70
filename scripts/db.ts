/**
 * Local Neo4j: command line (npm run db:start | db:stop | db:status | db:backup | db:restore)
 * ===========================================================================================
 *
 * `db:backup [-- --format dump|json] [--out FILE]`: a neo4j-admin dump of the local server (default when
 * NEO4J_URI is unset), or the JSON export of any server (default when it is set). `db:restore -- FILE
 * [--replace]`: a `.dump` into the local server, a `.json` into any server (server/db/backup.ts).
 */
import '../server/env-file.js'; // first: the .env file's variables, before any module reads process.env
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { loadConfig } from '../server/config.js';
import { dumpLocal, exportJsonBackup, loadLocal, restoreJsonBackup } from '../server/backup/backup.js';
import { Database } from '../server/db/database.js';
import { LocalNeo4j } from '../server/db/local-neo4j/instance.js';
import { neo4jVersion, provision } from '../server/db/local-neo4j/provision.js';
import { resolveNeo4j } from '../server/db/target.js';
import { PROJECT_ROOT } from '../server/project-root.js';

/** The database of the configured server (NEO4J_URI, or the local one, started if need be) for `work`. */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const target = await resolveNeo4j(config.neo4j, console.log);
  const db = new Database(target.settings, { queryTimeoutMs: 600_000 });
  try {
    return await work(db);
  } finally {
    await db.close();
    if (target.startedHere) await target.local?.stop();
  }
}

async function backup(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' } } });
  const format = values.format ?? (process.env.NEO4J_URI ? 'json' : 'dump');
  if (format !== 'dump' && format !== 'json') throw new Error('--format must be dump or json');
  if (format === 'dump' && process.env.NEO4J_URI) {
    throw new Error(
      "a dump is for the local server; for NEO4J_URI use --format json (or the server's own neo4j-admin)",
    );
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'backups', `coopgraph-${stamp}.${format}`));
  mkdirSync(path.dirname(file), { recursive: true });
  if (format === 'dump') {
    console.log('coopgraph: dumping the local database (the server is stopped meanwhile and started again)');
    await dumpLocal(new LocalNeo4j(), file);
  } else {
    await withDatabase((db) => exportJsonBackup(db, file));
  }
  console.log(`coopgraph: backup written to ${file}`);
}

async function restore(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { replace: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run db:restore -- <backup.dump|backup.json> [--replace]');
  const resolved = path.resolve(file);
  if (resolved.endsWith('.dump')) {
    if (process.env.NEO4J_URI)
      throw new Error('a dump restores into the local server only; for NEO4J_URI restore a .json');
    if (!values.replace) throw new Error('restoring a dump replaces the whole local database: pass --replace');
    await loadLocal(new LocalNeo4j(), resolved);
    console.log(`coopgraph: ${resolved} loaded into the local database`);
    return;
  }
  const result = await withDatabase((db) => restoreJsonBackup(db, resolved, { replace: values.replace ?? false }));
  if (result.errors.length > 0) {
    for (const error of result.errors) console.error(error.toString());
    throw new Error(`${result.errors.length} problem(s) in ${resolved}; nothing was changed`);
  }
  console.log(`coopgraph: restored ${result.nodes} nodes and ${result.relationships} relationships from ${resolved}`);
}

async function main(command: string | undefined, args: string[]): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`coopgraph: NEO4J_URI is set (${process.env.NEO4J_URI}); the local server is not used.`);
  }
  const instance = new LocalNeo4j();
  switch (command) {
    case 'provision':
      await provision();
      return;
    case 'start': {
      const started = await instance.start();
      const { uri } = instance.credentials();
      console.log(started ? `coopgraph: Neo4j is up at ${uri}` : `coopgraph: Neo4j was already running at ${uri}`);
      return;
    }
    case 'stop':
      console.log((await instance.stop()) ? 'coopgraph: Neo4j stopped' : 'coopgraph: Neo4j was not running');
      return;
    case 'status': {
      const pid = instance.pid();
      if (pid === null) {
        console.log(`coopgraph: local Neo4j ${neo4jVersion()} is not running (home ${instance.home})`);
        process.exitCode = 3;
      } else {
        console.log(`coopgraph: local Neo4j ${neo4jVersion()} is running, pid ${pid}, ${instance.credentials().uri}`);
      }
      return;
    }
    case 'backup':
      await backup(args);
      return;
    case 'restore':
      await restore(args);
      return;
    default:
      console.error('usage: npm run db:start|db:stop|db:status|db:provision|db:backup|db:restore');
      process.exitCode = 2;
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
