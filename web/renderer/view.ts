/**
 * Display state
 * =============
 *
 * What the reducers read: hover, selection and their neighbours, the path overlay and the time window's
 * visibility. Kept outside the graph (sigma's "use reducers" pattern); a change is followed by a refresh with
 * `skipIndexation` for hover, a full refresh for the rest (z-order changes).
 */
import { EMPTY_OVERLAY, type PathOverlay } from '../graph/paths.js';
import type { CoopGraph } from '../graph/types.js';
import { ALL_VISIBLE, type Visibility } from '../graph/visibility.js';

export interface DisplayState {
  hovered: string | null;
  hoveredNeighbours: Set<string>;
  selected: string | null;
  selectedNeighbours: Set<string>;
  path: PathOverlay;
  visibility: Visibility;
  /** Node sizes are multiplied by this: smaller on the map, where many nodes share a country. */
  sizeScale: number;
  /**
   * Hover dims everything but the hovered node's neighbourhood. Off for big graphs, where repainting every item
   * on each mouse-over costs too much: there hover only lights the neighbourhood (a repaint of a few items).
   */
  dimOnHover: boolean;
}

/** The display state as the rest of the UI sees it: read-only, only the explorer changes it. */
export interface DisplayView {
  readonly hovered: string | null;
  readonly hoveredNeighbours: ReadonlySet<string>;
  readonly selected: string | null;
  readonly selectedNeighbours: ReadonlySet<string>;
  readonly path: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly visibility: Readonly<Visibility>;
  readonly sizeScale: number;
  readonly dimOnHover: boolean;
}

export function getEmptyDisplayState(): DisplayState {
  return {
    hovered: null,
    hoveredNeighbours: new Set(),
    selected: null,
    selectedNeighbours: new Set(),
    path: EMPTY_OVERLAY,
    visibility: ALL_VISIBLE,
    sizeScale: 1,
    dimOnHover: true,
  };
}

export function neighbours(graph: CoopGraph, node: string | null): Set<string> {
  if (!node || !graph.hasNode(node)) return new Set();
  return new Set(graph.neighbors(node));
}
