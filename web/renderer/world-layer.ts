/**
 * World outline
 * =============
 *
 * The map behind the geographic layout: Natural Earth countries (world-atlas, 1:110m, bundled as an asset so it
 * works offline, no tiles) on a canvas layer under sigma's edges. The outline is built once as Path2D objects in
 * graph coordinates; each frame only sets the canvas transform from sigma's graph-to-viewport mapping (an affine
 * map), so panning and zooming stay as cheap as drawing two paths.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';

import { project } from '../graph/projection.js';
import type { CoopSigma } from '../graph/types.js';

type Ring = number[][];

export interface WorldPaths {
  land: Path2D;
  borders: Path2D;
  graticule: Path2D;
}

export const WORLD_COLORS = {
  ocean: '#edf2f7',
  land: '#dbe3ec',
  borders: '#f8fafc',
  graticule: 'rgba(148,163,184,0.18)',
};

function addRing(path: Path2D, ring: Ring): void {
  ring.forEach(([lng, lat], i) => {
    const p = project(lng, lat);
    if (i === 0) path.moveTo(p.x, p.y);
    else path.lineTo(p.x, p.y);
  });
}

export async function loadWorldPaths(): Promise<WorldPaths> {
  const response = await fetch(worldUrl);
  if (!response.ok) throw new Error(`world outline: ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const land = new Path2D();
  const countries = feature(topology, topology.objects.countries);
  for (const country of countries.features) {
    const geometry = country.geometry;
    if (!geometry) continue;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        addRing(land, ring);
        land.closePath();
      }
    }
  }
  const borders = new Path2D();
  const lines = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  for (const line of lines.coordinates) addRing(borders, line);
  const graticule = new Path2D();
  for (let lng = -180; lng <= 180; lng += 30)
    addRing(graticule, [
      [lng, -58],
      [lng, 84],
    ]);
  for (let lat = -30; lat <= 60; lat += 30)
    addRing(graticule, [
      [-180, lat],
      [180, lat],
    ]);
  return { land, borders, graticule };
}

/** What other modules may ask of the outline: whether it shows, and a copy drawn onto their own canvas. */
export type WorldView = Pick<WorldLayer, 'isVisible' | 'drawOn'>;

/** A canvas under sigma's edges that draws the outline in step with the camera, when shown. */
export class WorldLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private paths: WorldPaths | null = null;
  private visible = false;

  constructor(private readonly sigma: CoopSigma) {
    this.canvas = sigma.createCanvas('world', { beforeLayer: 'edges' });
    this.canvas.setAttribute('aria-hidden', 'true');
    this.context = this.canvas.getContext('2d')!;
    // After, not before: sigma emits beforeRender before it reprocesses, when the normalisation may be stale.
    sigma.on('afterRender', () => this.draw());
  }

  setPaths(paths: WorldPaths): void {
    this.paths = paths;
    this.sigma.scheduleRender();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.draw();
  }

  isVisible(): boolean {
    return this.visible && this.paths !== null;
  }

  /** Draws the outline onto any 2D context of the viewport's size (used by the PNG export too). */
  drawOn(context: CanvasRenderingContext2D, pixelRatio: number): void {
    const paths = this.paths;
    if (!paths) return;
    const { width, height } = this.sigma.getDimensions();
    const o = this.sigma.graphToViewport({ x: 0, y: 0 });
    const ex = this.sigma.graphToViewport({ x: 1, y: 0 });
    const ey = this.sigma.graphToViewport({ x: 0, y: 1 });
    const scale = Math.hypot(ex.x - o.x, ex.y - o.y) || 1;
    context.save();
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    context.fillStyle = WORLD_COLORS.ocean;
    context.fillRect(0, 0, width, height);
    context.setTransform(
      pixelRatio * (ex.x - o.x),
      pixelRatio * (ex.y - o.y),
      pixelRatio * (ey.x - o.x),
      pixelRatio * (ey.y - o.y),
      pixelRatio * o.x,
      pixelRatio * o.y,
    );
    context.lineWidth = 1 / scale;
    context.strokeStyle = WORLD_COLORS.graticule;
    context.stroke(paths.graticule);
    context.fillStyle = WORLD_COLORS.land;
    context.fill(paths.land, 'evenodd');
    context.lineWidth = 0.8 / scale;
    context.strokeStyle = WORLD_COLORS.borders;
    context.stroke(paths.borders);
    context.restore();
  }

  private draw(): void {
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    this.context.setTransform(1, 0, 0, 1, 0, 0);
    this.context.clearRect(0, 0, w, h);
    if (this.isVisible()) this.drawOn(this.context, ratio);
  }
}
