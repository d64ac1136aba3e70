/**
 * The explorer
 * ============
 *
 * Owns the graph, the sigma renderer and the actions the UI calls: load the network for the current filters,
 * select, expand a neighbourhood, set the time window, light a path, switch layouts. State the UI shows lives
 * in the store (state/app-state.ts); what sigma draws is the graph plus the display state, via the reducers.
 *
 * Filtering: types, countries, agreement kinds and fields re-query /api/network (the server knows which
 * agreements are in a field); the year window filters client-side through the reducers, so the slider can play,
 * and so do the display filters (nodes hidden by hand, the unconnected ones the first view leaves out).
 *
 * What the user does to the drawing (expand and collapse, drag and pin, hide and show) goes through the undo
 * history (state/history.ts). Small screens cover part of the canvas with a panel: setFreeArea() tells which part
 * is left, and the selection is centred there.
 *
 * The panels get this class and nothing behind it: the graph, the renderer, the display state and the world
 * outline to read; the store; and the actions below. Graph, display state and layout change only through those
 * actions, so what is drawn stays in step with the store (a panel lighting paths calls showOverlay(), as the
 * path finder does).
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { animateNodes } from 'sigma/utils';

import { ApiError, isAbort } from './api/client.js';
import { fetchEntities } from './api/entities.js';
import { fetchCountryOverview, fetchNeighborhood, fetchNetwork } from './api/network.js';
import { fetchPlaces } from './api/places.js';
import { fetchPaths } from './api/paths.js';
import type { GraphNode, GraphPayload, PathsResponse } from './api/types.js';
import { applySizes, createGraph, mergePayload, removeNodes } from './graph/from-payload.js';
import type { Centroids, Places } from './graph/geo-layout.js';
import { digest } from './graph/hash.js';
import { EMPTY_OVERLAY, overlayPaths, removeOverlay } from './graph/paths.js';
import { circularPositions, radialPositions } from './graph/arrangements.js';
import { keyLabels } from './graph/key-labels.js';
import { positionNear } from './graph/seed-positions.js';
import type { CoopGraph, CoopSigma } from './graph/types.js';
import { applyDisplayFilters, computeVisibility, visibleCounts, yearExtent } from './graph/visibility.js';
import { type Area, centreOn, fit, focusNodes, revealNode } from './renderer/camera.js';
import { bindEvents } from './renderer/events.js';
import { createLabelDrawer } from './renderer/labels.js';
import { bindPointer } from './renderer/pointer.js';
import { LayoutController, type LiveSettings } from './renderer/layout.js';
import { createReducers } from './renderer/reducers.js';
import { LARGE_GRAPH_EDGES, sigmaSettings } from './renderer/settings.js';
import {
  type DisplayState,
  type DisplayView,
  type LabelMode,
  getEmptyDisplayState,
  neighbours,
} from './renderer/view.js';
import { type WorldView, WorldLayer, loadWorldPaths } from './renderer/world-layer.js';
import { DEFAULT_NETWORK_NODES } from '../core/model.js';
import {
  type AppState,
  type Encoding,
  type EndpointRef,
  type LayoutName,
  type OverviewTotals,
  activeFilterCount,
  getEmptyFilters,
} from './state/app-state.js';
import { History } from './state/history.js';
import type { Store } from './state/store.js';

/** Above this many nodes + edges, hover lights the neighbourhood without dimming the rest (renderer/view.ts). */
const DIM_ON_HOVER_MAX_ITEMS = 25_000;

/** Node sizes on the map, relative to the network layout. */
const GEO_SIZE_SCALE = 0.5;

/** sigma's label grid for each label density (the key nodes are labelled in every mode but "all" labels all). */
const LABEL_GRID: Record<
  LabelMode,
  { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number }
> = {
  key: { labelDensity: 0.55, labelGridCellSize: 110, labelRenderedSizeThreshold: 8 },
  more: { labelDensity: 2, labelGridCellSize: 60, labelRenderedSizeThreshold: 3 },
  all: { labelDensity: 2, labelGridCellSize: 60, labelRenderedSizeThreshold: 0 },
};

/**
 * Above this many institutions the first view opens on the countries overview: the network would be cut to the
 * API's default cap, and a summary says more than an arbitrary top slice of it.
 */
const OVERVIEW_MIN_INSTITUTIONS = DEFAULT_NETWORK_NODES;

/** Iterations of the short local ForceAtlas2 that settles an expansion's ring. */
const EXPAND_ITERATIONS = 80;

interface Country {
  code: string;
  name: string;
}

interface Field {
  id: string;
  name: string;
}

export interface ReferenceData {
  readonly countries: readonly Country[];
  readonly fields: readonly Field[];
}

function describeError(error: unknown): { message: string; detail: string } {
  if (error instanceof ApiError) {
    if (error.failure === 'network') {
      return {
        message: 'The coopgraph server cannot be reached.',
        detail: 'Check that the server is running, then retry.',
      };
    }
    if (error.failure === 'unavailable') {
      return { message: 'The database is unavailable right now.', detail: error.message };
    }
    return { message: 'The network could not be loaded.', detail: error.message };
  }
  return {
    message: 'Something went wrong while drawing the network.',
    detail: (error as Error)?.message ?? String(error),
  };
}

export class Explorer {
  #graph: CoopGraph = createGraph();
  readonly #sigma: CoopSigma;
  readonly #display: DisplayState = getEmptyDisplayState();
  readonly #layout: LayoutController;
  readonly #world: WorldLayer;
  readonly #reference: { countries: Country[]; fields: Field[] } = { countries: [], fields: [] };
  #centroids: Promise<Centroids> | null = null;
  #places: Promise<void> | null = null;
  #networkRequest: AbortController | null = null;
  #pathRequest: AbortController | null = null;
  #total = { nodes: 0, edges: 0, truncated: false };
  #playTimer: number | null = null;
  readonly #unbindEvents: () => void;
  readonly #unbindPointer: () => void;
  readonly #history: History;
  #hidden = new Set<string>();
  #freeArea: (() => Area | null) | null = null;
  /** The last expansion: what it added, so it can be collapsed. */
  #lastExpansion: { label: string; nodes: string[] } | null = null;
  #loads = 0;
  readonly #dragStart: Map<string, { x: number; y: number }>;

  constructor(
    container: HTMLElement,
    readonly store: Store<AppState>,
  ) {
    const reducers = createReducers(
      () => this.#graph,
      () => this.#display,
    );
    const labels = createLabelDrawer(() => this.#sigma.getDimensions());
    this.#sigma = new Sigma(this.#graph, container, {
      ...sigmaSettings(reducers, 0),
      defaultDrawNodeLabel: labels.draw,
    });
    this.#sigma.on('beforeRender', labels.reset);
    this.#history = new History((history) => this.store.set({ history }));
    this.#world = new WorldLayer(this.#sigma);
    this.#layout = new LayoutController(
      this.#sigma,
      () => this.#graph,
      this.#world,
      () => this.#syncLayout(),
    );
    const pointer = bindPointer(this.#sigma, container, {
      onDragStart: () => this.setHovered(null),
      onDrag: (node, position) => this.#graph.hasNode(node) && this.#graph.mergeNodeAttributes(node, position),
      onDragEnd: (node, moved) => moved && this.#dropped(node),
      onLasso: (nodes, additive) => this.pick(nodes, additive ? 'add' : 'replace'),
    });
    this.#unbindPointer = pointer.unbind;
    this.#dragStart = new Map();
    this.#unbindEvents = bindEvents(this.#sigma, container, {
      onHover: (node) => this.setHovered(node),
      onClickNode: (node, shift) => {
        if (pointer.dragged()) return;
        if (shift) this.pick([node], 'toggle');
        else void this.select(node, { centre: false });
      },
      onDoubleClickNode: (node, shift) => {
        if (shift) this.pick([node], 'toggle');
        else void this.expand(node).catch(() => undefined);
      },
      onClickStage: () => {
        if (pointer.dragged()) return;
        if (this.#display.picked.size > 0) this.pick([], 'replace');
        if (this.#display.selected) void this.select(null);
      },
    });
    this.#sigma.on('downNode', ({ node }) => {
      if (this.#graph.hasNode(node))
        this.#dragStart.set(node, {
          x: this.#graph.getNodeAttribute(node, 'x'),
          y: this.#graph.getNodeAttribute(node, 'y'),
        });
    });
    this.store.set({ labelMode: this.#display.labelMode });
    loadWorldPaths().then(
      (paths) => this.#world.setPaths(paths),
      () => undefined, // No outline: the geographic layout still places nodes, over a plain background.
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // What panels read

  /** The graph drawn now. A new load replaces it: read it when needed rather than keep it. */
  get graph(): CoopGraph {
    return this.#graph;
  }

  get sigma(): CoopSigma {
    return this.#sigma;
  }

  /** Hover, selection, the lit paths and the year window's visibility, as the reducers draw them. */
  get display(): DisplayView {
    return this.#display;
  }

  /** The world outline behind the geographic layout (shown or not; the PNG export draws it too). */
  get world(): WorldView {
    return this.#world;
  }

  /** Countries and fields for the filters and the details; empty until loadReference() has answered. */
  get reference(): ReferenceData {
    return this.#reference;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Loading

  /**
   * Countries (names, centroids) and fields for the filters and the map; failures leave them empty.
   */
  loadReference(): Promise<Centroids> {
    this.#centroids ??= (async () => {
      const centroids: Centroids = new Map();
      try {
        const [countries, fields] = await Promise.all([
          fetchEntities('Country', { limit: 500 }),
          fetchEntities('Field', { limit: 500 }).catch(() => ({ items: [] })),
        ]);
        for (const country of countries.items) {
          const code = String(country.code ?? country.country ?? '').toUpperCase();
          if (code && typeof country.lat === 'number' && typeof country.lng === 'number') {
            centroids.set(code, { lat: country.lat, lng: country.lng });
          }
          if (code) this.#reference.countries.push({ code, name: country.name });
        }
        this.#reference.countries.sort((a, b) => a.name.localeCompare(b.name));
        this.#reference.fields = fields.items
          .map((f) => ({ id: f.id, name: f.name }))
          .sort((a, b) => a.name.localeCompare(b.name));
      } catch {
        this.#centroids = null; // Retry with the next load.
      }
      this.#layout.setCentroids(centroids);
      return centroids;
    })();
    return this.#centroids;
  }

  /**
   * What the map needs: the country centroids and the cities' coordinates. The places are asked for only when
   * the map is chosen: on a large graph they are a large answer that the other layouts never read. A failure
   * leaves them empty (the map falls back to the country centroids) and is tried again with the next map.
   */
  #loadMap(): Promise<unknown> {
    this.#places ??= fetchPlaces().then(
      (located) => {
        const places: Places = new Map(located.places.map((p) => [p.id, { lat: p.lat, lng: p.lng }]));
        this.#layout.setPlaces(places);
      },
      () => {
        this.#places = null;
      },
    );
    return Promise.all([this.loadReference(), this.#places]);
  }

  async loadNetwork(): Promise<void> {
    this.#networkRequest?.abort();
    const request = new AbortController();
    this.#networkRequest = request;
    const load = (this.#loads += 1);
    this.stop();
    this.store.set({ status: { type: 'loading', message: 'Loading the network…' } });
    let payload: GraphPayload;
    try {
      // Started beside the network request; the map's data is awaited only when the map is the layout.
      const reference = this.store.get().layout === 'geo' ? this.#loadMap() : this.loadReference();
      const view = await this.#fetchView(request.signal);
      if (load !== this.#loads) return;
      payload = view.payload;
      this.store.set({ overview: view.overview });
      if (this.store.get().layout === 'geo') await reference;
    } catch (error) {
      if (isAbort(error) || load !== this.#loads) return;
      this.store.set({ status: { type: 'error', ...describeError(error) } });
      return;
    }
    if (load !== this.#loads) return;
    try {
      this.#setGraph(payload);
    } catch (error) {
      this.store.set({ status: { type: 'error', ...describeError(error) } });
      return;
    }
    if (this.#graph.order === 0) {
      this.store.set({ status: { type: 'empty' }, counts: this.#counts(), yearExtent: null });
      return;
    }
    this.#sigma.once('afterRender', () =>
      performance.mark('coopgraph:first-render', { detail: { nodes: this.#graph.order } }),
    );
    this.store.set({ status: { type: 'ready' } });
    void this.#layout.place(this.store.get().layout).then(() => {
      this.#syncLayout();
      // The layout moved the nodes: bring the selection (from a link) where it is seen.
      const current = this.#display.selected;
      if (current) window.setTimeout(() => this.reveal(current), 700);
    });
    this.#syncLayout();
    const { selected, path } = this.store.get();
    if (selected) {
      void this.select(selected, { centre: false }).then(() => {
        if (this.store.get().selected === null)
          this.#report(`The link names “${selected}”, which is not in the graph.`);
      });
    }
    if (path.from && path.to) void this.findPath();
    void this.loadReference().then(() => this.#reportUnknownFilters());
  }

  /**
   * The payload of the view the state asks for (AppState `view`): the countries overview when chosen, or when
   * `auto` and the graph has more institutions than a first view draws and nothing narrows it; else the network.
   * An `auto` that opens the overview becomes `countries`, so the link says what is shown.
   */
  async #fetchView(signal: AbortSignal): Promise<{ payload: GraphPayload; overview: OverviewTotals | null }> {
    const { view, filters, selected, path } = this.store.get();
    const narrowed =
      activeFilterCount(filters) > 0 || filters.limit !== undefined || selected !== null || path.from || path.to;
    if (view === 'countries' || (view === 'auto' && !narrowed)) {
      const overview = await fetchCountryOverview(signal);
      if (view === 'countries' || overview.total.institutions > OVERVIEW_MIN_INSTITUTIONS) {
        if (view === 'auto') this.store.set({ view: 'countries' });
        const { nodes, edges, total } = overview;
        return {
          payload: { nodes, edges, total: { nodes: nodes.length, edges: edges.length }, truncated: false },
          overview: { countries: nodes.length, institutions: total.institutions, links: total.links },
        };
      }
    }
    return { payload: await fetchNetwork(filters, signal), overview: null };
  }

  /** From the overview into a country: its institutions, the best connected first (a country filter). */
  showCountry(code: string): Promise<void> {
    this.store.set({ view: 'auto', filters: { ...getEmptyFilters(), countries: [code] }, selected: null });
    return this.loadNetwork();
  }

  /** The countries overview (its own view: the filters, which it does not read, are reset) or the institutions. */
  showView(view: 'countries' | 'institutions'): Promise<void> {
    this.store.set(view === 'countries' ? { view, filters: getEmptyFilters(), selected: null } : { view });
    return this.loadNetwork();
  }

  /** Countries and fields in the filters (from a link) that name nothing: said, not silently dropped. */
  #reportUnknownFilters(): void {
    const { countries, fields } = this.store.get().filters;
    const { countries: known, fields: knownFields } = this.#reference;
    if (known.length === 0) return;
    const unknown = [
      ...countries.filter((code) => !known.some((c) => c.code === code)),
      ...(knownFields.length ? fields.filter((id) => !knownFields.some((f) => f.id === id)) : []),
    ];
    if (unknown.length)
      this.#report(
        `The link filters by ${unknown.map((v) => `“${v}”`).join(', ')}, which ${unknown.length === 1 ? 'names' : 'name'} nothing in the data.`,
      );
  }

  #report(message: string): void {
    const previous = this.store.get().notice;
    this.store.set({ notice: previous && previous !== message ? `${previous} ${message}` : message });
  }

  #setGraph(payload: GraphPayload): void {
    const graph = createGraph();
    mergePayload(graph, payload);
    this.#graph = graph;
    this.#total = {
      nodes: payload.total?.nodes ?? graph.order,
      edges: payload.total?.edges ?? graph.size,
      truncated: payload.truncated,
    };
    const version = digest(['v1', ...graph.nodes().sort(), '#', ...graph.edges().sort()]);
    this.#layout.reset(version);
    this.#display.hovered = null;
    this.#display.hoveredNeighbours = new Set();
    this.#display.path = EMPTY_OVERLAY;
    this.#display.selected = null;
    this.#display.selectedNeighbours = new Set();
    this.#display.picked = new Set();
    this.#display.fresh = new Set();
    this.#display.keyLabels = keyLabels(graph);
    this.#hidden = new Set();
    this.#lastExpansion = null;
    this.#history.clear();
    this.store.set({ picked: [], fresh: null });
    this.#sigma.setSetting('hideEdgesOnMove', graph.size > LARGE_GRAPH_EDGES);
    this.#display.dimOnHover = graph.order + graph.size <= DIM_ON_HOVER_MAX_ITEMS;
    this.#sigma.setGraph(graph);
    this.#updateWindow();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Display

  /** Redraws after a display-state change; hover only needs colours, the rest may change z-order. */
  #refresh(kind: 'hover' | 'full' = 'full', schedule = true): void {
    if (kind === 'hover') {
      // Every node and edge is re-reduced (dimming touches them all) but not re-indexed: no normalisation, label
      // grid or z-sorting, which is what a full refresh spends its time on in big graphs.
      try {
        this.#sigma.refresh({
          partialGraph: { nodes: this.#graph.nodes(), edges: this.#graph.edges() },
          skipIndexation: true,
          schedule,
        });
        return;
      } catch {
        // Nodes added since the last render are not indexed yet: fall back to a full refresh.
      }
    }
    this.#sigma.refresh({ schedule });
  }

  /**
   * Recolours or resizes the nodes: `apply` rewrites their `color` and `size` attributes (the Gaps panel's
   * community and betweenness modes), then everything is redrawn (sizes change the z-order).
   */
  restyle(apply: (graph: CoopGraph) => void, encoding: Encoding = { colour: null, size: null }): void {
    apply(this.#graph);
    this.store.set({ encoding });
    this.#refresh('full');
  }

  /** How many labels are drawn (renderer/view.ts LabelMode). */
  setLabelMode(mode: LabelMode): void {
    this.#display.labelMode = mode;
    for (const [key, value] of Object.entries(LABEL_GRID[mode])) this.#sigma.setSetting(key as 'labelDensity', value);
    this.store.set({ labelMode: mode });
    this.#refresh('full');
  }

  /** Shows or leaves out the nodes with no link in view. */
  setShowIsolated(show: boolean): void {
    if (this.store.get().showIsolated !== show) this.store.set({ showIsolated: show });
    this.#updateWindow();
  }

  /** The part of the canvas no panel covers (null or unset: all of it). */
  setFreeArea(area: () => Area | null): void {
    this.#freeArea = area;
  }

  #area(): Area | undefined {
    return this.#freeArea?.() ?? undefined;
  }

  /** `sync` draws at once instead of on the next frame (benchmarks measure it). */
  setHovered(node: string | null, sync = false): void {
    if (this.#display.hovered === node) return;
    const previous = this.#display.hovered;
    const previousNeighbours = this.#display.hoveredNeighbours;
    this.#display.hovered = node;
    this.#display.hoveredNeighbours = neighbours(this.#graph, node);
    if (this.#display.dimOnHover) {
      this.#refresh('hover', !sync);
      return;
    }
    // Big graph: repaint only the neighbourhoods that lose or gain the highlight.
    const graph = this.#graph;
    const nodes = new Set<string>(previousNeighbours);
    for (const n of this.#display.hoveredNeighbours) nodes.add(n);
    const edges = new Set<string>();
    for (const centre of [previous, node]) {
      if (centre === null || !graph.hasNode(centre)) continue;
      nodes.add(centre);
      graph.forEachEdge(centre, (edge) => {
        edges.add(edge);
      });
    }
    try {
      this.#sigma.refresh({
        partialGraph: { nodes: [...nodes].filter((n) => graph.hasNode(n)), edges: [...edges] },
        skipIndexation: true,
        schedule: !sync,
      });
    } catch {
      this.#sigma.refresh({ schedule: !sync });
    }
  }

  #counts(filtered = { isolated: 0, hidden: 0 }): AppState['counts'] {
    const visible = visibleCounts(this.#graph, this.#display.visibility);
    return {
      ...visible,
      isolated: filtered.isolated,
      hidden: filtered.hidden,
      loadedNodes: this.#graph.order,
      loadedEdges: this.#graph.size,
      totalNodes: this.#total.nodes,
      totalEdges: this.#total.edges,
      truncated: this.#total.truncated,
    };
  }

  /** Applies the store's year window to the graph. */
  #updateWindow(): void {
    const extent = yearExtent(this.#graph);
    const { years, showIsolated } = this.store.get();
    const keep = new Set<string>([...this.#display.path.nodes, ...this.#display.fresh, ...this.#display.picked]);
    if (this.#display.selected) keep.add(this.#display.selected);
    const filtered = applyDisplayFilters(this.#graph, computeVisibility(this.#graph, years), {
      hideIsolated: !showIsolated,
      hidden: this.#hidden,
      keep,
    });
    this.#display.visibility = filtered.visibility;
    this.store.set({ yearExtent: extent, counts: this.#counts(filtered) });
    this.#refresh('full');
  }

  setYears(from: number | null, to: number | null): void {
    this.store.set({ years: { from, to } });
    this.#updateWindow();
  }

  /** Plays the time window: from the first year, the end grows a year at a time. */
  togglePlay(): void {
    if (this.#playTimer !== null) {
      this.stop();
      return;
    }
    const extent = this.store.get().yearExtent;
    if (!extent) return;
    const [first, last] = extent;
    const current = this.store.get().years.to;
    let year = current !== null && current < last ? current : first;
    this.setYears(first, year);
    this.store.set({ playing: true });
    this.#playTimer = window.setInterval(() => {
      year += 1;
      if (year >= last) {
        this.setYears(null, null);
        this.stop();
        return;
      }
      this.setYears(first, year);
    }, 700);
  }

  stop(): void {
    if (this.#playTimer !== null) window.clearInterval(this.#playTimer);
    this.#playTimer = null;
    if (this.store.get().playing) this.store.set({ playing: false });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Selection and neighbourhoods

  /** Selects a node (null clears); a node not in the view is brought in with its neighbourhood first. */
  async select(id: string | null, options: { centre?: boolean } = {}): Promise<void> {
    if (id !== null && !this.#graph.hasNode(id)) {
      try {
        await this.expand(id);
      } catch {
        // Unknown id (a stale link): clear it rather than show a panel for nothing.
      }
      if (!this.#graph.hasNode(id)) id = null;
    }
    const wasHidden =
      id !== null && !this.#display.visibility.nodes?.has(id) && this.#display.visibility.nodes !== null;
    this.#display.selected = id;
    this.#display.selectedNeighbours = neighbours(this.#graph, id);
    this.store.set({ selected: id });
    // A node left out of the view (unconnected, hidden) is shown while it is selected.
    if (wasHidden) this.#updateWindow();
    // Synchronous: the camera move below reads the node's processed (normalised) display data. Big graphs skip the
    // re-indexing (z-sorting every item costs seconds there); selected nodes are drawn on the hover layer anyway.
    if (this.#display.dimOnHover) this.#sigma.refresh();
    else this.#refresh('hover', false);
    if (id && options.centre !== false) centreOn(this.#sigma, id, this.#area());
    // The details panel may now cover the node (a drawer or a bottom sheet): bring it into the free part.
    else if (id) window.requestAnimationFrame(() => this.reveal(id));
  }

  /** Brings a node into the part of the canvas no panel covers, when it is not there. */
  reveal(id: string): void {
    const area = this.#area();
    if (area && this.#graph.hasNode(id)) revealNode(this.#sigma, id, area);
  }

  /**
   * Picks nodes (shift-click toggles one, the lasso replaces or adds): they stay highlighted and can be hidden
   * together; the data table shows them.
   */
  pick(ids: string[], mode: 'replace' | 'add' | 'toggle'): void {
    const picked = mode === 'replace' ? new Set<string>() : new Set(this.#display.picked);
    for (const id of ids) {
      if (!this.#graph.hasNode(id)) continue;
      if (mode === 'toggle' && picked.has(id)) picked.delete(id);
      else picked.add(id);
    }
    this.#display.picked = picked;
    this.store.set({ picked: [...picked] });
    this.#refresh('full');
  }

  // -------------------------------------------------------------------------------------------------------------
  // Hide and show, drag and pin, undo and redo

  /** Hides the given nodes (default: the picked ones, else the selected one). */
  hide(ids?: string[]): void {
    const targets = (
      ids ??
      (this.#display.picked.size ? [...this.#display.picked] : this.#display.selected ? [this.#display.selected] : [])
    ).filter((id) => this.#graph.hasNode(id) && !this.#hidden.has(id));
    if (targets.length === 0) return;
    const apply = (on: boolean) => {
      for (const id of targets) {
        if (on) this.#hidden.add(id);
        else this.#hidden.delete(id);
      }
      if (on && this.#display.selected && targets.includes(this.#display.selected)) void this.select(null);
      if (on) this.pick([], 'replace');
      this.#updateWindow();
    };
    apply(true);
    this.#history.push({ label: `Hide ${this.#describe(targets)}`, undo: () => apply(false), redo: () => apply(true) });
  }

  /** Shows every node hidden by hand. */
  showHidden(): void {
    const targets = [...this.#hidden];
    if (targets.length === 0) return;
    const apply = (on: boolean) => {
      for (const id of targets) {
        if (on) this.#hidden.delete(id);
        else this.#hidden.add(id);
      }
      this.#updateWindow();
    };
    apply(true);
    this.#history.push({ label: `Show ${this.#describe(targets)}`, undo: () => apply(false), redo: () => apply(true) });
  }

  get hiddenNodes(): ReadonlySet<string> {
    return this.#hidden;
  }

  undo(): boolean {
    return this.#history.undo();
  }

  redo(): boolean {
    return this.#history.redo();
  }

  /** A dragged node stays where it was dropped: pinned (ForceAtlas2 leaves `fixed` nodes in place). */
  #dropped(node: string): void {
    const graph = this.#graph;
    const from = this.#dragStart.get(node);
    this.#dragStart.delete(node);
    if (!graph.hasNode(node) || !from) return;
    const to = { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') };
    const wasPinned = graph.getNodeAttribute(node, 'fixed') === true;
    const place = (p: { x: number; y: number }, pinned: boolean) => {
      if (!graph.hasNode(node)) return;
      graph.mergeNodeAttributes(node, { ...p, fixed: pinned });
      this.#layout.rememberNodes([node]);
    };
    place(to, true);
    this.#history.push({
      label: `Move ${graph.getNodeAttribute(node, 'label')}`,
      undo: () => place(from, wasPinned),
      redo: () => place(to, true),
    });
  }

  /** Unpins a node (the live layout may move it again). */
  unpin(node: string): void {
    if (this.#graph.hasNode(node)) this.#graph.setNodeAttribute(node, 'fixed', false);
  }

  #describe(ids: string[]): string {
    if (ids.length === 1 && this.#graph.hasNode(ids[0])) return this.#graph.getNodeAttribute(ids[0], 'label');
    return `${ids.length} nodes`;
  }

  /**
   * Adds the neighbourhood of a node (GET /api/neighborhood/:id) around it: the new nodes start on a ring around
   * it, a short local ForceAtlas2 (everything else fixed) settles them, and they are marked new until the next
   * expansion; collapse() takes them away again, and so does Undo.
   */
  async expand(id: string): Promise<string[]> {
    if (this.store.get().overview && this.#graph.hasNode(id)) {
      // A country of the overview opens into its institutions rather than growing a neighbourhood.
      const code = this.#graph.getNodeAttribute(id, 'country');
      if (code) await this.showCountry(code);
      return [];
    }
    const payload = await fetchNeighborhood(id, { depth: 1, limit: 200 });
    const graph = this.#graph;
    const known = graph.hasNode(id);
    const centre = known
      ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') }
      : this.#anchorFor(payload.nodes.find((n) => n.id === id));
    const spread = this.#typicalDistance();
    const incoming = payload.nodes
      .filter((n) => n.id !== id && !graph.hasNode(n.id))
      .map((n) => n.id)
      .sort();
    const ring = new Map(
      incoming.map((node, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, incoming.length);
        const radius = spread * (1.4 + 0.25 * (i % 2));
        return [node, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) }];
      }),
    );
    const { addedNodes } = mergePayload(graph, payload, {
      place: (node) => (node.id === id ? centre : (ring.get(node.id) ?? positionNear(node.id, centre, spread))),
    });
    if (addedNodes.length === 0) {
      this.#updateWindow();
      return addedNodes;
    }
    const settled = this.#layout.current === 'force' ? this.#settleLocally(addedNodes) : null;
    const name = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
    const added = new Set(addedNodes);
    const edges = payload.edges.filter((e) => graph.hasEdge(e.id) && (added.has(e.source) || added.has(e.target)));
    const positions = new Map(
      addedNodes.map((node) => [
        node,
        settled?.get(node) ?? { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') },
      ]),
    );
    const addBack = () => {
      mergePayload(
        this.#graph,
        { nodes: payload.nodes.filter((n) => added.has(n.id) || n.id === id), edges },
        { place: (node) => positions.get(node.id) ?? centre },
      );
      this.#markFresh(id, name, addedNodes);
    };
    this.#markFresh(id, name, addedNodes);
    if (settled) {
      animateNodes(graph, Object.fromEntries(settled), { duration: 450, easing: 'quadraticOut' }, () =>
        this.#layout.rememberNodes(addedNodes),
      );
    }
    this.#layout.rememberNodes(addedNodes);
    this.#layout.relayoutGeo();
    this.#history.push({ label: `Expand ${name}`, undo: () => this.#removeAdded(addedNodes), redo: addBack });
    return addedNodes;
  }

  /** Takes away the nodes the last expansion brought in (Redo brings them back when it was the last step). */
  collapse(): void {
    const expansion = this.#lastExpansion;
    if (!expansion) return;
    if (this.store.get().history.undo === expansion.label) this.#history.undo();
    else this.#removeAdded(expansion.nodes.filter((node) => this.#graph.hasNode(node)));
  }

  /** Keeps the last expansion's nodes and drops their "new" mark. */
  keepFresh(): void {
    this.#display.fresh = new Set();
    this.#lastExpansion = null;
    this.store.set({ fresh: null });
    this.#refresh('full');
  }

  #markFresh(id: string, name: string, nodes: string[]): void {
    this.#display.fresh = new Set(nodes);
    this.#lastExpansion = { label: `Expand ${name}`, nodes };
    this.store.set({ fresh: { id, name, count: nodes.length } });
    applySizes(this.#graph);
    this.#display.keyLabels = keyLabels(this.#graph);
    if (this.#display.selected) this.#display.selectedNeighbours = neighbours(this.#graph, this.#display.selected);
    this.#updateWindow();
  }

  #removeAdded(nodes: string[]): void {
    const graph = this.#graph;
    removeNodes(graph, nodes);
    for (const node of nodes) {
      this.#display.fresh.delete(node);
      this.#display.picked.delete(node);
    }
    if (this.#display.selected && !graph.hasNode(this.#display.selected)) void this.select(null);
    this.#lastExpansion = null;
    this.store.set({ fresh: null, picked: [...this.#display.picked] });
    applySizes(graph);
    this.#display.keyLabels = keyLabels(graph);
    if (this.#display.selected) this.#display.selectedNeighbours = neighbours(graph, this.#display.selected);
    this.#updateWindow();
  }

  /**
   * A short ForceAtlas2 over the new nodes and their neighbours, every other node fixed: the ring relaxes into a
   * local layout without moving what the user already knows. Returns the new nodes' positions.
   */
  #settleLocally(added: string[]): Map<string, { x: number; y: number }> {
    const graph = this.#graph;
    const local = new Set(added);
    for (const node of added) for (const neighbour of graph.neighbors(node)) local.add(neighbour);
    const sub = graph.nullCopy() as CoopGraph;
    const fresh = new Set(added);
    for (const node of local) sub.addNode(node, { ...graph.getNodeAttributes(node), fixed: !fresh.has(node) });
    graph.forEachEdge((edge, a, source, target) => {
      if (local.has(source) && local.has(target) && !sub.hasEdge(source, target))
        sub.addEdgeWithKey(edge, source, target, a);
    });
    const settings = forceAtlas2.inferSettings(sub);
    forceAtlas2.assign(sub, {
      iterations: EXPAND_ITERATIONS,
      settings: { ...settings, gravity: 0.5, scalingRatio: 6 },
      getEdgeWeight: null,
    });
    return new Map(
      added.map((node) => [node, { x: sub.getNodeAttribute(node, 'x'), y: sub.getNodeAttribute(node, 'y') }]),
    );
  }

  /** Where a node with no neighbour in view lands: near a node of its country, else the centre of the graph. */
  #anchorFor(node: GraphNode | undefined): { x: number; y: number } {
    const graph = this.#graph;
    const country = node?.country;
    const peer = country ? graph.findNode((_n, a) => a.country === country) : undefined;
    if (peer) return { x: graph.getNodeAttribute(peer, 'x'), y: graph.getNodeAttribute(peer, 'y') };
    let sx = 0;
    let sy = 0;
    graph.forEachNode((_n, a) => {
      sx += a.x;
      sy += a.y;
    });
    return graph.order ? { x: sx / graph.order, y: sy / graph.order } : { x: 0, y: 0 };
  }

  /** A distance in graph units that reads as "next to" at the current layout's scale. */
  #typicalDistance(): number {
    const graph = this.#graph;
    if (graph.order < 2) return 10;
    let minX = Infinity;
    let maxX = -Infinity;
    graph.forEachNode((_n, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
    });
    return Math.max(1e-3, (maxX - minX) / Math.sqrt(graph.order) / 2);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Paths

  setPathEndpoint(which: 'from' | 'to', ref: EndpointRef | null): void {
    const path = { ...this.store.get().path, [which]: ref };
    this.store.set({ path });
    if (path.from && path.to) void this.findPath();
    else this.#clearPathOverlay();
  }

  swapPathEndpoints(): void {
    const { from, to } = this.store.get().path;
    this.store.set({ path: { from: to, to: from } });
    if (from && to) void this.findPath();
  }

  clearPath(): void {
    this.store.set({ path: { from: null, to: null } });
    this.#clearPathOverlay();
  }

  #clearPathOverlay(): void {
    this.#pathRequest?.abort();
    removeOverlay(this.#graph, this.#display.path);
    this.#display.path = EMPTY_OVERLAY;
    this.store.set({ pathStatus: { type: 'idle' } });
    this.#updateWindow();
  }

  async findPath(): Promise<void> {
    const { from, to } = this.store.get().path;
    if (!from || !to) return;
    this.#pathRequest?.abort();
    const request = new AbortController();
    this.#pathRequest = request;
    this.store.set({ pathStatus: { type: 'loading' } });
    try {
      const result = await fetchPaths(from.id, to.id, 6, request.signal);
      if (result.paths.length === 0) {
        removeOverlay(this.#graph, this.#display.path);
        this.#display.path = EMPTY_OVERLAY;
        this.store.set({ pathStatus: { type: 'none' } });
        this.#updateWindow();
        return;
      }
      this.showOverlay(result);
      // Endpoints from a shared link only carry ids: take their names from the answer.
      const first = result.paths[0].nodes[0];
      const last = result.paths[0].nodes[result.paths[0].nodes.length - 1];
      const named = (ref: EndpointRef, node: { id: string; name: string; type: EndpointRef['type'] }) =>
        ref.id === node.id && ref.name !== node.name ? { ...ref, name: node.name, type: node.type } : ref;
      this.store.set({
        path: { from: named(from, first), to: named(to, last) },
        pathStatus: { type: 'found', result },
      });
    } catch (error) {
      if (isAbort(error)) return;
      this.store.set({ pathStatus: { type: 'error', message: describeError(error).detail } });
    }
  }

  /**
   * Lights paths on the graph in place of those lit before, adding the nodes and edges the view lacks next to
   * their neighbours on the path, and frames them. The path finder's answers come through here, and so can any
   * panel's (the Gaps panel's recommendations); the path finder's endpoints and status are left as they are.
   */
  showOverlay(paths: PathsResponse): void {
    const graph = this.#graph;
    removeOverlay(graph, this.#display.path);
    const spread = this.#typicalDistance();
    this.#display.path = overlayPaths(graph, paths, (id, around) => {
      if (around.length === 0) return this.#anchorFor(undefined);
      const x = around.reduce((s, n) => s + graph.getNodeAttribute(n, 'x'), 0) / around.length;
      const y = around.reduce((s, n) => s + graph.getNodeAttribute(n, 'y'), 0) / around.length;
      return positionNear(id, { x, y }, spread * 0.5);
    });
    this.#layout.rememberNodes(this.#display.path.addedNodes);
    this.#updateWindow();
    this.#sigma.refresh();
    focusNodes(this.#sigma, [...this.#display.path.nodes], { maxRatio: 1.2 });
  }

  centre(id: string): void {
    if (this.#graph.hasNode(id)) centreOn(this.#sigma, id, this.#area());
  }

  // -------------------------------------------------------------------------------------------------------------
  // Layout

  async setLayout(layout: LayoutName): Promise<void> {
    if (layout === 'geo') await this.#loadMap();
    await this.#layout.switchTo(layout);
    this.#syncLayout();
  }

  /** ForceAtlas2's parameters for the live run (renderer/layout.ts LiveSettings). */
  get liveSettings(): Readonly<LiveSettings> {
    return this.#layout.live;
  }

  setLiveSettings(settings: Partial<LiveSettings>): void {
    this.#layout.setLiveSettings(settings);
    this.#syncLayout();
  }

  /** Circular, or radial around a node (default: the selected one), in the network layout; undoable. */
  async arrange(kind: 'circular' | 'radial', around: string | null = this.#display.selected): Promise<boolean> {
    if (this.#layout.current !== 'force') await this.setLayout('force');
    const graph = this.#graph;
    if (kind === 'radial' && (!around || !graph.hasNode(around))) return false;
    const before = new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }] as const));
    const after = kind === 'circular' ? circularPositions(graph) : radialPositions(graph, around!);
    this.#layout.arrange(after);
    const label =
      kind === 'circular' ? 'Circular layout' : `Radial layout around ${graph.getNodeAttribute(around!, 'label')}`;
    this.#history.push({ label, undo: () => this.#layout.arrange(before), redo: () => this.#layout.arrange(after) });
    window.setTimeout(() => fit(this.#sigma), 700);
    return true;
  }

  /** Starts or stops the live ForceAtlas2 refinement (network layout). */
  toggleLiveLayout(): void {
    this.#layout.toggleLive();
  }

  /** The store and the display follow the layout controller (which may fall back to force without centroids). */
  #syncLayout(): void {
    const scale = this.#layout.current === 'geo' ? GEO_SIZE_SCALE : 1;
    const offMap = this.#layout.offMap;
    const offMapChanged =
      offMap.length !== this.#display.offMap.size || offMap.some((id) => !this.#display.offMap.has(id));
    if (offMapChanged) this.#display.offMap = new Set(offMap);
    if (scale !== this.#display.sizeScale || offMapChanged) {
      this.#display.sizeScale = scale;
      this.#refresh('full');
    }
    const listed = offMap
      .filter((id) => this.#graph.hasNode(id))
      .map((id) => ({ id, name: this.#graph.getNodeAttribute(id, 'label') ?? id }));
    this.store.set({
      layoutRunning: this.#layout.isRunning(),
      layout: this.#layout.current,
      ...(offMapChanged || listed.length !== this.store.get().offMap.length ? { offMap: listed } : {}),
    });
  }

  kill(): void {
    this.stop();
    this.#networkRequest?.abort();
    this.#pathRequest?.abort();
    this.#unbindEvents();
    this.#unbindPointer();
    this.#layout.kill();
    this.#sigma.kill();
  }
}
