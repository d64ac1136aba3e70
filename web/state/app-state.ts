/**
 * Explorer state
 * ==============
 *
 * Everything the user chose, outside the graph: server-side filters (they change the /api/network query), the
 * time window (client-side, through reducers), layout, selection, path endpoints, and the load status. The URL
 * mirrors the shareable part (state/url.ts). Producers are pure; `store.set` applies them.
 */
import { DEFAULT_NETWORK_TYPES, type NetworkFilters, type NodeType, type PathsResponse } from '../api/types.js';

export type LayoutName = 'force' | 'geo';

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
  /** Drawn now (after the time window). */
  nodes: number;
  edges: number;
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

export interface AppState {
  filters: NetworkFilters;
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
}

export function getEmptyFilters(): NetworkFilters {
  return { types: [...DEFAULT_NETWORK_TYPES], countries: [], kinds: [], fields: [] };
}

export function getEmptyState(): AppState {
  return {
    filters: getEmptyFilters(),
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
  };
}

/** True when the server-side part of two filter sets differs (a new /api/network query is needed). */
export function filtersChanged(a: NetworkFilters, b: NetworkFilters): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    !same(a.types, b.types) || !same(a.countries, b.countries) || !same(a.kinds, b.kinds) || !same(a.fields, b.fields) || a.limit !== b.limit
  );
}

/** Number of active server-side filters, for the toolbar badge. */
export function activeFilterCount(filters: NetworkFilters): number {
  const typesChanged =
    filters.types.length !== DEFAULT_NETWORK_TYPES.length || DEFAULT_NETWORK_TYPES.some((t) => !filters.types.includes(t));
  return (typesChanged ? 1 : 0) + filters.countries.length + filters.kinds.length + filters.fields.length;
}
