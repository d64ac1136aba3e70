/**
 * A synthetic graph kept running for several benchmarks
 * =====================================================
 *
 * npm run bench:graph -- [--institutions 100000] [--seed N] [--out bench/results/graph.json]
 *
 * Generates and loads the synthetic graph into a throwaway Neo4j (bench/lib), writes its connection settings and
 * load summary to `--out`, and keeps it running until Ctrl-C, which destroys it. The other benchmarks take
 * `--graph <out>` to run on it: `bench:queries`, `bench:api`, `bench:analytics` and `bench:derive-rules`
 * measure one dataset in one store, and a 100k graph is loaded once instead of four times.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_SEED } from './synthetic/dataset.js';
import { type SharedGraphFile, startSyntheticGraph } from './lib/synthetic-graph.js';

const { values } = parseArgs({
  options: {
    institutions: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: 'bench/results/graph.json' },
  },
});
const institutions = Number(values.institutions);
const seed = Number(values.seed);
if (!Number.isInteger(institutions) || institutions < 1) throw new Error('--institutions takes a positive integer');

const graph = await startSyntheticGraph({ institutions, seed });
const file: SharedGraphFile = { institutions, seed, settings: graph.settings, input: graph.input, load: graph.load };
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(file, null, 2));
console.log(`coopgraph bench: graph of ${institutions} institutions running; --graph ${values.out}; Ctrl-C stops it`);
// Kept alive until a signal: the throwaway instance destroys itself on SIGINT / SIGTERM.
setInterval(() => undefined, 1 << 30);
