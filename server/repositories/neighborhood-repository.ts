/**
 * Neighbourhood repository
 * ========================
 *
 * The subgraph around one entity (GET /api/neighborhood/:id): a breadth-first search of `depth` hops over every
 * relationship except MENTIONED_IN, nearest nodes first, capped at `limit` nodes, then every relationship
 * between the kept nodes. Same payload as the network.
 */
import { type Database, int } from '../db/database.js';
import type { GraphPayload } from '../schemas/common.js';
import { asCountryCode } from './entity-repository.js';
import { toEdge, toNode } from './graph-payload.js';

export interface Neighborhood extends GraphPayload {
  centre: string;
}

export class NeighborhoodRepository {
  constructor(private readonly db: Database) {}

  /** null when the id (or ISO code) names no entity. */
  async neighborhood(id: string, depth: number, limit: number): Promise<Neighborhood | null> {
    const rows = await this.db.read('neighborhood/nodes', { id, code: asCountryCode(id), depth: int(depth), limit: int(limit) });
    if (rows.length === 0) return null;
    const nodes = rows.map(toNode);
    const total = Number(rows[0]!.total);
    const edges = (await this.db.read('neighborhood/edges', { ids: nodes.map((node) => node.id) })).map(toEdge);
    return {
      centre: nodes[0]!.id,
      nodes,
      edges,
      // Edges are only looked up between the kept nodes: beyond the cap they are not counted.
      total: { nodes: total, edges: edges.length },
      truncated: total > nodes.length,
    };
  }
}
