/**
 * npm run load -- <file-or-folder> [--dry-run] [--batch-size N]
 * ============================================================
 *
 * Loads JSON or CSV input (default: the curated seed in seed/data) into Neo4j. Exit code 1 and one line per
 * problem (file, record, field) when the input is invalid; nothing is written then.
 */
import '../env-file.js'; // first: the .env file's variables, before any module reads process.env
import { SingleBar } from 'cli-progress';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { resolveNeo4j } from '../db/target.js';
import { loadPath } from '../ingest/load.js';
import { SEED_DIR } from '../ingest/seed.js';

const PROGRESS_THRESHOLD = 5_000;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, 'batch-size': { type: 'string' } },
  });
  const target = path.resolve(positionals[0] ?? SEED_DIR);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    console.error('--batch-size must be a positive integer');
    return 2;
  }
  const config = loadConfig();
  const neo4j = await resolveNeo4j(config.neo4j, console.log);
  const db = new Database(neo4j.settings, { queryTimeoutMs: 600_000 });
  let bar: SingleBar | null = null;
  try {
    await db.applySchema();
    const result = await loadPath(db, target, {
      dryRun: values['dry-run'],
      alwaysDerive: true,
      ...(batchSize ? { batchSize } : {}),
      onProgress: (done, total) => {
        if (total < PROGRESS_THRESHOLD) return;
        bar ??= new SingleBar({ format: 'loading [{bar}] {percentage}% | {value}/{total} rows | {eta}s left' });
        if (done === 0 || !bar.isActive) bar.start(total, done);
        bar.update(done);
      },
    });
    (bar as SingleBar | null)?.stop();
    if (result.errors.length > 0) {
      for (const error of result.errors) console.error(error.toString());
      console.error(`\n${result.errors.length} problem(s) in ${target}; nothing was written.`);
      return 1;
    }
    if (!result.summary) {
      console.log(
        `${target}: valid (${result.nodes} nodes, ${result.relationships} relationships); dry run, nothing written.`,
      );
      return 0;
    }
    const { nodes, relationships, cooperationEdges, seconds } = result.summary;
    const changed = nodes.created + nodes.updated + relationships.created + relationships.updated;
    console.log(`loaded ${target} in ${seconds.toFixed(1)} s`);
    console.log(`  nodes:         ${nodes.created} created, ${nodes.updated} updated, ${nodes.unchanged} unchanged`);
    console.log(
      `  relationships: ${relationships.created} created, ${relationships.updated} updated, ${relationships.unchanged} unchanged`,
    );
    if (result.summary.cooperationPending) {
      console.error(
        `  written, but the cooperation edges could not be derived (${cooperationEdges} stand now); the graph is ` +
          'flagged as pending: run this load again, or start the server, to derive them.',
      );
      return 1;
    }
    console.log(`  cooperation edges after derivation: ${cooperationEdges}`);
    if (changed === 0) {
      console.log('  nothing changed: the database already held this input (the derived edges were checked again).');
    }
    return 0;
  } finally {
    await db.close();
    if (neo4j.startedHere) await neo4j.local?.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
