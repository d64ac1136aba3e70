/**
 * Readers: JSON and CSV to a Dataset
 * ==================================
 *
 * JSON: `{ "nodes": [...], "relationships": [...] }` (docs/data-model.md), the shape `/api/export` writes.
 * CSV: one file per node label (`Institution.csv`) or relationship type (`PARTY_TO.csv`), headers as in the
 * README; list cells are `|`-separated, provenance is two list columns `documents` and `evidence`.
 * Readers only reshape; the validator judges.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { DERIVED_COOPERATION_KEYS } from '../../core/cooperation.js';
import { unescapeFormula } from '../../core/csv-cells.js';
import { type Dataset, InputError, type Mention, emptyDataset, merge } from '../../core/dataset.js';
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  isNodeLabel,
  isRelationshipType,
} from '../../core/model.js';

export interface ReadResult {
  dataset: Dataset;
  errors: InputError[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/* ---------------------------------------------------------------------------------------------------------------
 * JSON
 * ------------------------------------------------------------------------------------------------------------ */

function readMentions(value: unknown, file: string, record: string, errors: InputError[]): Mention[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(new InputError({ file, record }, 'mentions', 'must be a list of { document, evidence }'));
    return [];
  }
  const mentions: Mention[] = [];
  value.forEach((mention, index) => {
    if (!isObject(mention) || typeof mention.document !== 'string' || typeof mention.evidence !== 'string') {
      errors.push(
        new InputError({ file, record }, `mentions[${index}]`, 'must be { "document": string, "evidence": string }'),
      );
    } else {
      mentions.push({ document: mention.document, evidence: mention.evidence });
    }
  });
  return mentions;
}

/**
 * An exported relationship carries its provenance as parallel `documents` / `evidence` lists and, for
 * cooperation edges, derived properties: turn the first back into mentions, drop the second.
 */
function exportedMentions(type: unknown, properties: Record<string, unknown>): Mention[] {
  if (type === 'COOPERATES_WITH') {
    for (const key of DERIVED_COOPERATION_KEYS) delete properties[key];
    delete properties.stated;
  }
  if (type === 'MENTIONED_IN') return [];
  const { documents, evidence } = properties;
  if (!Array.isArray(documents) || !Array.isArray(evidence) || documents.length !== evidence.length) return [];
  delete properties.documents;
  delete properties.evidence;
  return documents.map((document, index) => ({ document: String(document), evidence: String(evidence[index]) }));
}

export function parseJsonDataset(text: string, file: string): ReadResult {
  const errors: InputError[] = [];
  const dataset = emptyDataset();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    errors.push(new InputError({ file, record: 'document' }, null, `is not valid JSON: ${(error as Error).message}`));
    return { dataset, errors };
  }
  if (!isObject(data)) {
    errors.push(
      new InputError({ file, record: 'document' }, null, 'must be an object with "nodes" and "relationships"'),
    );
    return { dataset, errors };
  }
  for (const key of ['nodes', 'relationships'] as const) {
    if (data[key] !== undefined && !Array.isArray(data[key])) {
      errors.push(new InputError({ file, record: 'document' }, key, 'must be a list'));
    }
  }
  const nodes = Array.isArray(data.nodes) ? data.nodes : [];
  const relationships = Array.isArray(data.relationships) ? data.relationships : [];

  nodes.forEach((raw: unknown, index: number) => {
    const record = `nodes[${index}]`;
    if (!isObject(raw)) {
      errors.push(new InputError({ file, record }, null, 'must be an object'));
      return;
    }
    const { id, type, mentions, ...properties } = raw;
    dataset.nodes.push({
      id: id as string,
      type: type as string,
      properties,
      mentions: readMentions(mentions, file, typeof id === 'string' ? `${record} (id "${id}")` : record, errors),
      origin: { file, record: typeof id === 'string' ? `${record} (id "${id}")` : record },
    });
  });

  relationships.forEach((raw: unknown, index: number) => {
    const record = `relationships[${index}]`;
    if (!isObject(raw)) {
      errors.push(new InputError({ file, record }, null, 'must be an object'));
      return;
    }
    // `id` is derived from (source, type, target); an exported id is accepted and ignored.
    const { id: _id, type, source, target, mentions, ...properties } = raw;
    const where = `${record} (${String(source)} -${String(type)}-> ${String(target)})`;
    // An export lists derived cooperation edges (stated: false); the loader derives them again.
    if (type === 'COOPERATES_WITH' && properties.stated === false) return;
    const exported = exportedMentions(type, properties);
    dataset.relationships.push({
      type: type as string,
      source: source as string,
      target: target as string,
      properties,
      mentions: [...readMentions(mentions, file, where, errors), ...exported],
      origin: { file, record: where },
    });
  });
  return { dataset, errors };
}

/* ---------------------------------------------------------------------------------------------------------------
 * CSV
 * ------------------------------------------------------------------------------------------------------------ */

const splitList = (cell: string) =>
  cell
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Turns a CSV cell into the property's type; bad values are left as strings for the validator to name. The
 * export's formula escape (a leading quote, core/csv-cells.ts) is undone first.
 */
function cellValue(raw: string, type: string | undefined): unknown {
  const cell = unescapeFormula(raw);
  if (type === 'string[]') return splitList(cell);
  if (type === 'number' || type === 'year') return /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell;
  if (type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
}

function csvMentions(row: Record<string, string>, file: string, record: string, errors: InputError[]): Mention[] {
  const documents = splitList(unescapeFormula(row.documents ?? ''));
  const evidence = unescapeFormula(row.evidence ?? '')
    .split('|')
    .map((item) => item.trim());
  if (documents.length === 0 && !(row.evidence ?? '').trim()) return [];
  if (documents.length !== evidence.length) {
    errors.push(
      new InputError(
        { file, record },
        'evidence',
        `has ${evidence.length} spans for ${documents.length} documents; give one per document`,
      ),
    );
    return [];
  }
  return documents.map((document, index) => ({ document, evidence: evidence[index] ?? '' }));
}

export function parseCsvDataset(text: string, file: string): ReadResult {
  const errors: InputError[] = [];
  const dataset = emptyDataset();
  const name = path.basename(file, path.extname(file));
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (error) {
    errors.push(new InputError({ file, record: 'document' }, null, `is not valid CSV: ${(error as Error).message}`));
    return { dataset, errors };
  }
  // Line numbers count the header as line 1.
  const recordOf = (index: number) => `line ${index + 2}`;

  if (isNodeLabel(name)) {
    const specs = NODE_PROPERTIES[name];
    rows.forEach((row, index) => {
      const { id = '', documents: _d, evidence: _e, ...cells } = row;
      const properties: Record<string, unknown> = {};
      for (const [key, cell] of Object.entries(cells)) {
        if (cell !== '') properties[key] = cellValue(cell, specs[key]?.type);
      }
      const record = `${recordOf(index)} (id "${id}")`;
      dataset.nodes.push({
        id,
        type: name,
        properties,
        mentions: csvMentions(row, file, record, errors),
        origin: { file, record },
      });
    });
  } else if (isRelationshipType(name)) {
    const specs = RELATIONSHIPS[name].properties;
    rows.forEach((row, index) => {
      const { source = '', target = '', id: _id, documents: _d, evidence: _e, ...cells } = row;
      const properties: Record<string, unknown> = {};
      for (const [key, cell] of Object.entries(cells)) {
        if (cell !== '') properties[key] = cellValue(cell, specs[key]?.type);
      }
      const record = `${recordOf(index)} (${source} -${name}-> ${target})`;
      dataset.relationships.push({
        type: name,
        source,
        target,
        properties,
        mentions: csvMentions(row, file, record, errors),
        origin: { file, record },
      });
    });
  } else {
    errors.push(
      new InputError(
        { file, record: 'file name' },
        null,
        `"${name}" is neither a node label (${NODE_LABELS.join(', ')}) nor a relationship type (${RELATIONSHIP_TYPES.join(', ')})`,
      ),
    );
  }
  return { dataset, errors };
}

/* ---------------------------------------------------------------------------------------------------------------
 * Files and folders
 * ------------------------------------------------------------------------------------------------------------ */

/** The input files under a path: the file itself, or every .json/.csv in a folder (sorted, not recursive). */
export function inputFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((file) => /\.(json|csv)$/i.test(file))
    .sort()
    .map((file) => path.join(target, file));
}

export function readInput(target: string): ReadResult {
  const result: ReadResult = { dataset: emptyDataset(), errors: [] };
  const files = inputFiles(target);
  if (files.length === 0) {
    result.errors.push(new InputError({ file: target, record: 'folder' }, null, 'holds no .json or .csv file'));
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const part = /\.csv$/i.test(file) ? parseCsvDataset(text, file) : parseJsonDataset(text, file);
    merge(result.dataset, part.dataset);
    for (const error of part.errors) result.errors.push(error);
  }
  return result;
}
