/**
 * Writer
 * ======
 *
 * Writes a validated dataset with batched, parameterised `UNWIND ... MERGE` statements from cypher/queries/load,
 * then re-derives COOPERATES_WITH. Small inputs are written in one transaction (all or nothing); large ones in
 * one transaction per batch, so a failure leaves whole batches only and a re-run completes the load. Re-running
 * the same input changes nothing, and the counts say so.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';

import { bumpDataVersion } from '../db/data-version.js';
import { type Database, int } from '../db/database.js';
import { query, queryForType } from '../db/cypher.js';
import { countryByCode } from '../../core/countries.js';
import { storePartnerCounts } from './partner-counts.js';
import type { Dataset, Mention } from '../../core/dataset.js';
import {
  NODE_PROPERTIES,
  type PropertySpec,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  isNodeLabel,
  isRelationshipType,
  relationshipId,
} from '../../core/model.js';

const DERIVATION_TIMEOUT_MS = 60 * 60 * 1000;
export const DEFAULT_BATCH_SIZE = 5_000;
/** Inputs up to this many rows are written in a single transaction. */
export const SINGLE_TRANSACTION_ROWS = 50_000;
const DERIVED_KEYS = ['weight', 'agreementIds', 'kinds', 'firstYear', 'derivation'];

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteSummary {
  nodes: Counts;
  relationships: Counts;
  cooperationEdges: number;
  batches: number;
  seconds: number;
}

export interface WriteOptions {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Skip the COOPERATES_WITH derivation (the caller runs it once after several writes). */
  skipDerive?: boolean;
}

interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

interface RelationshipRow {
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/**
 * JavaScript numbers travel to Neo4j as floats; years must be stored as integers, or `startYear = 2025`
 * comparisons and the exports would see 2025.0.
 */
function withIntegers(props: Record<string, unknown>, specs: Record<string, PropertySpec>): Record<string, unknown> {
  for (const [key, value] of Object.entries(props)) {
    if (specs[key]?.type === 'year' && typeof value === 'number') props[key] = int(value);
  }
  return props;
}

/** Countries get their name, region and centroid from world-countries unless the input gives them. */
function countryProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const info = countryByCode(String(properties.code));
  if (!info) return properties;
  return {
    name: info.name,
    region: info.region,
    subregion: info.subregion,
    lat: info.lat,
    lng: info.lng,
    ...properties,
    aliases: [...new Set([...((properties.aliases as string[]) ?? []), info.officialName].filter((a) => a !== info.name))],
  };
}

function provenance(mentions: Mention[]): { documents: string[]; evidence: string[] } {
  return { documents: mentions.map((m) => m.document), evidence: mentions.map((m) => m.evidence) };
}

/** Turns a dataset into rows: nodes, then relationships grouped by type (MENTIONED_IN built from mentions). */
export function toRows(dataset: Dataset): { nodes: NodeRow[]; relationships: Map<string, RelationshipRow[]> } {
  const nodes = dataset.nodes.map((node) => {
    const properties = node.type === 'Country' ? countryProperties(node.properties) : node.properties;
    const specs = isNodeLabel(node.type) ? NODE_PROPERTIES[node.type] : {};
    return { id: node.id, label: node.type, props: withIntegers({ aliases: [], ...properties, id: node.id }, specs) };
  });

  const byType = new Map<string, RelationshipRow[]>();
  const push = (type: string, row: RelationshipRow) => {
    const rows = byType.get(type) ?? [];
    rows.push(row);
    byType.set(type, rows);
  };

  // A node's mentions of one document become one MENTIONED_IN with the list of evidence spans.
  const mentionRows = new Map<string, RelationshipRow>();
  const mention = (source: string, document: string, evidence: string[]) => {
    const id = relationshipId(source, 'MENTIONED_IN', document);
    const row = mentionRows.get(id) ?? { source, target: document, props: { id, evidence: [] as string[] } };
    const spans = row.props.evidence as string[];
    for (const span of evidence) if (!spans.includes(span)) spans.push(span);
    mentionRows.set(id, row);
  };
  for (const node of dataset.nodes) {
    for (const { document, evidence } of node.mentions) mention(node.id, document, [evidence]);
  }

  for (const rel of dataset.relationships) {
    if (rel.type === 'MENTIONED_IN') {
      mention(rel.source, rel.target, (rel.properties.evidence as string[] | undefined) ?? []);
      continue;
    }
    const specs = isRelationshipType(rel.type) ? RELATIONSHIPS[rel.type].properties : {};
    const props = withIntegers({ ...rel.properties, ...provenance(rel.mentions) }, specs);
    if (rel.type === 'COOPERATES_WITH') props.stated = true;
    props.id = relationshipId(rel.source, rel.type, rel.target);
    push(rel.type, { source: rel.source, target: rel.target, props });
  }
  if (mentionRows.size > 0) byType.set('MENTIONED_IN', [...mentionRows.values()]);
  return { nodes, relationships: byType };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

type Batch = { text: string; params: Record<string, unknown>; rows: number; kind: 'nodes' | 'relationships' };

function plan(dataset: Dataset, batchSize: number): Batch[] {
  const { nodes, relationships } = toRows(dataset);
  const batches: Batch[] = chunks(nodes, batchSize).map((rows) => ({
    text: query('load/merge-nodes'),
    params: { rows },
    rows: rows.length,
    kind: 'nodes',
  }));
  for (const [type, rows] of relationships) {
    const text = queryForType('load/merge-relationships', type, RELATIONSHIP_TYPES);
    for (const chunk of chunks(rows, batchSize)) {
      batches.push({ text, params: { rows: chunk, derivedKeys: DERIVED_KEYS }, rows: chunk.length, kind: 'relationships' });
    }
  }
  return batches;
}

async function runBatch(tx: ManagedTransaction, batch: Batch, summary: WriteSummary): Promise<void> {
  const record = (await tx.run(batch.text, batch.params)).records[0];
  const created = Number(record?.get('created') ?? 0);
  const updated = Number(record?.get('updated') ?? 0);
  const counts = summary[batch.kind];
  counts.created += created;
  counts.updated += updated;
  counts.unchanged += batch.rows - created - updated;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** Writes a dataset that has passed validation. */
export async function writeDataset(db: Database, dataset: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const started = performance.now();
  const batches = plan(dataset, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = batches.reduce((sum, batch) => sum + batch.rows, 0);
  let summary: WriteSummary = { nodes: zero(), relationships: zero(), cooperationEdges: 0, batches: batches.length, seconds: 0 };
  const session = db.session('WRITE');
  try {
    if (total <= SINGLE_TRANSACTION_ROWS) {
      // One transaction: all or nothing. A retried attempt starts from fresh counts.
      summary = await session.executeWrite(async (tx) => {
        const attempt: WriteSummary = { ...summary, nodes: zero(), relationships: zero() };
        for (const batch of batches) await runBatch(tx, batch, attempt);
        return attempt;
      });
      options.onProgress?.(total, total);
    } else {
      let done = 0;
      for (const batch of batches) {
        const part: WriteSummary = { ...summary, nodes: zero(), relationships: zero() };
        await session.executeWrite((tx) => runBatch(tx, batch, part));
        for (const kind of ['nodes', 'relationships'] as const) {
          summary[kind].created += part[kind].created;
          summary[kind].updated += part[kind].updated;
          summary[kind].unchanged += part[kind].unchanged;
        }
        done += batch.rows;
        options.onProgress?.(done, total);
      }
    }
  } finally {
    await session.close();
  }
  if (!options.skipDerive) {
    summary.cooperationEdges = await deriveCooperation(db);
    // The stored degrees /api/network ranks by follow the derived edges (./partner-counts.ts). Kept out of
    // deriveCooperation while its rules change; to be merged into it, which makes the other two calls go.
    await storePartnerCounts(db);
  }
  await bumpDataVersion(db); // cached analytics are keyed by it (server/db/data-version.ts)
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Rebuilds the derived COOPERATES_WITH edges from agreements (cypher/queries/derive). Runs in auto-commit
 * transactions because the statements batch themselves with CALL { } IN TRANSACTIONS.
 */
export async function deriveCooperation(db: Database): Promise<number> {
  const run = randomUUID();
  for (const name of ['derive/institution-pairs', 'derive/institution-countries', 'derive/reset-stated', 'derive/delete-stale', 'derive/clear-marks']) {
    // The outer statement of CALL { } IN TRANSACTIONS lives as long as the whole derivation: at 100k
    // institutions on a busy machine that outlasts the server's default transaction timeout.
    await db.autoCommit(name, { run }, DERIVATION_TIMEOUT_MS);
  }
  const [row] = await db.autoCommit('derive/count');
  // Re-derivation can change edge properties without changing any count: cached analytics must see it.
  await bumpDataVersion(db);
  return Number(row?.count ?? 0);
}
