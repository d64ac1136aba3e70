/**
 * Network repository
 * ==================
 *
 * The graph the explorer draws (GET /api/network). Two ways to the same answer:
 *
 * - **Top-k** (no agreement filter; a country filter only on institutions and countries): the database returns
 *   the `limit` best-connected nodes by their stored, indexed degree (network/top-nodes), the edges between them
 *   (network/edges-between; or, when nothing was cut, network/edges, one scan) and the uncapped totals
 *   (network/totals, from the count store and the degrees), so the work grows with the view, not the graph.
 * - **Candidates** (the other filters): two set-based queries (network/nodes, network/edges) return every
 *   candidate node and edge; the rest is hash-set work here, linear in their number, then the cap.
 *
 * - Nodes are those of the requested labels whose country is in `countries` (an Agreement: one of its parties'
 *   or WITH_COUNTRY countries; a Field has no country and is kept when connected).
 * - Edges are COOPERATES_WITH between institutions and to countries, plus, for each extra label, the
 *   relationships to it (PARTY_TO, WITH_COUNTRY, AFFILIATED_WITH, PARTICIPATED_IN, HOSTED, SIGNED_AT,
 *   IN_FIELD), and PART_OF between institutions (a faculty and its university). LOCATED_IN (the node's
 *   `country`), MEMBER_OF and MENTIONED_IN are not drawn.
 * - An agreement filter (kinds, fields, yearFrom/yearTo) keeps the COOPERATES_WITH edges with a matching
 *   agreement and the matching Agreement nodes; then only those and the nodes on such edges stay, with the edges
 *   of other types (people, events, fields) that hang off them. Without a year range, edges with no year are kept.
 *   A field also keeps the institutions in it (IN_FIELD), as a user filtering by field expects.
 * - countryMode `partners` ("works with"): the nodes in the countries, everything linked to them, and the links
 *   that touch them; `located` (default) keeps only the nodes in the countries.
 */
import type { Database } from '../db/database.js';
import type { GraphEdge, GraphNode, GraphPayload } from '../../core/contract/common.js';
import { type NetworkType, relationshipId } from '../../core/model.js';
import { byPartners, capGraph } from './graph-payload.js';
import { int } from '../db/database.js';

export interface NetworkFilters {
  types: NetworkType[];
  countries?: string[];
  countryMode?: 'located' | 'partners';
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
  PART_OF: ['Institution'],
};

/** A node packed by cypher/queries/network/nodes.cypher: "id type kind country partners name". */
export function unpackNode(packed: string): GraphNode {
  const parts = packed.split(' ');
  const [id, type, kind, country, partners] = parts;
  return {
    id: id!,
    type: type as GraphNode['type'],
    name: parts.slice(5).join(' '),
    kind: kind || null,
    country: country || null,
    partners: Number(partners),
  };
}

interface PackedEdge extends GraphEdge {
  anchored: boolean;
}

/** An edge packed by cypher/queries/network/edges.cypher: "type source target weight kinds firstYear stated anchored". */
export function unpackEdge(packed: string): PackedEdge {
  const [type, source, target, weight, kinds, firstYear, stated, anchored] = packed.split(' ');
  return {
    // Relationship ids are their (source, type, target) key, so the query need not send them.
    id: relationshipId(source!, type!, target!),
    source: source!,
    target: target!,
    type: type!,
    weight: weight ? Number(weight) : null,
    kinds: kinds ? kinds.split(',') : [],
    firstYear: firstYear ? Number(firstYear) : null,
    stated: stated === '1',
    anchored: anchored === '1',
  };
}

/** The relationship types drawn besides COOPERATES_WITH for these labels. */
const relationshipTypesOf = (types: ReadonlySet<string>) =>
  Object.entries(EDGE_TYPES)
    .filter(([, labels]) => labels.some((label) => types.has(label)))
    .map(([type]) => type);

const publicEdge = ({ anchored: _, ...edge }: PackedEdge): GraphEdge => edge;

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  async network(filters: NetworkFilters): Promise<GraphPayload> {
    const agreementFilter = [filters.kinds, filters.fields, filters.yearFrom, filters.yearTo].some(
      (value) => value !== undefined,
    );
    const countryFilterOnly = filters.types.every((type) => type === 'Institution' || type === 'Country');
    // "Works with" a country keeps what links to it, which only the candidates path can tell.
    const worksWith = filters.countryMode === 'partners' && filters.countries !== undefined;
    if (!agreementFilter && !worksWith && (!filters.countries || countryFilterOnly)) return this.topK(filters);
    return this.candidates(filters);
  }

  /** The best-connected `limit` nodes and the edges between them, read as such (no agreement filter). */
  async topK(filters: NetworkFilters): Promise<GraphPayload> {
    const types = [...new Set(filters.types)];
    const countries = filters.countries?.map((code) => code.toUpperCase()) ?? null;
    const [nodeRows, [totals]] = await Promise.all([
      this.db.read('network/top-nodes', { types, countries, limit: int(filters.limit) }),
      this.db.read('network/totals', { types, countries }),
    ]);
    const nodes = nodeRows.map((row) => unpackNode(String(row.node)));
    const total = { nodes: Number(totals?.nodes ?? 0), edges: Number(totals?.edges ?? 0) };
    const truncated = total.nodes > nodes.length;
    const relationshipTypes = relationshipTypesOf(new Set(types));
    const kept = new Set(nodes.map((node) => node.id));
    let packed: string[];
    if (truncated) {
      // A cut: the edges between the kept nodes, found from them (index seeks and a join).
      const edgeTypes = [...(types.includes('Institution') ? ['COOPERATES_WITH'] : []), ...relationshipTypes];
      packed = (await this.db.read('network/edges-between', { ids: [...kept], types: edgeTypes })).map((row) =>
        String(row.edge),
      );
    } else {
      // Everything is kept: one scan of the edges is cheaper than finding them from every node.
      const rows = await this.db.read('network/edges', {
        cooperation: types.includes('Institution'),
        types: relationshipTypes,
        countries,
        filtered: false,
        kinds: null,
        fields: null,
        yearFrom: null,
        yearTo: null,
      });
      packed = rows.map((row) => String(row.edge));
    }
    const edges = packed
      .map(unpackEdge)
      .filter((edge) => kept.has(edge.source) && kept.has(edge.target))
      .map(publicEdge);
    return { nodes, edges, total, truncated };
  }

  /** Every candidate node and edge, filtered and capped here (agreement filters). */
  async candidates(filters: NetworkFilters): Promise<GraphPayload> {
    const types = new Set(filters.types);
    const agreementFilter = {
      kinds: filters.kinds ?? null,
      fields: filters.fields ?? null,
      yearFrom: filters.yearFrom ?? null,
      yearTo: filters.yearTo ?? null,
    };
    const filtered = Object.values(agreementFilter).some((value) => value !== null);
    const relationshipTypes = relationshipTypesOf(types);

    const chosen = filters.countries?.map((code) => code.toUpperCase()) ?? null;
    const worksWith = filters.countryMode === 'partners' && chosen !== null;
    // "Works with": everything is a candidate; the countries choose below which nodes the links must touch.
    const countries = worksWith ? null : chosen;
    const [nodeRows, edgeRows, fieldRows] = await Promise.all([
      this.db.read('network/nodes', { types: [...types], countries, ...agreementFilter }),
      this.db.read('network/edges', {
        cooperation: types.has('Institution'),
        types: relationshipTypes,
        countries,
        filtered,
        ...agreementFilter,
      }),
      filters.fields && types.has('Institution')
        ? this.db.read('network/in-field', { fields: filters.fields })
        : Promise.resolve([]),
    ]);

    const candidates = new Map<string, GraphNode>();
    for (const row of nodeRows) {
      const node = unpackNode(String(row.node));
      candidates.set(node.id, node);
    }
    const all = edgeRows
      .map((row) => unpackEdge(String(row.edge)))
      .filter((edge) => candidates.has(edge.source) && candidates.has(edge.target));
    // PART_OF is context (whose faculty it is): it joins two kept nodes but never brings one in.
    const between = all.filter((edge) => edge.type !== 'PART_OF');
    const partOf = all.filter((edge) => edge.type === 'PART_OF');

    let nodes: GraphNode[];
    let edges: GraphEdge[];
    if (!filtered) {
      edges = [...between, ...partOf].map(publicEdge);
      const connected = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
      // Fields carry no country: under a country filter only those tied to a kept node are meaningful.
      nodes = [...candidates.values()].filter(
        (node) => !(filters.countries && node.type === 'Field') || connected.has(node.id),
      );
    } else {
      // Agreement nodes came back only if they match; they stay even when nothing else ties to them.
      const anchors = new Set<string>(
        [...candidates.values()].filter((node) => node.type === 'Agreement').map((node) => node.id),
      );
      for (const row of fieldRows) if (candidates.has(String(row.id))) anchors.add(String(row.id));
      for (const edge of between) {
        if (edge.anchored) {
          anchors.add(edge.source);
          anchors.add(edge.target);
        }
      }
      const kept = new Set(anchors);
      const keptEdges = between.filter((edge) => {
        if (edge.anchored) return true;
        if (!anchors.has(edge.source) && !anchors.has(edge.target)) return false;
        kept.add(edge.source);
        kept.add(edge.target);
        return true;
      });
      edges = [...keptEdges, ...partOf.filter((edge) => kept.has(edge.source) && kept.has(edge.target))].map(
        publicEdge,
      );
      nodes = [...kept].map((id) => candidates.get(id)!);
    }
    if (worksWith) {
      const inCountry = new Set(
        nodes.filter((node) => node.country !== null && chosen.includes(node.country)).map((node) => node.id),
      );
      edges = edges.filter((edge) => inCountry.has(edge.source) || inCountry.has(edge.target));
      const linked = new Set([...inCountry, ...edges.flatMap((edge) => [edge.source, edge.target])]);
      nodes = nodes.filter((node) => linked.has(node.id));
    }
    return capGraph(nodes.sort(byPartners), edges, filters.limit);
  }
}
