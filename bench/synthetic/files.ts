/**
 * Writing a synthetic dataset in the loader's formats
 * ===================================================
 *
 * JSON: `{ "nodes": [...], "relationships": [...] }` (docs/data-model.md), one record per line, written in
 * pieces so that no single giant string is built. Large datasets are split into several files of at most
 * 50,000 records: the loader reads every .json file of a folder as one dataset, reads each file as one string
 * (V8 caps a string at about 512 MiB) and merges each file's records as call arguments (core/dataset.ts
 * `merge`, which overflows the stack somewhere above 100,000 records).
 * CSV: one file per node label or relationship type, as server/ingest/read.ts parses them: list cells joined with `|`,
 * provenance as the two list columns `documents` and `evidence`.
 */
import { stringify } from 'csv-stringify/sync';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

import type { Mention } from '../../core/dataset.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../core/model.js';
import type { SyntheticDataset, SyntheticNode, SyntheticRelationship } from './graph.js';

export const RECORDS_PER_JSON_FILE = 50_000;
const LINES_PER_WRITE = 2_000;

/** Writes lines to a file in pieces of a few thousand. */
class LineWriter {
  private readonly fd: number;
  private pending: string[] = [];

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  write(line: string): void {
    this.pending.push(line);
    if (this.pending.length >= LINES_PER_WRITE) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes the dataset as one or more JSON files in `dir`; returns their paths. */
export function writeJsonDataset(
  dataset: SyntheticDataset,
  dir: string,
  recordsPerFile = RECORDS_PER_JSON_FILE,
): string[] {
  mkdirSync(dir, { recursive: true });
  const records: { kind: 'nodes' | 'relationships'; items: (SyntheticNode | SyntheticRelationship)[] }[] = [
    { kind: 'nodes', items: dataset.nodes },
    { kind: 'relationships', items: dataset.relationships },
  ];
  const total = dataset.nodes.length + dataset.relationships.length;
  const files: string[] = [];
  let offset = 0;
  for (let part = 0; offset < total; part++) {
    const file = path.join(dir, `synthetic-${String(part).padStart(3, '0')}.json`);
    files.push(file);
    const out = new LineWriter(file);
    const end = Math.min(total, offset + recordsPerFile);
    out.write('{\n');
    let start = 0;
    records.forEach(({ kind, items }, section) => {
      const from = Math.max(0, offset - start);
      const to = Math.max(from, Math.min(items.length, end - start));
      out.write(`${section > 0 ? ',\n' : ''}"${kind}": [\n`);
      for (let index = from; index < to; index++)
        out.write(`${index > from ? ',\n' : ''}${JSON.stringify(items[index])}`);
      out.write('\n]');
      start += items.length;
    });
    out.write('\n}\n');
    out.close();
    offset = end;
  }
  return files;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('|');
  return String(value);
}

function provenanceCells(mentions: Mention[] | undefined): { documents: string; evidence: string } {
  return {
    documents: (mentions ?? []).map((mention) => mention.document).join('|'),
    evidence: (mentions ?? []).map((mention) => mention.evidence).join('|'),
  };
}

function groupBy<T extends { type: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.type) ?? [];
    group.push(item);
    groups.set(item.type, group);
  }
  return groups;
}

/** Property columns in first-seen order, without the record's own keys. */
function propertyColumns(records: Record<string, unknown>[], own: string[]): string[] {
  const columns = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) if (!own.includes(key)) columns.add(key);
  return [...columns];
}

function writeCsvFile(file: string, columns: string[], rows: Iterable<Record<string, string>>): void {
  const out = new LineWriter(file);
  out.write(stringify([], { header: true, columns }));
  let batch: Record<string, string>[] = [];
  const flush = () => {
    if (batch.length > 0) out.write(stringify(batch, { columns }));
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= LINES_PER_WRITE) flush();
  }
  flush();
  out.close();
}

/** Writes the dataset as CSV files in `dir` (`Institution.csv`, `PARTY_TO.csv`, ...); returns their paths. */
export function writeCsvDataset(dataset: SyntheticDataset, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [label, nodes] of groupBy(dataset.nodes)) {
    const properties = propertyColumns(nodes, ['id', 'type', 'mentions']);
    const file = path.join(dir, `${label}.csv`);
    writeCsvFile(
      file,
      ['id', ...properties, 'documents', 'evidence'],
      (function* () {
        for (const node of nodes) {
          const row: Record<string, string> = { id: node.id, ...provenanceCells(node.mentions) };
          for (const key of properties) row[key] = cell(node[key]);
          yield row;
        }
      })(),
    );
    files.push(file);
  }
  for (const [type, relationships] of groupBy(dataset.relationships)) {
    const properties = propertyColumns(relationships, ['type', 'source', 'target', 'mentions']);
    const file = path.join(dir, `${type}.csv`);
    writeCsvFile(
      file,
      ['source', 'target', ...properties, 'documents', 'evidence'],
      (function* () {
        for (const relationship of relationships) {
          const row: Record<string, string> = {
            source: relationship.source,
            target: relationship.target,
            ...provenanceCells(relationship.mentions),
          };
          for (const key of properties) row[key] = cell(relationship[key]);
          yield row;
        }
      })(),
    );
    files.push(file);
  }
  return files;
}

export type DatasetFormat = 'json' | 'csv';

/** Files a previous run may have left in `dir`; they would be read with the new ones, so they go first. */
function removeStaleFiles(dir: string): void {
  if (!existsSync(dir)) return;
  const ours = new Set([...NODE_LABELS, ...RELATIONSHIP_TYPES].map((name) => `${name}.csv`));
  for (const entry of readdirSync(dir)) {
    if (/^synthetic-\d{3}\.json$/.test(entry) || ours.has(entry)) rmSync(path.join(dir, entry));
  }
}

/** Writes the dataset into `dir` in the given format, replacing an earlier generated dataset there. */
export function writeDataset(dataset: SyntheticDataset, dir: string, format: DatasetFormat = 'json'): string[] {
  removeStaleFiles(dir);
  return format === 'csv' ? writeCsvDataset(dataset, dir) : writeJsonDataset(dataset, dir);
}
