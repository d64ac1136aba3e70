/**
 * CSV export
 * ==========
 *
 * A zip of the loader's CSV input (server/ingest/read.ts parseCsvDataset, README "Data formats"): `<Label>.csv` per node
 * label and `<TYPE>.csv` per relationship type, lists `|`-separated, provenance as the `documents` and
 * `evidence` columns (a node's MENTIONED_IN go on its own row, one document per evidence span). Unzipped into a
 * folder it loads with `npm run load -- <folder>`. Derived COOPERATES_WITH edges are left out: the loader
 * derives them again from PARTY_TO, WITH_COUNTRY and LOCATED_IN. The zip is streamed, file after file. Text that
 * a spreadsheet would run as a formula gets a leading quote, which the loader removes again (core/csv-cells.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { Zip, ZipDeflate } from 'fflate';

import { escapeFormula } from '../../core/csv-cells.js';
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  type NodeLabel,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../../core/model.js';
import type { ExportNode, ExportRelationship } from './records.js';
import type { GraphSource } from './source.js';

/** Properties of COOPERATES_WITH that the derivation writes; a CSV carries stated edges only. */
const DERIVED = new Set(['stated', 'weight', 'agreementIds', 'kinds', 'firstYear']);

/**
 * One list cell. A `|` inside an item would split it in two on reading (and leave `documents` and `evidence`
 * unequal), so it is written as `¦`.
 */
const listCell = (items: unknown[]) => items.map((item) => String(item).replaceAll('|', '¦')).join('|');

/** A cell; text that a spreadsheet would run as a formula is escaped the way the loader undoes (core/csv-cells.ts). */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escapeFormula(Array.isArray(value) ? listCell(value) : String(value));
}

export function nodeColumns(label: NodeLabel): string[] {
  return ['id', ...Object.keys(NODE_PROPERTIES[label]), ...(label === 'Document' ? [] : ['documents', 'evidence'])];
}

export function relationshipColumns(type: RelationshipType): string[] {
  const properties = Object.keys(RELATIONSHIPS[type].properties).filter(
    (key) => !(type === 'COOPERATES_WITH' && DERIVED.has(key)),
  );
  return ['source', 'target', ...properties, 'documents', 'evidence'];
}

function nodeRow(node: ExportNode, columns: string[]): string[] {
  const values: Record<string, unknown> = {
    ...node.properties,
    id: node.id,
    documents: node.mentions.map((mention) => mention.document),
    evidence: node.mentions.map((mention) => mention.evidence),
  };
  return columns.map((column) => cell(values[column]));
}

function relationshipRow(relationship: ExportRelationship, columns: string[]): string[] {
  const values: Record<string, unknown> = {
    ...relationship.properties,
    source: relationship.source,
    target: relationship.target,
  };
  return columns.map((column) => cell(values[column]));
}

const encoder = new TextEncoder();

/** The zip of CSV files, as a stream of byte chunks. */
export async function* csvExport(source: GraphSource): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const drain = () => out.splice(0, out.length);

  /** One CSV file; added to the zip only when it has a row, so empty types leave no empty files. */
  async function* file(name: string, columns: string[], pages: AsyncIterable<string[][]>): AsyncGenerator<Uint8Array> {
    let entry: ZipDeflate | null = null;
    for await (const rows of pages) {
      if (rows.length === 0) continue;
      if (!entry) {
        entry = new ZipDeflate(name, { level: 6 });
        zip.add(entry);
        entry.push(encoder.encode(stringify([columns])));
      }
      entry.push(encoder.encode(stringify(rows)));
      yield* drain();
    }
    if (entry) {
      entry.push(new Uint8Array(0), true);
      yield* drain();
    }
  }

  for (const label of NODE_LABELS) {
    const columns = nodeColumns(label);
    yield* file(
      `${label}.csv`,
      columns,
      (async function* () {
        for await (const page of source.nodes(label, true)) yield page.map((node) => nodeRow(node, columns));
      })(),
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    // A node's MENTIONED_IN are on its row.
    if (type === 'MENTIONED_IN') continue;
    const columns = relationshipColumns(type);
    yield* file(
      `${type}.csv`,
      columns,
      (async function* () {
        for (const label of RELATIONSHIPS[type].from) {
          for await (const page of source.relationships(label, [type])) {
            const kept =
              type === 'COOPERATES_WITH'
                ? page.filter((relationship) => relationship.properties.stated === true)
                : page;
            yield kept.map((relationship) => relationshipRow(relationship, columns));
          }
        }
      })(),
    );
  }
  zip.end();
  yield* drain();
}
