/**
 * npm run generate -- --institutions N [--seed S] [--out DIR] [--format json|csv]
 * ===============================================================================
 *
 * Writes a realistic synthetic dataset in the loader's input format (bench/synthetic explains the shape: power-law
 * partner counts, a skewed country distribution, Zipf fields, people, events, documents with mentions). The
 * same seed gives the same files. Load it with `npm run load -- <DIR>`; the benchmarks (bench/) use it too.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_SEED, generateDataset } from './synthetic/dataset.js';
import { type DatasetFormat, writeDataset } from './synthetic/files.js';

const USAGE = 'usage: npm run generate -- --institutions N [--seed S] [--out DIR] [--format json|csv]';

function integerOption(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 0)
    throw new Error(`--${name} must be a non-negative integer\n${USAGE}`);
  return number;
}

function countsByType(items: { type: string }[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      institutions: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'json' },
    },
  });
  const institutions = integerOption(values.institutions, 'institutions');
  if (institutions < 10) throw new Error(`--institutions must be at least 10\n${USAGE}`);
  const seed = integerOption(values.seed, 'seed', DEFAULT_SEED);
  const format = values.format as DatasetFormat;
  if (format !== 'json' && format !== 'csv') throw new Error(`--format must be json or csv\n${USAGE}`);
  const out = path.resolve(
    values.out ?? path.join(os.tmpdir(), `coopgraph-synthetic-${institutions}-${seed}-${format}`),
  );

  const started = performance.now();
  const dataset = generateDataset({ institutions, seed });
  const files = writeDataset(dataset, out, format);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `generated ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships in ${seconds.toFixed(1)} s (seed ${seed})`,
  );
  console.log(`  nodes:         ${countsByType(dataset.nodes)}`);
  console.log(`  relationships: ${countsByType(dataset.relationships)}`);
  console.log(`wrote ${files.length} ${format.toUpperCase()} file(s) to ${out}`);
  console.log(`load it with: npm run load -- ${out}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
