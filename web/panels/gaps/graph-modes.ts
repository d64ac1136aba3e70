/**
 * Gaps panel: what it draws on the graph
 * ======================================
 *
 * DOM-free helpers, tested without a browser:
 *
 * - colour nodes by Louvain community and size them by betweenness (GET /api/analytics/brokers?nodes=true);
 *   turning a mode off gives back the explorer's own colours (by type and kind) and sizes (by partners);
 * - the nodes and edges that show a recommended partner: the institution, its partners that already work with
 *   the candidate, and the candidate, as a path response for the explorer's showOverlay().
 */
import type { PathsResponse } from '../../api/types.js';
import { applySizes } from '../../graph/from-payload.js';
import { nodeColor } from '../../graph/style.js';
import type { CoopGraph } from '../../graph/types.js';
import type { RecommendationsResponse } from './api.js';

/**
 * Ten hues told apart at a glance, none of them a kind's colour (graph/style.ts), so a community is never read
 * as a kind: Okabe and Ito's colour-blind-safe set, then three Set3 tones. Past the tenth, the neutral one.
 */
export const COMMUNITY_PALETTE = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#8dd3c7',
  '#bebada',
  '#fb8072',
];
export const OTHER_COMMUNITY = '#94a3b8';
/** Nodes outside the analysis (agreements, people, institutions without cooperation). */
export const OUTSIDE_ANALYSIS = '#e2e8f0';

export const BETWEENNESS_SIZES = { min: 3, max: 24 };

/** Communities are numbered by size from 1 (server/analytics/brokers.ts): the largest get the palette. */
export function communityColor(community: number | undefined): string {
  if (community === undefined) return OUTSIDE_ANALYSIS;
  return COMMUNITY_PALETTE[community - 1] ?? OTHER_COMMUNITY;
}

/** Square-root scale, so that area follows betweenness; nodes on no shortest path get the minimum. */
export function betweennessSize(value: number | undefined, max: number): number {
  const { min, max: largest } = BETWEENNESS_SIZES;
  if (value === undefined || value <= 0 || max <= 0) return min;
  return min + (largest - min) * Math.sqrt(Math.min(value, max) / max);
}

export interface NodeMetrics {
  community: number;
  betweenness: number;
}

export interface GraphModes {
  byCommunity: boolean;
  byBetweenness: boolean;
}

/**
 * Applies the modes to every node of the graph (the explorer's own encoding where a mode is off). Colour and
 * size are graph attributes the explorer derives from type, kind and partners; the modes derive them from the
 * analytics instead, and switching off derives them the explorer's way again.
 */
export function applyGraphModes(graph: CoopGraph, modes: GraphModes, metrics: ReadonlyMap<string, NodeMetrics>): void {
  if (!modes.byBetweenness) applySizes(graph);
  let max = 0;
  if (modes.byBetweenness) graph.forEachNode((node) => (max = Math.max(max, metrics.get(node)?.betweenness ?? 0)));
  graph.updateEachNodeAttributes((node, attributes) => {
    const metric = metrics.get(node);
    return {
      ...attributes,
      color: modes.byCommunity ? communityColor(metric?.community) : nodeColor(attributes.entityType, attributes.kind),
      size: modes.byBetweenness ? betweennessSize(metric?.betweenness, max) : attributes.size,
    };
  });
}

type Recommendation = RecommendationsResponse['recommendations'][number];

/**
 * The recommendation as paths: institution → shared partner → candidate, one per shared partner (or the two
 * alone when they share none), for the explorer's showOverlay().
 */
export function recommendationPaths(
  institution: { id: string; name: string },
  recommendation: Recommendation,
): PathsResponse {
  const self = { id: institution.id, type: 'Institution' as const, name: institution.name };
  const candidate = {
    id: recommendation.institution.id,
    type: 'Institution' as const,
    name: recommendation.institution.name,
  };
  const paths: PathsResponse['paths'] = recommendation.sharedPartners.map((partner) => ({
    length: 2,
    nodes: [self, { id: partner.id, type: 'Institution' as const, name: partner.name }, candidate],
    edges: [
      { type: 'COOPERATES_WITH', source: self.id, target: partner.id },
      { type: 'COOPERATES_WITH', source: partner.id, target: candidate.id },
    ],
  }));
  if (paths.length === 0) {
    paths.push({ length: 0, nodes: [self], edges: [] }, { length: 0, nodes: [candidate], edges: [] });
  }
  return { from: self.id, to: candidate.id, paths, agreements: [], people: [] };
}

/** What the legend says while the modes are on (the explorer's Encoding). */
export function modesEncoding(graph: CoopGraph, modes: GraphModes, metrics: ReadonlyMap<string, NodeMetrics>) {
  let colour = null;
  if (modes.byCommunity) {
    const sizes = new Map<number, number>();
    graph.forEachNode((node) => {
      const community = metrics.get(node)?.community;
      if (community !== undefined) sizes.set(community, (sizes.get(community) ?? 0) + 1);
    });
    const ranked = [...sizes.entries()].sort((a, b) => a[0] - b[0]);
    const items = ranked
      .slice(0, COMMUNITY_PALETTE.length)
      .map(([id, count]) => ({ label: `Community ${id}`, color: communityColor(id), count }));
    const rest = ranked.slice(COMMUNITY_PALETTE.length).reduce((sum, [, count]) => sum + count, 0);
    if (rest) items.push({ label: 'Smaller communities', color: OTHER_COMMUNITY, count: rest });
    const outside = graph.order - [...sizes.values()].reduce((a, b) => a + b, 0);
    if (outside) items.push({ label: 'Outside the analysis', color: OUTSIDE_ANALYSIS, count: outside });
    colour = { title: 'Colour: community (Louvain)', items };
  }
  return { colour, size: modes.byBetweenness ? 'Size: betweenness (how often on shortest paths)' : null };
}
