/**
 * Explorer state
 * ==============
 *
 * Everything the user chose, outside the graph: server-side filters (they change the /api/network query), the
 * time window (client-side, through reducers), layout, selection, path endpoints, and the load status. The URL
 * mirrors the shareable part (state/url.ts). Producers are pure; `store.set` applies them.
 */
import type { NetworkFilters, NodeType, PathsResponse } from '../api/types.js';
/** How many labels the graph shows: key nodes only, more, or all. */
export type LabelMode = 'key' | 'more' | 'all';
import type { HistoryView } from './history.js';
import { FIRST_VIEW_TYPES } from '../../core/model.js';

export { FIRST_VIEW_TYPES };

export type LayoutName = 'force' | 'geo';

/**
 * What the graph shows: `countries`, the network summed up by country (GET /api/network/countries); `institutions`,
 * the network itself; `auto`, the overview when the graph is too large to draw whole and nothing narrows it (no
 * filter, selection or path), else the institutions.
 */
export type ExplorerView = 'auto' | 'countries' | 'institutions';

/** The countries overview drawn now: the totals its counts line shows. */
export interface OverviewTotals {
  countries: number;
  institutions: number;
  links: number;
}

export type Status =
  | { type: 'loading'; message: string }
  | { type: 'ready' }
  | { type: 'empty' }
  | { type: 'error'; message: string; detail: string };

export interface EndpointRef {
  id: string;
  name: string;
  type: NodeType;
}

export interface Counts {
  /** Drawn now (after the time window, hidden and unconnected nodes). */
  nodes: number;
  edges: number;
  /** Nodes with no link in view (left out unless showIsolated). */
  isolated: number;
  /** Nodes hidden by hand. */
  hidden: number;
  /** In the loaded graph. */
  loadedNodes: number;
  loadedEdges: number;
  /** Matched by the query before the API's limit. */
  totalNodes: number;
  totalEdges: number;
  truncated: boolean;
}

export type PathStatus =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'found'; result: PathsResponse }
  | { type: 'none' }
  | { type: 'error'; message: string };

/** What colour and size mean now: the explorer's own encoding, or an analysis's (the Gaps panel's modes). */
export interface Encoding {
  /** null: colour by kind (the legend's kind list). */
  colour: { title: string; items: { label: string; color: string; count: number }[] } | null;
  /** null: size by number of partners. */
  size: string | null;
}

export interface AppState {
  filters: NetworkFilters;
  view: ExplorerView;
  /** The countries overview, when it is what the graph shows; null for the institutions. */
  overview: OverviewTotals | null;
  years: { from: number | null; to: number | null };
  layout: LayoutName;
  selected: string | null;
  path: { from: EndpointRef | null; to: EndpointRef | null };
  embed: boolean;
  status: Status;
  counts: Counts | null;
  /** The span of agreement years in the loaded graph (null: nothing dated). */
  yearExtent: [number, number] | null;
  playing: boolean;
  layoutRunning: boolean;
  pathStatus: PathStatus;
  /** The left panel shown ("filters", "paths", or a registered panel's id); null when collapsed. */
  panel: string | null;
  /** Show the nodes with no link in view (the first view leaves them out). */
  showIsolated: boolean;
  labelMode: LabelMode;
  encoding: Encoding;
  /** Nodes picked with shift-click or the lasso. */
  picked: string[];
  /** The last expansion, while its nodes are marked new. */
  fresh: { id: string; name: string; count: number } | null;
  history: HistoryView;
  /** A message about the view (an unknown id in the link, say); null when there is none. */
  notice: string | null;
  /** The data table is open. */
  table: boolean;
  /** The nodes the map view has no place for (no country, no city), listed beside it; empty off the map. */
  offMap: { id: string; name: string }[];
}

export function getEmptyFilters(): NetworkFilters {
  return { types: [...FIRST_VIEW_TYPES], countries: [], kinds: [], fields: [] };
}

export function getEmptyState(): AppState {
  return {
    filters: getEmptyFilters(),
    view: 'auto',
    overview: null,
    years: { from: null, to: null },
    layout: 'force',
    selected: null,
    path: { from: null, to: null },
    embed: false,
    status: { type: 'loading', message: 'Loading the network…' },
    counts: null,
    yearExtent: null,
    playing: false,
    layoutRunning: false,
    pathStatus: { type: 'idle' },
    panel: 'filters',
    showIsolated: false,
    labelMode: 'key',
    encoding: { colour: null, size: null },
    picked: [],
    fresh: null,
    history: { undo: null, redo: null },
    notice: null,
    table: false,
    offMap: [],
  };
}

/** True when the server-side part of two filter sets differs (a new /api/network query is needed). */
export function filtersChanged(a: NetworkFilters, b: NetworkFilters): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    !same(a.types, b.types) ||
    !same(a.countries, b.countries) ||
    !same(a.kinds, b.kinds) ||
    !same(a.fields, b.fields) ||
    a.limit !== b.limit ||
    (a.countryMode ?? 'located') !== (b.countryMode ?? 'located')
  );
}

/** Number of active server-side filters, for the toolbar badge. */
export function activeFilterCount(filters: NetworkFilters): number {
  const typesChanged =
    filters.types.length !== FIRST_VIEW_TYPES.length || FIRST_VIEW_TYPES.some((t) => !filters.types.includes(t));
  return (typesChanged ? 1 : 0) + filters.countries.length + filters.kinds.length + filters.fields.length;
}
