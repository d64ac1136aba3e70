/**
 * Writer
 * ======
 *
 * Writes a validated dataset with batched, parameterised `UNWIND ... MERGE` statements from cypher/queries/load,
 * then re-derives COOPERATES_WITH. Small inputs are written in one transaction (all or nothing); large ones in
 * one transaction per batch, so a failure leaves whole batches only and a re-run completes the load. Re-running
 * the same input changes nothing, and the counts say so. An id the graph holds under another label is found by
 * the MERGE itself, inside the writing transaction, and rolls that transaction back (a ConflictError naming the
 * record): a check in an earlier transaction could not stop two writes racing to create one id as two types.
 */
import type { ManagedTransaction } from 'neo4j-driver';

import { bumpDataVersion } from '../db/data-version.js';
import { type Database, int, namedTransaction } from '../db/database.js';
import { query, queryForType } from '../db/cypher.js';
import { countryByCode } from '../../core/countries.js';
import { ConflictError } from '../../core/errors.js';
import { DERIVED_COOPERATION_KEYS } from '../../core/cooperation.js';
import { type DeriveOptions, type ScopeSeeds, deriveAfterWrite, markPending, readDerivationState } from './derive.js';
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

export const DEFAULT_BATCH_SIZE = 5_000;
/** Inputs up to this many rows are written in a single transaction. */
export const SINGLE_TRANSACTION_ROWS = 50_000;

/** Relationship types whose change can change the derived COOPERATES_WITH edges (docs/data-model.md). */
export const COOPERATION_INPUTS: ReadonlySet<string> = new Set([
  'PARTY_TO',
  'WITH_COUNTRY',
  'LOCATED_IN',
  'COOPERATES_WITH',
]);
/** The one label whose properties the derivation reads (an agreement's kind and startYear). */
const COOPERATION_LABEL = 'Agreement';

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
  /** Whether the derivation ran: when the write changed what it derives from, or earlier changes still wait. */
  derived: boolean;
  /**
   * The write committed but its derivation did not complete (server/ingest/derive.ts): the derived edges lag
   * until a retry catches up, and health and stats say so.
   */
  cooperationPending: boolean;
}

export interface WriteOptions {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Skip the COOPERATES_WITH derivation (the caller runs it once after several writes). */
  skipDerive?: boolean;
  /** Options of the derivation that follows the write (./derive.ts). */
  derive?: DeriveOptions;
  /** Every node must be new: an id the graph already holds (under any label) is a conflict (POST /api/<type>). */
  createOnly?: boolean;
  /**
   * Derive even when the write changed nothing the derivation reads: `npm run load` of the same input again is
   * the documented repair after an interrupted load, whose derivation may not have finished.
   */
  alwaysDerive?: boolean;
  /**
   * More work for the load's transaction (the review queue marks what it committed): in the same transaction
   * when the input fits one, else in one of its own after the last batch.
   */
  alsoInTransaction?: (tx: ManagedTransaction) => Promise<void>;
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
    aliases: [
      ...new Set([...((properties.aliases as string[]) ?? []), info.officialName].filter((a) => a !== info.name)),
    ],
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

type Batch = {
  text: string;
  params: Record<string, unknown>;
  rows: number;
  kind: 'nodes' | 'relationships';
  /** A change in this batch can move the derived cooperation. */
  movesCooperation: boolean;
};

function plan(dataset: Dataset, batchSize: number, createOnly: boolean): Batch[] {
  const { nodes, relationships } = toRows(dataset);
  const batches: Batch[] = chunks(nodes, batchSize).map((rows) => ({
    text: query('load/merge-nodes'),
    params: { rows, createOnly },
    rows: rows.length,
    kind: 'nodes',
    movesCooperation: rows.some((row) => row.label === COOPERATION_LABEL),
  }));
  for (const [type, rows] of relationships) {
    const text = queryForType('load/merge-relationships', type, RELATIONSHIP_TYPES);
    for (const chunk of chunks(rows, batchSize)) {
      const params = { rows: chunk, derivedKeys: DERIVED_COOPERATION_KEYS };
      batches.push({
        text,
        params,
        rows: chunk.length,
        kind: 'relationships',
        movesCooperation: COOPERATION_INPUTS.has(type),
      });
    }
  }
  return batches;
}

/**
 * The conflicts merge-nodes.cypher found inside the transaction, as one error naming the records: thrown from
 * the transaction's work, it rolls the transaction back whole.
 */
function conflictError(
  conflicts: { id: string; label: string }[],
  dataset: Dataset,
  createOnly: boolean,
): ConflictError {
  const records = new Map(dataset.nodes.map((node) => [node.id, node]));
  const described = conflicts.map(({ id, label }) => {
    const node = records.get(id);
    const where = node ? `${node.origin.file}: ${node.origin.record}: ` : '';
    return createOnly && node?.type === label
      ? `${where}id "${id}" is already taken by a ${label}`
      : `${where}id "${id}" already exists as a ${label}, not a ${node?.type ?? 'node of this type'}`;
  });
  const more = described.length > 5 ? `; and ${described.length - 5} more` : '';
  return new ConflictError(`${described.slice(0, 5).join('; ')}${more}; nothing was written`, 'id');
}

/**
 * What a write can change of the derived edges, by what derives them (docs/data-model.md): agreements written
 * or given a party or a country, the parties given an agreement, the ends of stated edges, and institutions given
 * a country (their co-parties' country edges follow it).
 */
export function scopeSeeds(dataset: Dataset): ScopeSeeds {
  const institutions = new Set<string>();
  const agreements = new Set<string>();
  const around = new Set<string>();
  for (const node of dataset.nodes) if (node.type === COOPERATION_LABEL) agreements.add(node.id);
  for (const rel of dataset.relationships) {
    if (rel.type === 'PARTY_TO') {
      institutions.add(rel.source);
      agreements.add(rel.target);
    } else if (rel.type === 'WITH_COUNTRY') agreements.add(rel.source);
    else if (rel.type === 'LOCATED_IN') around.add(rel.source);
    else if (rel.type === 'COOPERATES_WITH') {
      institutions.add(rel.source);
      institutions.add(rel.target);
    }
  }
  return { institutions: [...institutions], agreements: [...agreements], around: [...around] };
}

/** The nodes a write can change: every node it names, and both ends of every relationship. */
function touchedIds(dataset: Dataset): Set<string> {
  const ids = new Set(dataset.nodes.map((node) => node.id));
  for (const rel of dataset.relationships) ids.add(rel.source).add(rel.target);
  return ids;
}

/** What one write changed: for the summary, and to tell whether the derivation must run. */
interface Changes {
  summary: WriteSummary;
  movedCooperation: boolean;
}

async function runBatch(tx: ManagedTransaction, batch: Batch, changes: Changes, dataset: Dataset): Promise<void> {
  const record = (await tx.run(batch.text, batch.params)).records[0];
  const conflicts = (record?.has('conflicts') ? record.get('conflicts') : []) as { id: string; label: string }[];
  if (conflicts.length > 0) throw conflictError(conflicts, dataset, batch.params.createOnly === true);
  const created = Number(record?.get('created') ?? 0);
  const updated = Number(record?.get('updated') ?? 0);
  const counts = changes.summary[batch.kind];
  counts.created += created;
  counts.updated += updated;
  counts.unchanged += batch.rows - created - updated;
  if (batch.movesCooperation && created + updated > 0) changes.movedCooperation = true;
}

/** Whether earlier writes still wait for their derivation (a killed load, a failed run): this write repairs it. */
const derivationPending = async (db: Database) => (await readDerivationState(db)).pending;

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Writes a dataset that has passed validation. The derivation runs only when the write changed an agreement or
 * a relationship it derives from, and the data version moves only when something changed at all: an import
 * that changes nothing costs its reads and no more.
 */
export async function writeDataset(db: Database, dataset: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const started = performance.now();
  const batches = plan(dataset, options.batchSize ?? DEFAULT_BATCH_SIZE, options.createOnly ?? false);
  const total = batches.reduce((sum, batch) => sum + batch.rows, 0);
  const fresh = (): Changes => ({
    summary: {
      nodes: zero(),
      relationships: zero(),
      cooperationEdges: 0,
      batches: batches.length,
      seconds: 0,
      derived: false,
      cooperationPending: false,
    },
    movedCooperation: false,
  });
  let changes = fresh();
  const session = db.session('WRITE');
  try {
    if (total <= SINGLE_TRANSACTION_ROWS) {
      // One transaction: all or nothing. A retried attempt starts from fresh counts.
      changes = await session.executeWrite(async (tx) => {
        const attempt = fresh();
        for (const batch of batches) await runBatch(tx, batch, attempt, dataset);
        // The flag commits with the data it is about, or not at all (./derive.ts), and so does its scope: the
        // parties are read after the rows are written.
        if (attempt.movedCooperation) await markPending(namedTransaction(tx), scopeSeeds(dataset));
        await options.alsoInTransaction?.(tx);
        return attempt;
      });
      options.onProgress?.(total, total);
    } else {
      // Batches commit one by one: the flag goes first, so that a load killed half-way is flagged; for every
      // institution, since the parties of later batches are not written yet.
      await db.writeTransaction((tx) => markPending(tx, null));
      let done = 0;
      for (const batch of batches) {
        const part = await session.executeWrite(async (tx) => {
          const attempt = fresh();
          await runBatch(tx, batch, attempt, dataset);
          return attempt;
        });
        for (const kind of ['nodes', 'relationships'] as const) {
          changes.summary[kind].created += part.summary[kind].created;
          changes.summary[kind].updated += part.summary[kind].updated;
          changes.summary[kind].unchanged += part.summary[kind].unchanged;
        }
        changes.movedCooperation ||= part.movedCooperation;
        done += batch.rows;
        options.onProgress?.(done, total);
      }
      if (options.alsoInTransaction) await session.executeWrite(options.alsoInTransaction);
    }
  } finally {
    await session.close();
  }
  const { summary } = changes;
  const changed = [summary.nodes, summary.relationships].some((counts) => counts.created + counts.updated > 0);
  const due =
    changes.movedCooperation ||
    options.alwaysDerive ||
    total > SINGLE_TRANSACTION_ROWS ||
    (await derivationPending(db));
  if (!options.skipDerive && due) {
    const outcome = await deriveAfterWrite(db, options.derive);
    summary.cooperationEdges = outcome.cooperationEdges;
    summary.derived = outcome.derived;
    summary.cooperationPending = !outcome.derived;
  } else {
    summary.cooperationEdges = Number((await db.read('derive/count'))[0]?.count ?? 0);
    summary.cooperationPending = options.skipDerive === true && due;
  }
  // Cached analytics are keyed by the data version (server/db/data-version.ts), and patched from what it touched.
  if (changed) await bumpDataVersion(db, total > SINGLE_TRANSACTION_ROWS ? null : touchedIds(dataset));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
