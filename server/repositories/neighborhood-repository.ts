/**
 * Neighbourhood repository
 * ========================
 *
 * The subgraph around one entity (GET /api/neighborhood/:id): a breadth-first search of `depth` hops over every
 * relationship except MENTIONED_IN, nearest nodes first, capped at `limit` nodes, then every relationship
 * between the kept nodes. Same payload as the network.
 *
 * The search deepens one hop at a time and stops once the nodes found fill `limit`: the farther ring would be
 * cut anyway, and around a hub (a country with thousands of institutions) two or three hops are the whole
 * graph, which is not worth walking to count. `searchedDepth` says how far it went; `total.nodes` counts what
 * that search found.
 */
import { type Database, int } from '../db/database.js';
import type { GraphPayload } from '../../core/contract/common.js';
import { asCountryCode } from './entity-repository.js';
import { toEdge, toNode } from './graph-payload.js';

export interface Neighborhood extends GraphPayload {
  centre: string;
  searchedDepth: number;
}

/**
 * A depth-1 neighbourhood of a node with at most this many relationships is light: its answer is that many nodes
 * and the edges between them, found by index seeks (the default `limit` is 200).
 */
export const LIGHT_NEIGHBOURHOOD_DEGREE = 200;

export class NeighborhoodRepository {
  constructor(private readonly db: Database) {}

  /** Whether the neighbourhood is heavy work (admission control): deeper than one hop, or around a busy node. */
  async isHeavy(id: string, depth: number): Promise<boolean> {
    if (depth > 1) return true;
    const [row] = await this.db.read('neighborhood/degree', { id, code: asCountryCode(id) });
    // An unknown id is not heavy: it answers 404 at once.
    return row !== undefined && Number(row.degree) > LIGHT_NEIGHBOURHOOD_DEGREE;
  }

  /** null when the id (or ISO code) names no entity. */
  async neighborhood(id: string, depth: number, limit: number): Promise<Neighborhood | null> {
    let rows: Awaited<ReturnType<Database['read']>> = [];
    let searchedDepth = 0;
    for (let hops = 1; hops <= depth; hops += 1) {
      rows = await this.db.read('neighborhood/nodes', {
        id,
        code: asCountryCode(id),
        depth: int(hops),
        limit: int(limit),
      });
      searchedDepth = hops;
      if (rows.length === 0) return null;
      if (Number(rows[0]!.total) >= limit) break;
    }
    const nodes = rows.map(toNode);
    const total = Number(rows[0]!.total);
    const edges = (await this.db.read('neighborhood/edges', { ids: nodes.map((node) => node.id) })).map(toEdge);
    return {
      centre: nodes[0]!.id,
      searchedDepth,
      nodes,
      edges,
      // Edges are only looked up between the kept nodes: beyond the cap they are not counted.
      total: { nodes: total, edges: edges.length },
      truncated: total > nodes.length,
    };
  }
}
