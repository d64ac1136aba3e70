/**
 * Brokers and communities
 * =======================
 *
 * Who bridges otherwise separate groups: betweenness centrality on the cooperation graph, and the groups
 * themselves, Louvain communities, with the community of each node.
 *
 * - Betweenness is normalised (the share of shortest paths between other pairs that run through a node) and
 *   unweighted: a COOPERATES_WITH edge is one step whatever its number of agreements. Exact (Brandes, through
 *   graphology-metrics) while a full run costs at most `maxWork` edge visits; beyond that, the Brandes–Pich
 *   estimate: single-source dependencies from `sources` sources drawn at random (seeded), scaled by n / sources.
 * - Louvain (graphology-communities-louvain) with a seeded random number generator, so the same data gives
 *   the same communities, and edges weighted by their agreements (at least 1, so stated cooperation counts).
 *   Communities are numbered by size, largest first.
 * - Scope `institutions` (the default) is the institution–institution graph; `cooperation` adds the country
 *   nodes and institution→country edges. Nodes without an edge in the scope are left out: they bridge nothing
 *   and would each be a community of one.
 */
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { UndirectedGraph } from 'graphology';

import { Random } from '../../core/random.js';
import {
  type CooperationGraph,
  type EdgeAttributes,
  type NodeAttributes,
  byName,
  countryCode,
  listNames,
} from './model.js';

export type BrokerScope = 'institutions' | 'cooperation';

export interface BrokersOptions {
  scope?: BrokerScope;
  /** Edge visits an exact betweenness run may cost (n · (n + 2m)); above it, sources are sampled. */
  maxWork?: number;
  /** Force this many sampled sources (the exact run when >= the number of nodes). */
  sources?: number;
  /** Seed of the random choices (sampled sources, Louvain). */
  seed?: number;
  /** Louvain resolution. */
  resolution?: number;
  /** Members named per community. */
  membersPerCommunity?: number;
}

export interface BrokerNode {
  id: string;
  type: 'Institution' | 'Country';
  name: string;
  kind: string | null;
  /** ISO code of its country (a country: its own code). */
  country: string | null;
  betweenness: number;
  rank: number;
  /** Partners in the scope graph. */
  degree: number;
  community: number;
  /** Distinct communities among its partners and itself. */
  communitiesBridged: number;
  reason: string;
}

export interface Community {
  id: number;
  size: number;
  /** Its members with the highest betweenness first. */
  members: { id: string; name: string }[];
  /** The most frequent countries of its members (ISO codes) and how many members are there. */
  countries: { code: string; count: number }[];
}

export interface BrokersResult {
  scope: BrokerScope;
  definition: string;
  graph: { nodes: number; edges: number };
  betweenness: { method: 'exact' | 'sampled'; sources: number; normalized: true; description: string };
  communities: { method: 'louvain'; count: number; modularity: number | null; resolution: number; list: Community[] };
  /** Every node of the scope graph, highest betweenness first. */
  nodes: BrokerNode[];
}

export const BROKERS_DEFAULTS = {
  scope: 'institutions' as BrokerScope,
  maxWork: 3e7,
  seed: 42,
  resolution: 1,
  membersPerCommunity: 5,
};

/** The graph the analysis runs on: the scope's nodes that have an edge in it, and a weight for Louvain. */
export function scopeGraph(
  graph: CooperationGraph,
  scope: BrokerScope,
): UndirectedGraph<NodeAttributes, EdgeAttributes> {
  const out = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (
      scope === 'institutions' &&
      (sourceAttributes.type !== 'Institution' || targetAttributes.type !== 'Institution')
    )
      return;
    out.mergeNode(source, sourceAttributes);
    out.mergeNode(target, targetAttributes);
    out.addUndirectedEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}

/**
 * Brandes–Pich estimate: the dependencies of `sources` distinct random sources, scaled by n / sources, then
 * normalised like graphology-metrics (÷ (n − 1)(n − 2)). With sources = n it is the exact value.
 *
 * Written on typed arrays over a compressed adjacency list rather than graphology-shortest-path's indexed
 * Brandes, which allocates a predecessor list per node per source: here predecessors are found again on the
 * way back (neighbours one step closer to the source), and only the nodes a search reached are reset.
 */
export function sampledBetweenness(graph: UndirectedGraph, sources: number, random: Random): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + graph.degree(nodes[i]!);
  const adjacency = new Uint32Array(starts[n]!);
  for (let i = 0; i < n; i++) {
    let j = starts[i]!;
    graph.forEachNeighbor(nodes[i]!, (neighbor) => (adjacency[j++] = index.get(neighbor)!));
  }

  const k = Math.min(sources, n);
  // A partial Fisher-Yates shuffle picks k distinct sources.
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }

  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Uint32Array(n);
  const centrality = new Float64Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s]!;
    distance[source] = 0;
    paths[source] = 1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = adjacency[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    // Farthest first: when w is reached, every node beyond it has already given it its share.
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i]!;
      const previous = distance[w]! - 1;
      const coefficient = (1 + delta[w]!) / paths[w]!;
      for (let j = starts[w]!, end = starts[w + 1]!; j < end; j++) {
        const v = adjacency[j]!;
        if (distance[v] === previous) delta[v]! += paths[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      distance[v] = -1;
      paths[v] = 0;
      delta[v] = 0;
    }
  }

  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i++) out[nodes[i]!] = centrality[i]! * scale;
  return out;
}

const percent = (value: number) => (value === 0 ? '0%' : value < 0.001 ? 'under 0.1%' : `${(value * 100).toFixed(1)}%`);

export function brokers(graph: CooperationGraph, options: BrokersOptions = {}): BrokersResult {
  const { scope, maxWork, seed, resolution, membersPerCommunity } = { ...BROKERS_DEFAULTS, ...options };
  const g = scopeGraph(graph, scope);
  const n = g.order;
  // One single-source pass visits every node and both ends of every edge.
  const sources = options.sources ?? Math.max(1, Math.floor(maxWork / Math.max(1, n + 2 * g.size)));
  const exact = sources >= n;

  // With no cooperation in the scope (an empty or a freshly emptied database) there is nothing to measure, and
  // graphology's Brandes and Louvain both throw on a graph without nodes: no brokers, no communities.
  const empty = g.size === 0;
  const betweenness: Record<string, number> = empty
    ? {}
    : exact
      ? betweennessCentrality(g, { getEdgeWeight: null, normalized: true })
      : sampledBetweenness(g, sources, new Random(seed));

  const random = new Random(seed);
  const detailed = empty
    ? { communities: {} as Record<string, number>, modularity: Number.NaN }
    : louvain.detailed(g, {
        getEdgeWeight: (_edge, attributes) => Math.max(1, (attributes as EdgeAttributes).weight),
        resolution,
        rng: () => random.next(),
      });

  // Renumber communities by size (then by their first member id) so that ids mean something and are stable.
  const members = new Map<number, string[]>();
  for (const node of g.nodes()) {
    const community = detailed.communities[node]!;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const ranked = [...members.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const communityOf = new Map<string, number>();
  ranked.forEach((list, index) => list.forEach((node) => communityOf.set(node, index + 1)));

  const name = (node: string) => g.getNodeAttribute(node, 'name');
  const nodes: BrokerNode[] = g.nodes().map((node) => {
    const attributes = g.getNodeAttributes(node);
    const community = communityOf.get(node)!;
    const bridged = new Set([community]);
    g.forEachNeighbor(node, (neighbor) => bridged.add(communityOf.get(neighbor)!));
    const value = betweenness[node] ?? 0;
    const others = [...bridged].filter((id) => id !== community).sort((a, b) => a - b);
    const reason =
      `on ${percent(value)} of the shortest paths between other ${scope === 'institutions' ? 'institutions' : 'nodes'}` +
      (others.length > 0
        ? `; links community ${community} to ${others.length === 1 ? 'community' : 'communities'} ${listNames(others.map(String), 5)}`
        : `; all its partners are in its own community ${community}`);
    return {
      id: node,
      type: attributes.type,
      name: attributes.name,
      kind: attributes.type === 'Institution' ? attributes.kind : null,
      country: attributes.type === 'Institution' ? countryCode(graph, attributes.country) : attributes.code,
      betweenness: value,
      rank: 0,
      degree: g.degree(node),
      community,
      communitiesBridged: bridged.size,
      reason,
    };
  });
  nodes.sort(
    (a, b) =>
      b.betweenness - a.betweenness ||
      b.communitiesBridged - a.communitiesBridged ||
      b.degree - a.degree ||
      byName(a, b),
  );
  nodes.forEach((node, index) => (node.rank = index + 1));

  const byBetweenness = new Map(nodes.map((node) => [node.id, node.betweenness]));
  const list: Community[] = ranked.map((ids, index) => {
    const countries = new Map<string, number>();
    for (const id of ids) {
      const attributes = g.getNodeAttributes(id);
      const code = attributes.type === 'Institution' ? countryCode(graph, attributes.country) : attributes.code;
      if (code !== null) countries.set(code, (countries.get(code) ?? 0) + 1);
    }
    return {
      id: index + 1,
      size: ids.length,
      members: [...ids]
        .sort(
          (a, b) =>
            byBetweenness.get(b)! - byBetweenness.get(a)! || byName({ id: a, name: name(a) }, { id: b, name: name(b) }),
        )
        .slice(0, membersPerCommunity)
        .map((id) => ({ id, name: name(id) })),
      countries: [...countries]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([code, count]) => ({ code, count })),
    };
  });

  return {
    scope,
    definition:
      'betweenness: the share of shortest paths between two other nodes that pass through a node (normalised, ' +
      'unweighted); communities: Louvain modularity classes, edges weighted by agreements (at least 1); ' +
      `scope ${scope === 'institutions' ? 'institution–institution cooperation' : 'institutions and countries'}, ` +
      'nodes without cooperation left out',
    graph: { nodes: n, edges: g.size },
    betweenness: {
      method: exact ? 'exact' : 'sampled',
      sources: exact ? n : sources,
      normalized: true,
      description: exact
        ? 'exact (Brandes) over every source'
        : `estimated from ${sources} of ${n} sources drawn at random (seed ${seed}), scaled by n / sources (Brandes–Pich)`,
    },
    communities: {
      method: 'louvain',
      count: ranked.length,
      modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : null,
      resolution,
      list,
    },
    nodes,
  };
}
