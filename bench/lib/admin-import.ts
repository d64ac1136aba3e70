/**
 * Offline import with neo4j-admin
 * ===============================
 *
 * The yardstick for the online loader: the same rows the loader writes (server/ingest/write.ts `toRows`: Country
 * properties from world-countries, MENTIONED_IN built from mentions, provenance lists, relationship ids) as CSV
 * files in neo4j-admin's header format (`id:ID`, `:LABEL` with `Entity`, `startYear:int`, `aliases:string[]`;
 * `:START_ID`, `:END_ID`, `:TYPE`), imported with `neo4j-admin database import full` into the stopped
 * instance's `neo4j` database. Indexes and constraints are not part of an offline import (Community has no
 * `--schema`); the caller applies cypher/schema.cypher after the start and times that as part of the import.
 */
import { stringify } from 'csv-stringify/sync';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

import type { LocalNeo4j } from '../../server/db/local-neo4j/instance.js';
import type { Dataset } from '../../core/dataset.js';
import { toRows } from '../../server/ingest/write.js';

/** The loader's CSV list separator; generated values never contain it, and writing checks that. */
export const ARRAY_DELIMITER = '|';
const ROWS_PER_WRITE = 5_000;

type Row = { props: Record<string, unknown> };

/** The neo4j-admin type of a property from every value it takes in a file. */
function columnType(values: unknown[]): string {
  const present = values.filter((value) => value !== undefined && value !== null);
  if (present.length === 0) return 'string';
  if (present.every((value) => Array.isArray(value))) return 'string[]';
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every((value) => typeof value === 'number'))
    return present.every((value) => Number.isInteger(value)) ? 'int' : 'double';
  return 'string';
}

function columns(rows: Row[], exclude: string[] = []): { key: string; type: string }[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.props)) if (!exclude.includes(key)) keys.add(key);
  return [...keys].map((key) => ({ key, type: columnType(rows.map((row) => row.props[key])) }));
}

function cell(value: unknown, type: string, where: string): string {
  if (value === undefined || value === null) return '';
  if (type === 'string[]') {
    const items = (value as unknown[]).map(String);
    const bad = items.find((item) => item.includes(ARRAY_DELIMITER));
    if (bad !== undefined)
      throw new Error(`coopgraph bench: ${where}: "${bad}" contains the array delimiter ${ARRAY_DELIMITER}`);
    return items.join(ARRAY_DELIMITER);
  }
  return String(value);
}

function writeCsv(file: string, header: string[], rows: Iterable<string[]>): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, stringify([header]));
    let batch: string[][] = [];
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= ROWS_PER_WRITE) {
        writeSync(fd, stringify(batch));
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, stringify(batch));
  } finally {
    closeSync(fd);
  }
}

export interface AdminFiles {
  nodes: string[];
  relationships: string[];
  /** Whether a quoted value spans lines (neo4j-admin then needs --multiline-fields). */
  multiline: boolean;
  nodeRows: number;
  relationshipRows: number;
}

/** Writes the rows of a validated dataset as neo4j-admin CSV files into `dir`. */
export function writeAdminCsv(dataset: Dataset, dir: string): AdminFiles {
  mkdirSync(dir, { recursive: true });
  const { nodes, relationships } = toRows(dataset);
  const files: AdminFiles = {
    nodes: [],
    relationships: [],
    multiline: false,
    nodeRows: nodes.length,
    relationshipRows: 0,
  };
  const check = (text: string) => {
    if (text.includes('\n') || text.includes('\r')) files.multiline = true;
    return text;
  };

  const byLabel = new Map<string, typeof nodes>();
  for (const node of nodes) {
    const group = byLabel.get(node.label);
    if (group) group.push(node);
    else byLabel.set(node.label, [node]);
  }
  for (const [label, rows] of byLabel) {
    // A node's id is its `id:ID` column, which neo4j-admin also stores as the `id` property.
    const props = columns(rows, ['id']);
    const file = path.join(dir, `nodes-${label}.csv`);
    writeCsv(
      file,
      ['id:ID', ':LABEL', ...props.map(({ key, type }) => `${key}:${type}`)],
      (function* () {
        for (const row of rows) {
          yield [
            row.id,
            `Entity${ARRAY_DELIMITER}${label}`,
            ...props.map(({ key, type }) => check(cell(row.props[key], type, `${label} ${row.id}.${key}`))),
          ];
        }
      })(),
    );
    files.nodes.push(file);
  }

  for (const [type, rows] of relationships) {
    const props = columns(rows);
    const file = path.join(dir, `relationships-${type}.csv`);
    writeCsv(
      file,
      [':START_ID', ':END_ID', ':TYPE', ...props.map(({ key, type: kind }) => `${key}:${kind}`)],
      (function* () {
        for (const row of rows) {
          yield [
            row.source,
            row.target,
            type,
            ...props.map(({ key, type: kind }) =>
              check(cell(row.props[key], kind, `${type} ${row.source}->${row.target}.${key}`)),
            ),
          ];
        }
      })(),
    );
    files.relationships.push(file);
    files.relationshipRows += rows.length;
  }
  return files;
}

/**
 * `neo4j-admin database import full neo4j --overwrite-destination` with the files; the instance must be stopped.
 * Returns the tool's output; throws with it when the import fails.
 */
export async function importOffline(neo4j: LocalNeo4j, files: AdminFiles, reportFile: string): Promise<string> {
  if (neo4j.pid() !== null) throw new Error('coopgraph bench: stop the instance before an offline import');
  const args = [
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--multiline-fields=${files.multiline}`,
    `--report-file=${reportFile}`,
    ...files.nodes.map((file) => `--nodes=${file}`),
    ...files.relationships.map((file) => `--relationships=${file}`),
  ];
  const { status, output } = await neo4j.admin(args);
  if (status !== 0)
    throw new Error(`coopgraph bench: neo4j-admin import failed (exit ${status}):\n${output.slice(-4000)}`);
  return output;
}
