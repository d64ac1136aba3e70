/**
 * Synthetic dataset fixture
 * =========================
 *
 * The small generated dataset (bench/synthetic) that the generator tests share: INSTITUTIONS institutions from
 * SEED, written as JSON (`<dir>/json`) and CSV (`<dir>/csv`) into a temporary folder in `before`, removed in
 * `after` of the file or suite that calls `syntheticFiles()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';

import { type SyntheticDataset, generateDataset } from '../../bench/synthetic/dataset.js';
import { writeDataset } from '../../bench/synthetic/files.js';

export const INSTITUTIONS = 300;
export const SEED = 7;

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export interface SyntheticFiles {
  /** The generated dataset, as generateDataset returned it. */
  dataset: SyntheticDataset;
  /** The temporary folder with json/ and csv/ in it. */
  dir: string;
}

/** Generates and writes the dataset before the tests of the calling scope; both fields are set from then on. */
export function syntheticFiles(): SyntheticFiles {
  const files = {} as SyntheticFiles;
  before(() => {
    files.dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-generate-test-'));
    files.dataset = generateDataset({ institutions: INSTITUTIONS, seed: SEED });
    writeDataset(files.dataset, path.join(files.dir, 'json'), 'json');
    writeDataset(files.dataset, path.join(files.dir, 'csv'), 'csv');
  });
  after(() => {
    if (files.dir) rmSync(files.dir, { recursive: true, force: true });
  });
  return files;
}
