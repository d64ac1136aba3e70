/**
 * Geographic layout
 * =================
 *
 * Countries at their centroid; the institutions of a country on a sunflower (phyllotaxis) spiral around it, the
 * best-connected closest; every other node (agreements, people, fields, events) at the mean of its placed
 * neighbours, nudged by a hash so they do not stack. Nodes with no known place line up along the bottom edge.
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
}

export const DEFAULT_GEO_OPTIONS: GeoOptions = { spacing: 2, maxRadius: 12 };

export type Centroids = Map<string, { lat: number; lng: number }>;
export type Positions = Map<string, { x: number; y: number }>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function geoPositions(
  graph: CoopGraph,
  centroids: Centroids,
  options: GeoOptions = DEFAULT_GEO_OPTIONS,
): Positions {
  const positions: Positions = new Map();
  const byCountry = new Map<string, string[]>();
  const unplaced: string[] = [];

  graph.forEachNode((node, attributes) => {
    const code = attributes.country?.toUpperCase();
    const centroid = code ? centroids.get(code) : undefined;
    if (attributes.entityType === 'Country') {
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
    const center = project(centroid.lng, centroid.lat);
    nodes.sort(
      (a, b) => graph.getNodeAttribute(b, 'partners') - graph.getNodeAttribute(a, 'partners') || (a < b ? -1 : 1),
    );
    const spacing = Math.min(options.spacing, options.maxRadius / Math.sqrt(nodes.length + 1));
    nodes.forEach((node, i) => {
      // Index + 1: the country node itself sits at the centre of the spiral.
      const r = spacing * Math.sqrt(i + 1);
      const angle = (i + 1) * GOLDEN_ANGLE;
      positions.set(node, { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) });
    });
  }

  // Everything else follows its placed neighbours (two passes: an agreement placed in pass one places its fields).
  const rest: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.entityType !== 'Country' && attributes.entityType !== 'Institution') rest.push(node);
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

  // A tidy row under the map for what has no place, so it is still visible and clickable.
  unplaced.sort();
  const width = MAP_BOUNDS.east - MAP_BOUNDS.west - 20;
  const perRow = Math.max(1, Math.ceil(Math.sqrt(unplaced.length * 8)));
  unplaced.forEach((node, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const base = project(MAP_BOUNDS.west + 10 + (width * (col + 0.5)) / perRow, MAP_BOUNDS.south - 4);
    positions.set(node, { x: base.x, y: base.y - row * 2.2 });
  });
  return positions;
}
