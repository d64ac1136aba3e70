/**
 * Graph payloads
 * ==============
 *
 * The `{ nodes, edges, total, truncated }` answer shared by /api/network and /api/neighborhood: rows from the
 * queries become typed nodes and edges, nodes are capped, and only edges between kept nodes remain.
 */
import type { Row } from '../db/database.js';
import type { GraphEdge, GraphNode, GraphPayload } from '../../core/contract/common.js';

export const toNode = (row: Row): GraphNode => ({
  id: String(row.id),
  type: row.type as GraphNode['type'],
  name: String(row.name ?? row.id),
  kind: typeof row.kind === 'string' ? row.kind : null,
  country: typeof row.country === 'string' ? row.country : null,
  partners: Number(row.partners ?? 0),
});

export const toEdge = (row: Row): GraphEdge => ({
  id: String(row.id ?? `${row.source}|${row.type}|${row.target}`),
  source: String(row.source),
  target: String(row.target),
  type: String(row.type),
  weight: typeof row.weight === 'number' ? row.weight : null,
  kinds: Array.isArray(row.kinds) ? (row.kinds as string[]) : [],
  firstYear: typeof row.firstYear === 'number' ? row.firstYear : null,
  stated: row.stated === true,
});

/**
 * Keeps the first `limit` nodes (callers sort them, most important first) and the edges between kept nodes.
 * `total` counts what there was before the cap.
 */
export function capGraph(nodes: GraphNode[], edges: GraphEdge[], limit: number): GraphPayload {
  const truncated = nodes.length > limit;
  const kept = truncated ? nodes.slice(0, limit) : nodes;
  const ids = new Set(kept.map((node) => node.id));
  return {
    nodes: kept,
    edges: truncated ? edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) : edges,
    total: { nodes: nodes.length, edges: edges.length },
    truncated,
  };
}

/** Most cooperation partners first, then by id: when a cap cuts, the best-connected nodes stay. */
export const byPartners = (a: GraphNode, b: GraphNode) =>
  b.partners - a.partners || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
