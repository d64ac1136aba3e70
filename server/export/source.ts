/**
 * Export sources: the graph, page by page
 * =======================================
 *
 * The format writers pull nodes and relationships from a `GraphSource` one page at a time, so an export of the
 * whole 100k-institution graph never holds more than a page in memory and no single transaction runs long.
 *
 * - `wholeGraph`: every node and relationship, read by id ranges (keyset pagination on each label's id index:
 *   `WHERE n.id > $after ORDER BY n.id LIMIT n`), relationships by ranges of their start node.
 * - `selection`: the nodes and edges GET /api/network selects for the same filters (its repository decides, so
 *   the filters mean the same thing), the structural relationships between them (LOCATED_IN, PART_OF,
 *   MEMBER_OF), their provenance (MENTIONED_IN) and the documents they cite, so a filtered export loads on its
 *   own.
 */
import type { Database, Row } from '../db/database.js';
import { int } from '../db/database.js';
import { queryForType } from '../db/cypher.js';
import { type NetworkFilters, NetworkRepository } from '../repositories/network-repository.js';
import {
  NODE_LABELS,
  type NodeLabel,
  type RelationshipType,
  isNodeLabel,
  isRelationshipType,
  relationshipId,
} from '../../core/model.js';
import { type ExportNode, type ExportRelationship, spansOf, toExportNode, toExportRelationship } from './records.js';

export interface GraphSource {
  /** Pages of the nodes of one label. `withMentions`: fill `mentions` (the CSV format keeps them on the row). */
  nodes(label: NodeLabel, withMentions: boolean): AsyncIterable<ExportNode[]>;
  /** Pages of the relationships that start at nodes of `label`, of `types` (all when null). */
  relationships(label: NodeLabel, types: readonly RelationshipType[] | null): AsyncIterable<ExportRelationship[]>;
}

/** Every node, label by label, in pages. */
export async function* allNodes(source: GraphSource, withMentions = false): AsyncGenerator<ExportNode[]> {
  for (const label of NODE_LABELS) yield* source.nodes(label, withMentions);
}

/** Every relationship, by the label of its start node (a Document starts none), in pages. */
export async function* allRelationships(source: GraphSource): AsyncGenerator<ExportRelationship[]> {
  for (const label of NODE_LABELS) if (label !== 'Document') yield* source.relationships(label, null);
}

/** Nodes per page; documents carry their whole text, so fewer of them. */
const pageSize = (label: NodeLabel) => (label === 'Document' ? 50 : 5_000);
/** Start nodes per page of relationships. */
const SOURCES_PER_PAGE = 2_000;
/**
 * A ceiling per page transaction (a page takes milliseconds): the export as a whole may run as long as the graph
 * needs, each of its transactions may not.
 */
const PAGE_TIMEOUT_MS = 60_000;

function nodeOf(label: NodeLabel, row: Row): ExportNode {
  const mentions = spansOf((row.mentions ?? []) as { document: string; evidence: unknown }[]);
  return toExportNode(label, String(row.id), row.properties as Record<string, unknown>, mentions);
}

/** The relationships of a page of start nodes, kept if `keep` says so. */
function relationshipsOf(
  rows: Row[],
  keep: (relationship: ExportRelationship) => boolean = () => true,
): ExportRelationship[] {
  const out: ExportRelationship[] = [];
  for (const row of rows) {
    for (const item of (row.relationships ?? []) as {
      type: string;
      target: string;
      properties: Record<string, unknown>;
    }[]) {
      if (!isRelationshipType(item.type)) continue;
      const relationship = toExportRelationship(item.type, String(row.id), String(item.target), item.properties ?? {});
      if (keep(relationship)) out.push(relationship);
    }
  }
  return out;
}

/** The largest id of a page: where the next page starts. */
const lastId = (rows: Row[]) => rows.reduce((max, row) => (String(row.id) > max ? String(row.id) : max), '');

export function wholeGraph(db: Database): GraphSource {
  return {
    async *nodes(label, withMentions) {
      const text = queryForType('export/nodes', label, NODE_LABELS);
      const limit = pageSize(label);
      for (let after = ''; ;) {
        const rows = await db.readText(text, { after, limit: int(limit), withMentions }, PAGE_TIMEOUT_MS);
        if (rows.length > 0) yield rows.map((row) => nodeOf(label, row));
        if (rows.length < limit) return;
        after = lastId(rows);
      }
    },
    async *relationships(label, types) {
      const text = queryForType('export/relationships', label, NODE_LABELS);
      for (let after = ''; ;) {
        const params = { after, limit: int(SOURCES_PER_PAGE), types: types ?? null };
        const rows = await db.readText(text, params, PAGE_TIMEOUT_MS);
        const page = relationshipsOf(rows);
        if (page.length > 0) yield page;
        if (rows.length < SOURCES_PER_PAGE) return;
        after = lastId(rows);
      }
    },
  };
}

/** The relationship types GET /api/network draws and therefore decides on; the others join selected nodes. */
const DRAWN_TYPES: ReadonlySet<string> = new Set([
  'COOPERATES_WITH',
  'PARTY_TO',
  'WITH_COUNTRY',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'HOSTED',
  'SIGNED_AT',
  'IN_FIELD',
]);

export interface Selection {
  source: GraphSource;
  nodes: number;
  /** true when the network capped the selection: the export would be incomplete. */
  truncated: boolean;
}

/** The part of the graph that GET /api/network selects for these filters, with its provenance. */
export async function selection(db: Database, filters: NetworkFilters): Promise<Selection> {
  const network = await new NetworkRepository(db).network(filters);
  const ids = new Map<NodeLabel, string[]>();
  const selected = new Set<string>();
  for (const node of network.nodes) {
    if (!isNodeLabel(node.type)) continue;
    selected.add(node.id);
    const list = ids.get(node.type) ?? [];
    list.push(node.id);
    ids.set(node.type, list);
  }
  const edges = new Set(network.edges.map((edge) => relationshipId(edge.source, edge.type, edge.target)));

  const all = [...selected];
  const documents = new Set<string>();
  for (let start = 0; start < all.length; start += SOURCES_PER_PAGE) {
    const [row] = await db.read('export/cited-documents', { ids: all.slice(start, start + SOURCES_PER_PAGE) });
    for (const id of (row?.documents ?? []) as string[]) documents.add(id);
  }
  ids.set('Document', [...documents]);
  for (const list of ids.values()) list.sort();

  const keep = (relationship: ExportRelationship) => {
    if (relationship.type === 'MENTIONED_IN') return documents.has(relationship.target);
    if (DRAWN_TYPES.has(relationship.type))
      return edges.has(relationshipId(relationship.source, relationship.type, relationship.target));
    return selected.has(relationship.target);
  };

  const pages = <T>(label: NodeLabel, size: number, read: (page: string[]) => Promise<T[]>) =>
    (async function* () {
      const list = ids.get(label) ?? [];
      for (let start = 0; start < list.length; start += size) {
        const page = await read(list.slice(start, start + size));
        if (page.length > 0) yield page;
      }
    })();

  return {
    nodes: selected.size + documents.size,
    truncated: network.truncated,
    source: {
      nodes: (label, withMentions) =>
        pages(label, pageSize(label), async (page) =>
          (await db.read('export/nodes-by-id', { ids: page, withMentions })).map((row) => nodeOf(label, row)),
        ),
      relationships: (label, types) =>
        pages(label, SOURCES_PER_PAGE, async (page) =>
          relationshipsOf(await db.read('export/relationships-by-id', { ids: page, types: types ?? null }), keep),
        ),
    },
  };
}
