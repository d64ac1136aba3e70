/**
 * Geographic layout
 * =================
 *
 * Countries at their centroid. An institution or event whose city the gazetteer knows (GET /api/places) sits on a
 * small sunflower (phyllotaxis) spiral around that city; the other institutions of a country on a wider spiral
 * around its centroid, the best-connected closest. Every other node (agreements, people, fields) at the mean of
 * its placed neighbours, nudged by a hash so they do not stack. Nodes with no place at all (no country, no city,
 * no placed neighbour) are `offMap`: the map lists them instead of drawing them; they get a parking position
 * under the map so that nothing downstream meets a node without coordinates.
 * Pure: returns positions, the caller animates to them.
 */
import { unitHash } from './hash.js';
import { MAP_BOUNDS, project } from './projection.js';
import type { CoopGraph } from './types.js';

export interface GeoOptions {
  /** Distance between neighbours on a country's spiral, in graph units (degrees). */
  spacing: number;
  /** A spiral grows no wider than this, however many institutions (they then pack closer). */
  maxRadius: number;
  /** The same two for the spiral around a city: tighter, so that neighbouring cities stay apart. */
  citySpacing: number;
  cityMaxRadius: number;
}

export const DEFAULT_GEO_OPTIONS: GeoOptions = { spacing: 2, maxRadius: 12, citySpacing: 0.45, cityMaxRadius: 1.6 };

export type Centroids = Map<string, { lat: number; lng: number }>;
/** Node id -> the coordinates of its city. */
export type Places = Map<string, { lat: number; lng: number }>;
export type Positions = Map<string, { x: number; y: number }>;

export interface GeoLayout {
  positions: Positions;
  /** Nodes with no place on the map, sorted by id. */
  offMap: string[];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function geoPositions(
  graph: CoopGraph,
  centroids: Centroids,
  options: GeoOptions = DEFAULT_GEO_OPTIONS,
): Positions {
  return geoLayout(graph, centroids, new Map(), options).positions;
}

/** Spirals `nodes` around `center`, best-connected first; index + 1 leaves the centre to the country node. */
function spiral(
  graph: CoopGraph,
  nodes: string[],
  center: { x: number; y: number },
  spacingMax: number,
  maxRadius: number,
  positions: Positions,
): void {
  nodes.sort(
    (a, b) => graph.getNodeAttribute(b, 'partners') - graph.getNodeAttribute(a, 'partners') || (a < b ? -1 : 1),
  );
  const spacing = Math.min(spacingMax, maxRadius / Math.sqrt(nodes.length + 1));
  nodes.forEach((node, i) => {
    const r = spacing * Math.sqrt(i + 1);
    const angle = (i + 1) * GOLDEN_ANGLE;
    positions.set(node, { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) });
  });
}

export function geoLayout(
  graph: CoopGraph,
  centroids: Centroids,
  places: Places,
  options: GeoOptions = DEFAULT_GEO_OPTIONS,
): GeoLayout {
  const positions: Positions = new Map();
  const byCountry = new Map<string, string[]>();
  const byCity = new Map<string, { at: { lat: number; lng: number }; nodes: string[] }>();
  const unplaced: string[] = [];

  graph.forEachNode((node, attributes) => {
    const code = attributes.country?.toUpperCase();
    const centroid = code ? centroids.get(code) : undefined;
    const place = attributes.entityType === 'Country' ? undefined : places.get(node);
    if (place) {
      const key = `${place.lat.toFixed(3)},${place.lng.toFixed(3)}`;
      const city = byCity.get(key) ?? { at: place, nodes: [] };
      city.nodes.push(node);
      byCity.set(key, city);
    } else if (attributes.entityType === 'Country') {
      if (centroid) positions.set(node, project(centroid.lng, centroid.lat));
      else unplaced.push(node);
    } else if (attributes.entityType === 'Institution') {
      if (centroid && code) {
        const list = byCountry.get(code) ?? [];
        list.push(node);
        byCountry.set(code, list);
      } else {
        unplaced.push(node);
      }
    }
  });

  for (const [code, nodes] of byCountry) {
    const centroid = centroids.get(code)!;
    spiral(graph, nodes, project(centroid.lng, centroid.lat), options.spacing, options.maxRadius, positions);
  }
  for (const { at, nodes } of byCity.values()) {
    spiral(graph, nodes, project(at.lng, at.lat), options.citySpacing, options.cityMaxRadius, positions);
  }

  // Everything else follows its placed neighbours (two passes: an agreement placed in pass one places its fields).
  const rest: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (!positions.has(node) && attributes.entityType !== 'Country' && attributes.entityType !== 'Institution')
      rest.push(node);
  });
  for (let pass = 0; pass < 2; pass += 1) {
    for (const node of rest) {
      if (positions.has(node)) continue;
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(node, (neighbor) => {
        const p = positions.get(neighbor);
        if (p) {
          sx += p.x;
          sy += p.y;
          n += 1;
        }
      });
      if (n === 0) continue;
      const angle = unitHash(node, 7) * 2 * Math.PI;
      const r = 0.6 + 1.4 * unitHash(node, 8);
      positions.set(node, { x: sx / n + r * Math.cos(angle), y: sy / n + r * Math.sin(angle) });
    }
  }
  for (const node of rest) if (!positions.has(node)) unplaced.push(node);

  // A parking row under the map for what has no place: hidden while the map is on, listed instead.
  unplaced.sort();
  const width = MAP_BOUNDS.east - MAP_BOUNDS.west - 20;
  const perRow = Math.max(1, Math.ceil(Math.sqrt(unplaced.length * 8)));
  unplaced.forEach((node, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const base = project(MAP_BOUNDS.west + 10 + (width * (col + 0.5)) / perRow, MAP_BOUNDS.south - 4);
    positions.set(node, { x: base.x, y: base.y - row * 2.2 });
  });
  return { positions, offMap: unplaced };
}
