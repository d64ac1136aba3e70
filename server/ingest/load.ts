/**
 * Loading input into the graph
 * ============================
 *
 * Read, validate against the input and the database, and only then write: any error means nothing is written.
 */
import type { Database } from '../db/database.js';
import type { Dataset, InputError } from '../../core/dataset.js';
import { type NodeLabel, isNodeLabel } from '../../core/model.js';
import { readInput } from './read.js';
import { unresolvedIds, validate } from './validate.js';
import { type WriteOptions, type WriteSummary, writeDataset } from './write.js';

export interface LoadResult {
  errors: InputError[];
  /** Absent when validation failed or on a dry run. */
  summary?: WriteSummary;
  nodes: number;
  relationships: number;
}

/** Labels of the referenced ids that already exist in the database. */
export async function existingLabels(db: Database, ids: string[]): Promise<Map<string, NodeLabel>> {
  const found = new Map<string, NodeLabel>();
  for (let start = 0; start < ids.length; start += 10_000) {
    const rows = await db.read('load/labels-of-ids', { ids: ids.slice(start, start + 10_000) });
    for (const row of rows) if (isNodeLabel(row.label)) found.set(String(row.id), row.label);
  }
  return found;
}

export async function loadDataset(
  db: Database,
  dataset: Dataset,
  options: WriteOptions & { dryRun?: boolean; readErrors?: InputError[] } = {},
): Promise<LoadResult> {
  const existing = await existingLabels(db, unresolvedIds(dataset));
  const errors = [...(options.readErrors ?? []), ...validate(dataset, existing)];
  const result: LoadResult = { errors, nodes: dataset.nodes.length, relationships: dataset.relationships.length };
  if (errors.length > 0 || options.dryRun) return result;
  result.summary = await writeDataset(db, dataset, options);
  return result;
}

export async function loadPath(
  db: Database,
  target: string,
  options: WriteOptions & { dryRun?: boolean } = {},
): Promise<LoadResult> {
  const { dataset, errors } = readInput(target);
  return loadDataset(db, dataset, { ...options, readErrors: errors });
}
