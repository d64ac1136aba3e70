/**
 * Time window
 * ===========
 *
 * Which edges and nodes are visible for a window of agreement years. Done client-side, through sigma's reducers,
 * because the slider plays: re-querying the API on every tick would stutter. An edge is in the window when its
 * `firstYear` (the year of the pair's first agreement) is; undated edges (stated cooperation, structural
 * relationships) show only when the window is the whole range. A node is visible when one of its edges is;
 * undated edges between two visible nodes are kept, so an agreement's parties stay joined to it.
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
