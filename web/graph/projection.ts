/**
 * Map projection
 * ==============
 *
 * Longitude/latitude to graph coordinates for the geographic layout and the world outline, which must agree.
 * Equirectangular with a slight vertical stretch (Miller-like feel, no pole blow-up); sigma's y axis points up,
 * so north stays up. Graph units are degrees of longitude.
 */

export const MAP_BOUNDS = { west: -180, east: 180, south: -58, north: 84 } as const;

const Y_STRETCH = 1.15;

export function project(lng: number, lat: number): { x: number; y: number } {
  const clampedLat = Math.max(MAP_BOUNDS.south - 10, Math.min(MAP_BOUNDS.north, lat));
  return { x: lng, y: clampedLat * Y_STRETCH };
}

/** The graph-space box of the world map: sigma's custom bounding box in the geographic layout. */
export function mapBBox(): { x: [number, number]; y: [number, number] } {
  const sw = project(MAP_BOUNDS.west, MAP_BOUNDS.south);
  const ne = project(MAP_BOUNDS.east, MAP_BOUNDS.north);
  return { x: [sw.x, ne.x], y: [sw.y, ne.y] };
}
