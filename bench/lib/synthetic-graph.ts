/**
 * A synthetic graph in a throwaway Neo4j
 * ======================================
 *
 * What every benchmark starts from: generate the synthetic dataset (bench/synthetic) for a number of
 * institutions, start a throwaway Neo4j, apply the schema and load the dataset with the online loader (which
 * also derives COOPERATES_WITH). `stop()` destroys the instance and the generated files.
 *
 *   const graph = await startSyntheticGraph({ institutions: 10_000 });
 *   try { ... new Database(graph.settings) ... } finally { await graph.stop(); }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { LocalNeo4j, Memory } from '../../server/db/local-neo4j/instance.js';
import type { Neo4jSettings } from '../../server/config.js';
import { Database } from '../../server/db/database.js';
import { loadPath } from '../../server/ingest/load.js';
import { DEFAULT_SEED, generateDataset } from '../synthetic/dataset.js';
import { type DatasetFormat, writeDataset } from '../synthetic/files.js';
import type { WriteSummary } from '../../server/ingest/write.js';
import { startThrowawayNeo4j } from './throwaway-neo4j.js';

export interface SyntheticGraphOptions {
  institutions: number;
  seed?: number;
  memory?: Memory;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SyntheticGraph {
  neo4j: LocalNeo4j;
  settings: Neo4jSettings;
  /** Nodes and relationships in the generated input (before MENTIONED_IN and COOPERATES_WITH are built). */
  input: { nodes: number; relationships: number };
  load: WriteSummary;
  stop: () => Promise<void>;
}

/** Generates a dataset into `dir` and returns its size; the dataset itself is left for the garbage collector. */
export function generateInto(dir: string, options: { institutions: number; seed?: number; format?: DatasetFormat }) {
  const dataset = generateDataset({ institutions: options.institutions, seed: options.seed ?? DEFAULT_SEED });
  const files = writeDataset(dataset, dir, options.format ?? 'json');
  return { files, nodes: dataset.nodes.length, relationships: dataset.relationships.length };
}

export async function startSyntheticGraph(options: SyntheticGraphOptions): Promise<SyntheticGraph> {
  const log = options.log ?? ((line: string) => console.log(line));
  const instance = await startThrowawayNeo4j({ memory: options.memory, log, name: 'coopgraph-synthetic' });
  try {
    const dir = path.join(instance.root, 'dataset');
    log(`coopgraph bench: generating ${options.institutions} institutions into ${dir}`);
    const input = generateInto(dir, options);
    const db = new Database(instance.settings, { queryTimeoutMs: 600_000 });
    try {
      await db.applySchema();
      log(`coopgraph bench: loading ${input.nodes} nodes and ${input.relationships} relationships`);
      const result = await loadPath(db, dir, options.batchSize ? { batchSize: options.batchSize } : {});
      if (result.errors.length > 0 || !result.summary) {
        throw new Error(
          `coopgraph bench: the synthetic dataset did not load:\n${result.errors.slice(0, 20).map(String).join('\n')}`,
        );
      }
      log(
        `coopgraph bench: loaded in ${result.summary.seconds.toFixed(1)} s, ${result.summary.cooperationEdges} cooperation edges`,
      );
      return {
        neo4j: instance.neo4j,
        settings: instance.settings,
        input,
        load: result.summary,
        stop: instance.destroy,
      };
    } finally {
      await db.close();
    }
  } catch (error) {
    await instance.destroy();
    throw error;
  }
}

/** What `npm run bench:graph` writes for the other benchmarks' `--graph file.json`. */
export interface SharedGraphFile {
  institutions: number;
  seed: number;
  settings: Neo4jSettings;
  input: { nodes: number; relationships: number };
  load: WriteSummary;
}

export type BenchGraph = Pick<SyntheticGraph, 'settings' | 'input' | 'load' | 'stop'> & { institutions: number };

/**
 * The graph a benchmark runs on: the one `npm run bench:graph` keeps running (`graphFile`, left running when the
 * benchmark ends), or a new synthetic graph of its own (destroyed by `stop()`). Several benchmarks on one graph
 * measure one dataset in one loaded store, and pay the 100k load once.
 */
export async function openBenchGraph(options: SyntheticGraphOptions & { graphFile?: string }): Promise<BenchGraph> {
  if (options.graphFile) {
    const shared = JSON.parse(readFileSync(options.graphFile, 'utf8')) as SharedGraphFile;
    console.log(`coopgraph bench: on the running graph of ${options.graphFile} (${shared.institutions} institutions)`);
    return { ...shared, stop: async () => undefined };
  }
  const graph = await startSyntheticGraph(options);
  return { ...graph, institutions: options.institutions };
}
