/**
 * Time window
 * ===========
 *
 * Which edges and nodes are visible for a window of agreement years. Done client-side, through sigma's reducers,
 * because the slider plays: re-querying the API on every tick would stutter. An edge is in the window when its
 * `firstYear` (the year of the pair's first agreement) is; undated edges (stated cooperation, structural
 * relationships) show only when the window is the whole range. A node is visible when one of its edges is;
 * undated edges between two visible nodes are kept, so an agreement's parties stay joined to it.
 *
 * Then the user's display filters (applyDisplayFilters): nodes hidden by hand, and the nodes with no link in view
 * ("not connected"), which the first view leaves out behind a toggle.
 */
import type { CoopGraph } from './types.js';

export interface YearWindow {
  from: number | null;
  to: number | null;
}

export interface Visibility {
  /** null: every node is visible. */
  nodes: Set<string> | null;
  /** null: every edge whose ends are visible is. */
  edges: Set<string> | null;
}

export const ALL_VISIBLE: Visibility = { nodes: null, edges: null };

/** The span of `firstYear` over the graph's edges; null when no edge is dated. */
export function yearExtent(graph: CoopGraph): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_edge, attributes) => {
    const year = attributes.firstYear;
    if (typeof year !== 'number') return;
    if (year < min) min = year;
    if (year > max) max = year;
  });
  return Number.isFinite(min) ? [min, max] : null;
}

/** True when the window leaves nothing out. */
export function isFullWindow(window: YearWindow, extent: [number, number] | null): boolean {
  if (!extent) return true;
  return (window.from === null || window.from <= extent[0]) && (window.to === null || window.to >= extent[1]);
}

export function computeVisibility(graph: CoopGraph, window: YearWindow): Visibility {
  const extent = yearExtent(graph);
  if (isFullWindow(window, extent)) return ALL_VISIBLE;
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const year = attributes.firstYear;
    if (typeof year === 'number' && year >= from && year <= to) {
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    }
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.firstYear === null && nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  return { nodes, edges };
}

export function isNodeVisible(visibility: Visibility, node: string): boolean {
  return visibility.nodes === null || visibility.nodes.has(node);
}

export function isEdgeVisible(visibility: Visibility, edge: string): boolean {
  return visibility.edges === null || visibility.edges.has(edge);
}

/** Counts of what the window shows. */
export function visibleCounts(graph: CoopGraph, visibility: Visibility): { nodes: number; edges: number } {
  return {
    nodes: visibility.nodes?.size ?? graph.order,
    edges: visibility.edges?.size ?? graph.size,
  };
}

export interface DisplayFilters {
  hideIsolated: boolean;
  hidden: ReadonlySet<string>;
  /** Shown whatever the filters say (the selection, the lit path). */
  keep: ReadonlySet<string>;
}

export interface Filtered {
  visibility: Visibility;
  /** Nodes left out because they have no link in view (shown when hideIsolated is off, counted either way). */
  isolated: number;
  /** Nodes hidden by hand that the window would show. */
  hidden: number;
}

export function applyDisplayFilters(graph: CoopGraph, base: Visibility, filters: DisplayFilters): Filtered {
  const candidates = new Set<string>();
  let hidden = 0;
  graph.forEachNode((node) => {
    if (!isNodeVisible(base, node)) return;
    if (filters.hidden.has(node) && !filters.keep.has(node)) hidden += 1;
    else candidates.add(node);
  });
  const linked = new Set<string>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (!isEdgeVisible(base, edge) || !candidates.has(source) || !candidates.has(target)) return;
    linked.add(source);
    linked.add(target);
  });
  let isolated = 0;
  for (const node of candidates) {
    if (linked.has(node)) continue;
    isolated += 1;
    if (filters.hideIsolated && !filters.keep.has(node)) candidates.delete(node);
  }
  if (hidden === 0 && (isolated === 0 || !filters.hideIsolated) && base.nodes === null)
    return { visibility: base, isolated, hidden };
  const edges = new Set<string>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (isEdgeVisible(base, edge) && candidates.has(source) && candidates.has(target)) edges.add(edge);
  });
  return { visibility: { nodes: candidates, edges }, isolated, hidden };
}
