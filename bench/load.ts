/**
 * npm run bench:load -- [--sizes 10000,100000] [--batch-sizes 1000,5000,20000] [--rounds 2] [--seed S]
 * ===================================================================================================
 *
 * How fast the online loader (server/ingest/load.ts) fills an empty database, against neo4j-admin's offline import of
 * the same rows. For each size: generate the synthetic dataset (bench/synthetic), start a throwaway Neo4j sized
 * like the main instance and load the JSON with `loadPath`: the first size once per batch size and round (after a
 * full warm-up load, rounds alternate the order; the best time counts), to choose DEFAULT_BATCH_SIZE by
 * measurement; later sizes once, with the default. Then time the COOPERATES_WITH derivation on its own (the
 * offline import derives nothing), stop the server, import the same rows offline into `neo4j`, start it, apply
 * the schema (index population is part of the offline figure: the online load has its indexes from the start),
 * and check that both databases hold the same nodes and relationships per label and type.
 * The instances are destroyed at the end, on failure and on Ctrl-C too.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

import { Database } from '../server/db/database.js';
import { loadPath } from '../server/ingest/load.js';
import { readInput } from '../server/ingest/read.js';
import { DEFAULT_SEED } from './synthetic/dataset.js';
import { deriveCooperation } from '../server/ingest/derive.js';
import { DEFAULT_BATCH_SIZE } from '../server/ingest/write.js';
import { importOffline, writeAdminCsv } from './lib/admin-import.js';
import { describeMachine, formatMachine } from './lib/machine.js';
import { generateInto } from './lib/synthetic-graph.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';

const WARM_UP_INSTITUTIONS = 500;
const TARGET_RATIO = 5;

interface OnlineRun {
  batchSize: number;
  rows: number;
  /** One figure per round; the best one is reported, the least disturbed by other work on the machine. */
  seconds: number[];
  writeSeconds: number[];
}

const best = (values: number[]) => Math.min(...values);

interface SizeResult {
  institutions: number;
  nodes: number;
  relationships: number;
  online: OnlineRun[];
  deriveSeconds: number;
  cooperationEdges: number;
  csvSeconds: number;
  importSeconds: number;
  schemaSeconds: number;
  countsMatch: boolean;
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const fmt = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const whole = (value: number) => Math.round(value).toLocaleString('en-US');

function list(value: string, name: string): number[] {
  const numbers = value.split(',').map((item) => Number(item.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--${name} takes positive integers separated by commas`);
  return numbers;
}

/** Nodes per label and relationships per type, as one map (`label:Institution`, `type:PARTY_TO`). */
async function counts(db: Database): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const row of await db.read('admin/count-by-label', {}, 600_000))
    result.set(`label:${String(row.label)}`, Number(row.count));
  for (const row of await db.read('admin/count-by-type', {}, 600_000))
    result.set(`type:${String(row.type)}`, Number(row.count));
  return result;
}

function differences(online: Map<string, number>, offline: Map<string, number>): string[] {
  const keys = [...new Set([...online.keys(), ...offline.keys()])].sort();
  return keys
    .filter((key) => online.get(key) !== offline.get(key))
    .map((key) => `${key}: online ${online.get(key) ?? 0}, offline ${offline.get(key) ?? 0}`);
}

const total = (map: Map<string, number>, prefix: string) =>
  [...map].filter(([key]) => key.startsWith(prefix)).reduce((sum, [, count]) => sum + count, 0);

async function benchSize(
  institutions: number,
  batchSizes: number[],
  rounds: number,
  seed: number,
  printMachine: boolean,
): Promise<SizeResult> {
  console.log(`\n== ${whole(institutions)} institutions ==`);
  const instance = await startThrowawayNeo4j({ name: 'coopgraph-bench-load' });
  try {
    let started = performance.now();
    const dir = path.join(instance.root, 'json');
    const input = generateInto(dir, { institutions, seed });
    console.log(
      `generated ${whole(input.nodes)} nodes, ${whole(input.relationships)} relationships (${input.files.length} JSON files) in ${fmt(seconds(started))} s`,
    );

    let db = new Database(instance.settings, { queryTimeoutMs: 3_600_000 });
    if (printMachine) console.log(`machine: ${formatMachine(await describeMachine(db))}`);
    await db.applySchema();

    // Warm up the JVM (query compilation, JIT) and the store files before anything is timed. A batch-size
    // comparison warms up with the whole dataset: otherwise whichever batch size runs first is the slowest.
    if (batchSizes.length > 1) {
      await loadPath(db, dir, { skipDerive: true });
    } else {
      const warmUp = path.join(instance.root, 'warm-up');
      generateInto(warmUp, { institutions: WARM_UP_INSTITUTIONS, seed: seed + 1 });
      await loadPath(db, warmUp, { skipDerive: true });
    }

    const online = new Map<number, OnlineRun>(
      batchSizes.map((batchSize) => [batchSize, { batchSize, rows: 0, seconds: [], writeSeconds: [] }]),
    );
    const roundCount = batchSizes.length > 1 ? rounds : 1;
    for (let round = 0; round < roundCount; round++) {
      // Odd rounds run the batch sizes in reverse, so a drift of the machine's load favours none of them.
      for (const batchSize of round % 2 === 0 ? batchSizes : [...batchSizes].reverse()) {
        await db.autoCommit('admin/delete-all');
        await db.applySchema();
        started = performance.now();
        const result = await loadPath(db, dir, { skipDerive: true, batchSize });
        const elapsed = seconds(started);
        if (!result.summary)
          throw new Error(
            `coopgraph bench: the dataset did not load:\n${result.errors.slice(0, 20).map(String).join('\n')}`,
          );
        const { nodes, relationships } = result.summary;
        const rows =
          nodes.created +
          nodes.updated +
          nodes.unchanged +
          relationships.created +
          relationships.updated +
          relationships.unchanged;
        const run = online.get(batchSize)!;
        run.rows = rows;
        run.seconds.push(elapsed);
        run.writeSeconds.push(result.summary.seconds);
        console.log(
          `online, batch ${whole(batchSize).padStart(6)}${roundCount > 1 ? `, round ${round + 1}` : ''}: ${whole(rows)} rows in ${fmt(elapsed)} s = ` +
            `${whole(rows / elapsed)} rows/s (read + validate ${fmt(elapsed - result.summary.seconds)} s, write ${fmt(result.summary.seconds)} s = ` +
            `${whole(rows / result.summary.seconds)} rows/s)`,
        );
      }
    }
    const before = await counts(db);
    started = performance.now();
    const cooperationEdges = await deriveCooperation(db);
    const deriveSeconds = seconds(started);
    console.log(`derivation: ${whole(cooperationEdges)} COOPERATES_WITH edges in ${fmt(deriveSeconds)} s`);
    await db.close();

    started = performance.now();
    const { dataset, errors } = readInput(dir);
    if (errors.length > 0)
      throw new Error(`coopgraph bench: ${errors.length} read errors, first: ${String(errors[0])}`);
    const files = writeAdminCsv(dataset, path.join(instance.root, 'admin-csv'));
    const csvSeconds = seconds(started);
    console.log(
      `offline: wrote ${whole(files.nodeRows)} node and ${whole(files.relationshipRows)} relationship rows as neo4j-admin CSV in ${fmt(csvSeconds)} s`,
    );

    await instance.neo4j.stop();
    started = performance.now();
    await importOffline(instance.neo4j, files, path.join(instance.root, 'import.report'));
    const importSeconds = seconds(started);
    await instance.neo4j.start({ timeoutMs: 300_000 });
    db = new Database(instance.settings, { queryTimeoutMs: 3_600_000 });
    let after: Map<string, number>;
    let schemaSeconds: number;
    try {
      started = performance.now();
      await db.applySchema();
      schemaSeconds = seconds(started);
      after = await counts(db);
    } finally {
      await db.close();
    }
    const rows = files.nodeRows + files.relationshipRows;
    const offlineSeconds = importSeconds + schemaSeconds;
    console.log(
      `offline: neo4j-admin import ${fmt(importSeconds)} s + schema and index population ${fmt(schemaSeconds)} s = ` +
        `${fmt(offlineSeconds)} s = ${whole(rows / offlineSeconds)} rows/s`,
    );

    const problems = differences(before, after);
    if (problems.length === 0) {
      console.log(
        `counts: both databases hold ${whole(total(after, 'label:'))} nodes and ${whole(total(after, 'type:'))} relationships (derived COOPERATES_WITH excluded), per label and type`,
      );
    } else {
      console.log(`counts DIFFER:\n  ${problems.join('\n  ')}`);
    }
    const chosen = online.get(DEFAULT_BATCH_SIZE) ?? [...online.values()][0]!;
    const ratio = best(chosen.seconds) / offlineSeconds;
    console.log(
      `ratio online / offline (batch ${whole(chosen.batchSize)}, derivation excluded): ${fmt(ratio, 2)}x ` +
        `(target: within ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}; with derivation: ${fmt((best(chosen.seconds) + deriveSeconds) / offlineSeconds, 2)}x`,
    );
    return {
      institutions,
      nodes: total(after, 'label:'),
      relationships: total(after, 'type:'),
      online: [...online.values()],
      deriveSeconds,
      cooperationEdges,
      csvSeconds,
      importSeconds,
      schemaSeconds,
      countsMatch: problems.length === 0,
    };
  } finally {
    await instance.destroy();
  }
}

/** The figures as Markdown rows, for bench/README.md. */
function summary(results: SizeResult[]): string {
  const lines = [
    '| institutions | nodes | relationships | batch | online load | rows/s | derivation | offline import + indexes | online / offline |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    const offline = result.importSeconds + result.schemaSeconds;
    for (const run of result.online) {
      const seconds = best(run.seconds);
      lines.push(
        `| ${whole(result.institutions)} | ${whole(result.nodes)} | ${whole(result.relationships)} | ${whole(run.batchSize)} | ` +
          `${fmt(seconds)} s${run.seconds.length > 1 ? ` (of ${run.seconds.map((s) => fmt(s)).join(', ')})` : ''} | ` +
          `${whole(run.rows / seconds)} | ${fmt(result.deriveSeconds)} s (${whole(result.cooperationEdges)} edges) | ` +
          `${fmt(result.importSeconds)} + ${fmt(result.schemaSeconds)} = ${fmt(offline)} s | ${fmt(seconds / offline, 2)}x |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      'batch-sizes': { type: 'string', default: '1000,5000,20000' },
      rounds: { type: 'string', default: '2' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const sizes = list(values.sizes, 'sizes');
  const batchSizes = list(values['batch-sizes'], 'batch-sizes');
  const seed = Number(values.seed);
  const [rounds = 2] = list(values.rounds, 'rounds');
  console.log(
    `coopgraph bench:load: sizes ${sizes.join(', ')}; batch sizes ${batchSizes.join(', ')} on the first size (${rounds} rounds, best kept), ` +
      `${DEFAULT_BATCH_SIZE} (the default) after`,
  );
  const results: SizeResult[] = [];
  for (const [index, size] of sizes.entries()) {
    results.push(await benchSize(size, index === 0 ? batchSizes : [DEFAULT_BATCH_SIZE], rounds, seed, index === 0));
  }
  console.log(`\n${summary(results)}`);
  return results.every((result) => result.countsMatch) ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
