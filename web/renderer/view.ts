/**
 * Display state
 * =============
 *
 * What the reducers read: hover, selection (one node in the details, and the many picked with shift-click or
 * the lasso) and their neighbours, the path overlay, what is visible (time window, hidden nodes, the unconnected
 * ones), the nodes whose label is always drawn, the label density, and the nodes an expansion just brought in. Kept outside the graph (sigma's "use reducers" pattern); a change is followed by a refresh with
 * `skipIndexation` for hover, a full refresh for the rest (z-order changes).
 */
import { EMPTY_OVERLAY, type PathOverlay } from '../graph/paths.js';
import type { CoopGraph } from '../graph/types.js';
import { ALL_VISIBLE, type Visibility } from '../graph/visibility.js';

/** How many labels are drawn: the key nodes' (hubs, countries, events) and what the label grid fits, or all. */
import type { LabelMode } from '../state/app-state.js';

export type { LabelMode };

export interface DisplayState {
  hovered: string | null;
  hoveredNeighbours: Set<string>;
  selected: string | null;
  selectedNeighbours: Set<string>;
  /** Nodes picked together (shift-click, lasso); the selected node is one of them. */
  picked: Set<string>;
  path: PathOverlay;
  visibility: Visibility;
  /** Labels always drawn at the default zoom (graph/key-labels.ts). */
  keyLabels: Set<string>;
  labelMode: LabelMode;
  /** Nodes the last expansion brought in, marked until it is kept or collapsed. */
  fresh: Set<string>;
  /** Node sizes are multiplied by this: smaller on the map, where many nodes share a country. */
  sizeScale: number;
  /** Nodes the map has no place for: hidden while it is on, listed under it instead. */
  offMap: Set<string>;
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
  readonly picked: ReadonlySet<string>;
  readonly path: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly visibility: Readonly<Visibility>;
  readonly keyLabels: ReadonlySet<string>;
  readonly labelMode: LabelMode;
  readonly fresh: ReadonlySet<string>;
  readonly sizeScale: number;
  readonly dimOnHover: boolean;
}

export function getEmptyDisplayState(): DisplayState {
  return {
    hovered: null,
    hoveredNeighbours: new Set(),
    selected: null,
    selectedNeighbours: new Set(),
    picked: new Set(),
    path: EMPTY_OVERLAY,
    visibility: ALL_VISIBLE,
    keyLabels: new Set(),
    labelMode: 'key',
    fresh: new Set(),
    sizeScale: 1,
    offMap: new Set(),
    dimOnHover: true,
  };
}

export function neighbours(graph: CoopGraph, node: string | null): Set<string> {
  if (!node || !graph.hasNode(node)) return new Set();
  return new Set(graph.neighbors(node));
}
