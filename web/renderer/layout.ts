/**
 * Layouts
 * =======
 *
 * Two ways to place the graph:
 * - force: a deterministic ForceAtlas2 run (fixed iterations from hash-seeded positions, in a worker), cached in
 *   localStorage per data version; the user can refine it live with graphology's FA2 worker (start/stop), and
 *   the refined layout is what gets cached.
 * - geo: countries at their centroid, institutions at their city or around their country, over the world outline
 *   (graph/geo-layout.ts); what has no place is `offMap`, for the explorer to list rather than draw.
 * Switching animates between the two; each keeps its own positions.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { animateNodes } from 'sigma/utils';

import { type Centroids, type Places, type Positions, geoLayout } from '../graph/geo-layout.js';
import { mapBBox } from '../graph/projection.js';
import { seedPosition } from '../graph/seed-positions.js';
import type { CoopGraph, CoopSigma, EdgeAttributes, NodeAttributes } from '../graph/types.js';
import { type PositionMap, loadPositions, savePositions } from '../state/positions-cache.js';
import type { LayoutName } from '../state/app-state.js';
import type { Fa2Request, Fa2Response } from './fa2.worker.js';
import type { WorldLayer } from './world-layer.js';

/** The ForceAtlas2 parameters a user can set (graphology-layout-forceatlas2's names). */
export interface LiveSettings {
  gravity: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  linLogMode: boolean;
}

/** Animations are skipped above this many nodes: each frame rewrites every position. */
const ANIMATE_MAX_NODES = 15_000;

/** Iterations of the deterministic run: fewer for big graphs, which start clustered by country anyway. */
export function iterationsFor(order: number): number {
  if (order <= 500) return 800;
  if (order <= 2_000) return 400;
  if (order <= 10_000) return 150;
  if (order <= 30_000) return 60;
  return 30;
}

export class LayoutController {
  private forcePositions: PositionMap = new Map();
  private supervisor: FA2LayoutSupervisor<NodeAttributes, EdgeAttributes> | null = null;
  private worker: Worker | null = null;
  /** Settles the pending deterministic run when its worker is terminated early. */
  private abandon: (() => void) | null = null;
  private cancelAnimation: (() => void) | null = null;
  private version = '';
  private centroids: Centroids = new Map();
  private places: Places = new Map();
  /** The nodes the geographic layout could not place (empty in the force layout). */
  offMap: readonly string[] = [];
  private liveSettings: LiveSettings = { gravity: 1, scalingRatio: 4, strongGravityMode: true, linLogMode: false };
  current: LayoutName = 'force';

  /** ForceAtlas2's main parameters for the live run; a change takes effect at the next start. */
  setLiveSettings(settings: Partial<LiveSettings>): void {
    this.liveSettings = { ...this.liveSettings, ...settings };
    const running = this.isRunning();
    this.stopLive(true);
    this.supervisor?.kill();
    this.supervisor = null;
    if (running) this.toggleLive();
  }

  get live(): Readonly<LiveSettings> {
    return this.liveSettings;
  }

  /** Moves the nodes to the given positions (circular, radial), animated; the force layout keeps them. */
  arrange(positions: PositionMap): void {
    if (this.current !== 'force') return;
    this.stopLive(false);
    for (const [node, p] of positions) this.forcePositions.set(node, p);
    this.animateTo(positions);
  }

  constructor(
    private readonly sigma: CoopSigma,
    private readonly getGraph: () => CoopGraph,
    private readonly world: WorldLayer,
    private readonly onChange: () => void,
  ) {}

  setCentroids(centroids: Centroids): void {
    this.centroids = centroids;
  }

  /** City coordinates by node id (GET /api/places). */
  setPlaces(places: Places): void {
    this.places = places;
  }

  /** Geo positions for the current graph; records what has no place. */
  private geo(): Positions {
    const { positions, offMap } = geoLayout(this.getGraph(), this.centroids, this.places);
    this.offMap = offMap;
    return positions;
  }

  hasCentroids(): boolean {
    return this.centroids.size > 0;
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** A new dataset: forget positions, stop everything running on the old graph. */
  reset(version: string): void {
    this.stopLive(false);
    this.supervisor?.kill();
    this.supervisor = null;
    this.worker?.terminate();
    this.worker = null;
    this.abandon?.();
    this.cancelAnimation?.();
    this.version = version;
    this.forcePositions = loadPositions(version) ?? new Map();
  }

  /** Places the freshly built graph for `layout`, at once when positions are known, else when computed. */
  async place(layout: LayoutName): Promise<void> {
    this.current = layout;
    if (layout === 'geo' && this.hasCentroids()) {
      this.applyGeoFrame();
      this.writePositions(this.geo());
      this.world.setVisible(true);
      return;
    }
    this.current = 'force';
    this.offMap = [];
    this.applyForceFrame();
    const graph = this.getGraph();
    const cached = this.forcePositions;
    if (graph.order > 0 && graph.everyNode((node) => cached.has(node))) {
      this.writePositions(cached);
      return;
    }
    // First frame on seeded positions (already set by the graph builder), then settle.
    const positions = await this.runDeterministic(graph);
    if (!positions || this.getGraph() !== graph || this.current !== 'force') return;
    this.forcePositions = positions;
    savePositions(this.version, positions);
    this.animateTo(positions);
  }

  async switchTo(layout: LayoutName): Promise<void> {
    if (layout === this.current) return;
    const graph = this.getGraph();
    if (layout === 'geo') {
      if (!this.hasCentroids()) return;
      this.stopLive(true);
      this.rememberForce();
      this.current = 'geo';
      this.applyGeoFrame();
      this.world.setVisible(true);
      this.animateTo(this.geo(), () => this.sigma.getCamera().animatedReset());
    } else {
      this.current = 'force';
      this.offMap = [];
      this.world.setVisible(false);
      let positions = this.forcePositions;
      if (!graph.everyNode((node) => positions.has(node))) {
        const seeded: PositionMap = new Map();
        graph.forEachNode((node, a) =>
          seeded.set(node, positions.get(node) ?? seedPosition(node, a.country, a.entityType === 'Country')),
        );
        positions = (await this.runDeterministic(graph, seeded)) ?? seeded;
        this.forcePositions = positions;
      }
      this.applyForceFrame();
      this.animateTo(positions, () => this.sigma.getCamera().animatedReset());
    }
    this.onChange();
  }

  /** Starts or stops the live ForceAtlas2 (force layout only). */
  toggleLive(): void {
    if (this.isRunning()) {
      this.stopLive(true);
    } else {
      if (this.current !== 'force') return;
      this.cancelAnimation?.();
      const graph = this.getGraph();
      if (!this.supervisor) {
        const settings = forceAtlas2.inferSettings(graph);
        this.supervisor = new FA2LayoutSupervisor(graph, {
          settings: {
            ...settings,
            ...this.liveSettings,
            scalingRatio:
              graph.order > 2000 ? Math.max(10, this.liveSettings.scalingRatio) : this.liveSettings.scalingRatio,
          },
          getEdgeWeight: 'weight',
        });
      }
      this.supervisor.start();
    }
    this.onChange();
  }

  /** Positions of nodes added later (an expansion) are remembered for the force layout. */
  rememberNodes(nodes: string[]): void {
    const graph = this.getGraph();
    if (this.current !== 'force') return;
    for (const node of nodes) {
      if (graph.hasNode(node))
        this.forcePositions.set(node, { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') });
    }
  }

  /** Geo positions for the current graph (after an expansion in the geographic layout). */
  relayoutGeo(): void {
    if (this.current !== 'geo') return;
    this.animateTo(this.geo());
    this.onChange();
  }

  kill(): void {
    this.reset('');
  }

  private stopLive(save: boolean): void {
    if (!this.supervisor?.isRunning()) return;
    this.supervisor.stop();
    if (save) {
      this.rememberForce();
      savePositions(this.version, this.forcePositions);
    }
  }

  private rememberForce(): void {
    if (this.current !== 'force') return;
    const positions: PositionMap = new Map();
    this.getGraph().forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
    this.forcePositions = positions;
  }

  private applyGeoFrame(): void {
    this.sigma.setCustomBBox(mapBBox());
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  private applyForceFrame(): void {
    this.world.setVisible(false);
    this.sigma.setCustomBBox(null);
  }

  private writePositions(positions: PositionMap): void {
    this.getGraph().updateEachNodeAttributes(
      (node, a) => {
        const p = positions.get(node);
        return p ? { ...a, x: p.x, y: p.y } : a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private animateTo(positions: PositionMap, done?: () => void): void {
    this.cancelAnimation?.();
    const graph = this.getGraph();
    if (graph.order > ANIMATE_MAX_NODES) {
      this.writePositions(positions);
      done?.();
      return;
    }
    const targets: Record<string, { x: number; y: number }> = {};
    for (const [node, p] of positions) if (graph.hasNode(node)) targets[node] = p;
    this.cancelAnimation = animateNodes(graph, targets, { duration: 650, easing: 'quadraticInOut' }, () => {
      this.cancelAnimation = null;
      done?.();
    });
  }

  private runDeterministic(graph: CoopGraph, start?: PositionMap): Promise<PositionMap | null> {
    const nodes = graph.nodes();
    const index = new Map(nodes.map((node, i) => [node, i]));
    const positions = new Float64Array(2 * nodes.length);
    nodes.forEach((node, i) => {
      const p = start?.get(node) ?? { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') };
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
    const edges = new Uint32Array(2 * graph.size);
    const weights = new Float64Array(graph.size);
    let e = 0;
    graph.forEachEdge((_edge, a, source, target) => {
      edges[2 * e] = index.get(source)!;
      edges[2 * e + 1] = index.get(target)!;
      weights[e] = a.weight;
      e += 1;
    });
    const request: Fa2Request = {
      count: nodes.length,
      positions,
      edges,
      weights,
      iterations: iterationsFor(nodes.length),
    };
    this.worker?.terminate();
    this.abandon?.();
    const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    return new Promise((resolve) => {
      this.abandon = () => {
        this.abandon = null;
        resolve(null);
      };
      worker.onmessage = (event: MessageEvent<Fa2Response>) => {
        worker.terminate();
        if (this.worker === worker) this.worker = null;
        this.abandon = null;
        const out: PositionMap = new Map();
        nodes.forEach((node, i) =>
          out.set(node, { x: event.data.positions[2 * i], y: event.data.positions[2 * i + 1] }),
        );
        performance.mark('coopgraph:layout-done', { detail: { milliseconds: event.data.milliseconds } });
        resolve(out);
      };
      worker.onerror = () => {
        worker.terminate();
        resolve(null);
      };
      worker.postMessage(request, [positions.buffer, edges.buffer, weights.buffer]);
    });
  }
}
