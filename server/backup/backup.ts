/**
 * Backup and restore
 * ==================
 *
 * Two kinds of backup (docs/operations.md, "Backup and restore"):
 * - a **dump** of the local server's database with `neo4j-admin database dump` (everything Neo4j stores:
 *   nodes, relationships, the data-version node; constraints and indexes too). Neo4j Community dumps offline
 *   only, so the local server is stopped for the dump and started again. Restored with `neo4j-admin database load`.
 * - a **JSON export** (`GET /api/export?format=json`, the loader's format) for any server, NEO4J_URI included.
 *   Restored by emptying the database and loading the file as `npm run load` does; derived cooperation is
 *   derived again, the schema applied again.
 */
import { copyFileSync, createWriteStream, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { Database } from '../db/database.js';
import type { LocalNeo4j } from '../db/local-neo4j/instance.js';
import { jsonExport } from '../export/json.js';
import { wholeGraph } from '../export/source.js';
import { type LoadResult, loadPath } from '../ingest/load.js';
import { isEmpty } from '../ingest/seed.js';

const DATABASE = 'neo4j';

/** Runs `work` with the local server stopped, and starts it again if it was running. */
async function offline<T>(instance: LocalNeo4j, work: () => Promise<T>): Promise<T> {
  const wasRunning = instance.pid() !== null;
  if (wasRunning) await instance.stop();
  try {
    return await work();
  } finally {
    if (wasRunning) await instance.start({ timeoutMs: 600_000 });
  }
}

async function admin(instance: LocalNeo4j, args: string[]): Promise<void> {
  const { status, output } = await instance.admin(args);
  if (status !== 0)
    throw new Error(
      `coopgraph: neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${status}):\n${output.slice(-4000)}`,
    );
}

/** Dumps the local server's database into `file` (a `.dump`); the server is stopped meanwhile. */
export async function dumpLocal(instance: LocalNeo4j, file: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-dump-'));
  try {
    await offline(instance, () =>
      admin(instance, ['database', 'dump', DATABASE, `--to-path=${dir}`, '--overwrite-destination=true']),
    );
    const dumped = path.join(dir, `${DATABASE}.dump`);
    if (!existsSync(dumped)) throw new Error(`coopgraph: neo4j-admin wrote no ${DATABASE}.dump`);
    try {
      renameSync(dumped, file);
    } catch {
      copyFileSync(dumped, file); // another file system
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces the local server's database with a dump; the server is stopped meanwhile. */
export async function loadLocal(instance: LocalNeo4j, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`coopgraph: no backup file ${file}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-load-'));
  try {
    copyFileSync(file, path.join(dir, `${DATABASE}.dump`));
    await offline(instance, () =>
      admin(instance, ['database', 'load', DATABASE, `--from-path=${dir}`, '--overwrite-destination=true']),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the whole graph as the JSON export into `file`, streamed. */
export async function exportJsonBackup(db: Database, file: string): Promise<void> {
  const partial = `${file}.partial`;
  await pipeline(Readable.from(jsonExport(wholeGraph(db))), createWriteStream(partial));
  renameSync(partial, file); // a failed export leaves no file that looks complete
}

/**
 * Replaces the graph with a JSON backup: validated first (nothing is deleted when the file is invalid), then the
 * database is emptied, the schema applied and the file loaded. Refuses a database that holds data unless
 * `replace` is set.
 */
export async function restoreJsonBackup(
  db: Database,
  file: string,
  options: { replace: boolean },
): Promise<LoadResult> {
  if (!existsSync(file)) throw new Error(`coopgraph: no backup file ${file}`);
  if (!options.replace && !(await isEmpty(db))) {
    throw new Error('coopgraph: the database holds data; restoring replaces all of it: pass --replace');
  }
  const check = await loadPath(db, file, { dryRun: true });
  if (check.errors.length > 0) return check;
  await db.autoCommit('admin/delete-all');
  await db.applySchema();
  return loadPath(db, file, { alwaysDerive: true });
}
