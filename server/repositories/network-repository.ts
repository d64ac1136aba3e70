/**
 * Network repository
 * ==================
 *
 * The graph the explorer draws (GET /api/network): two set-based queries (cypher/queries/network) return the
 * candidate nodes and edges; the rest is hash-set work here, linear in their number.
 *
 * - Nodes are those of the requested labels whose country is in `countries` (an Agreement: one of its parties'
 *   or WITH_COUNTRY countries; a Field has no country and is kept when connected).
 * - Edges are COOPERATES_WITH between institutions and to countries, plus, for each extra label, the
 *   relationships to it (PARTY_TO, WITH_COUNTRY, AFFILIATED_WITH, PARTICIPATED_IN, HOSTED, SIGNED_AT,
 *   IN_FIELD). LOCATED_IN (the node's `country`), PART_OF, MEMBER_OF and MENTIONED_IN are not drawn.
 * - An agreement filter (kinds, fields, yearFrom/yearTo) keeps the COOPERATES_WITH edges with a matching
 *   agreement and the matching Agreement nodes; then only those and the nodes on such edges stay, with the edges
 *   of other types (people, events, fields) that hang off them. Without a year range, edges with no year are kept.
 */
import type { Database } from '../db/database.js';
import type { GraphEdge, GraphNode, GraphPayload } from '../schemas/common.js';
import { byPartners, capGraph, toEdge, toNode } from './graph-payload.js';

export const NETWORK_TYPES = ['Institution', 'Country', 'Agreement', 'Person', 'Event', 'Field'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

export interface NetworkFilters {
  types: NetworkType[];
  countries?: string[];
  kinds?: string[];
  fields?: string[];
  yearFrom?: number;
  yearTo?: number;
  limit: number;
}

/** The relationship types drawn besides COOPERATES_WITH, and the labels that bring each in. */
const EDGE_TYPES: Record<string, readonly NetworkType[]> = {
  PARTY_TO: ['Agreement'],
  WITH_COUNTRY: ['Agreement'],
  AFFILIATED_WITH: ['Person'],
  PARTICIPATED_IN: ['Event'],
  HOSTED: ['Event'],
  SIGNED_AT: ['Agreement', 'Event'],
  IN_FIELD: ['Field'],
};

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  async network(filters: NetworkFilters): Promise<GraphPayload> {
    const types = new Set(filters.types);
    const agreementFilter = {
      kinds: filters.kinds ?? null,
      fields: filters.fields ?? null,
      yearFrom: filters.yearFrom ?? null,
      yearTo: filters.yearTo ?? null,
    };
    const filtered = Object.values(agreementFilter).some((value) => value !== null);
    const relationshipTypes = Object.entries(EDGE_TYPES)
      .filter(([, labels]) => labels.some((label) => types.has(label)))
      .map(([type]) => type);

    const [nodeRows, edgeRows] = await Promise.all([
      this.db.read('network/nodes', {
        types: [...types],
        countries: filters.countries?.map((code) => code.toUpperCase()) ?? null,
        ...agreementFilter,
      }),
      this.db.read('network/edges', {
        cooperation: types.has('Institution'),
        types: relationshipTypes,
        filtered,
        ...agreementFilter,
      }),
    ]);

    const candidates = new Map<string, GraphNode>();
    for (const row of nodeRows) candidates.set(String(row.id), toNode(row));
    const between = edgeRows.filter((row) => candidates.has(String(row.source)) && candidates.has(String(row.target)));

    let nodes: GraphNode[];
    let edges: GraphEdge[];
    if (!filtered) {
      edges = between.map(toEdge);
      const connected = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
      // Fields carry no country: under a country filter only those tied to a kept node are meaningful.
      nodes = [...candidates.values()].filter((node) => !(filters.countries && node.type === 'Field') || connected.has(node.id));
    } else {
      // Agreement nodes came back only if they match; they stay even when nothing else ties to them.
      const anchors = new Set<string>([...candidates.values()].filter((node) => node.type === 'Agreement').map((node) => node.id));
      for (const row of between) {
        if (row.anchored === true) {
          anchors.add(String(row.source));
          anchors.add(String(row.target));
        }
      }
      const kept = new Set(anchors);
      const keptRows = between.filter((row) => {
        if (row.anchored === true) return true;
        if (!anchors.has(String(row.source)) && !anchors.has(String(row.target))) return false;
        kept.add(String(row.source));
        kept.add(String(row.target));
        return true;
      });
      edges = keptRows.map(toEdge);
      nodes = [...kept].map((id) => candidates.get(id)!);
    }
    return capGraph(nodes.sort(byPartners), edges, filters.limit);
  }
}
