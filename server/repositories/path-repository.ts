/**
 * Path repository
 * ===============
 *
 * How two entities are connected (GET /api/paths): all shortest paths over the structural relationships
 * (cypher/queries/paths/shortest.cypher says which), capped, with the agreements and people met on the way.
 */
import { type Database, int } from '../db/database.js';
import type { NodeRef } from '../../core/contract/common.js';
import { asCountryCode } from './entity-repository.js';
import { withoutNulls } from './provenance.js';

export interface Path {
  length: number;
  nodes: NodeRef[];
  edges: { type: string; source: string; target: string }[];
}

export interface Paths {
  from: string;
  to: string;
  paths: Path[];
  agreements: { id: string; name: string; kind?: string }[];
  people: { id: string; name: string }[];
}

/** At most this many paths are returned (allShortestPaths can find thousands between hubs). */
export const MAX_PATHS = 25;

export type Resolved = { from: NodeRef | null; to: NodeRef | null };

const refOf = (value: unknown): NodeRef | null =>
  value && typeof value === 'object' ? (withoutNulls(value as Record<string, unknown>) as NodeRef) : null;

export class PathRepository {
  constructor(private readonly db: Database) {}

  /** The entities the two ends name (an ISO code names its country); null for an end that names nothing. */
  async resolve(from: string, to: string): Promise<Resolved> {
    const [row] = await this.db.read('paths/resolve', {
      from,
      to,
      fromCode: asCountryCode(from),
      toCode: asCountryCode(to),
    });
    return { from: refOf(row?.from), to: refOf(row?.to) };
  }

  async shortest(from: NodeRef, to: NodeRef, maxLength: number): Promise<Paths> {
    let paths: Path[];
    if (from.id === to.id) {
      // allShortestPaths refuses equal ends; the one path is the entity itself.
      paths = [{ length: 0, nodes: [from], edges: [] }];
    } else {
      const rows = await this.db.read('paths/shortest', {
        from: from.id,
        to: to.id,
        maxLength: int(maxLength),
        maxPaths: int(MAX_PATHS),
      });
      paths = rows.map((row) => ({
        length: Number(row.length),
        nodes: (row.nodes as Record<string, unknown>[]).map((node) => withoutNulls(node) as NodeRef),
        edges: row.edges as Path['edges'],
      }));
    }
    const agreements = new Map<string, Paths['agreements'][number]>();
    const people = new Map<string, Paths['people'][number]>();
    for (const node of paths.flatMap((path) => path.nodes)) {
      if (node.type === 'Agreement')
        agreements.set(node.id, withoutNulls({ id: node.id, name: node.name, kind: node.kind }));
      if (node.type === 'Person') people.set(node.id, { id: node.id, name: node.name });
    }
    return { from: from.id, to: to.id, paths, agreements: [...agreements.values()], people: [...people.values()] };
  }
}
