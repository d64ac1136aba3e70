/**
 * Seeded positions
 * ================
 *
 * A starting position for every node computed from hashes of its id and its country: the same data always
 * starts from the same place, so a deterministic ForceAtlas2 run ends in the same picture on every reload.
 * Institutions start near their country, which also gives the layout a head start.
 */
import { unitHash } from './hash.js';

export interface SeedOptions {
  /** Radius of the circle the countries' anchors sit on. */
  radius: number;
  /** Radius of the cloud around each anchor. */
  spread: number;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = { radius: 100, spread: 30 };

export function seedPosition(
  id: string,
  country: string | null,
  isCountry: boolean,
  options: SeedOptions = DEFAULT_SEED_OPTIONS,
): { x: number; y: number } {
  let cx = 0;
  let cy = 0;
  let spread = options.radius;
  if (country) {
    const angle = unitHash(country, 1) * 2 * Math.PI;
    const r = options.radius * (0.55 + 0.45 * unitHash(country, 2));
    cx = r * Math.cos(angle);
    cy = r * Math.sin(angle);
    spread = options.spread;
    if (isCountry) return { x: cx, y: cy };
  }
  // Uniform in the disc: sqrt of the radius draw.
  const angle = unitHash(id, 3) * 2 * Math.PI;
  const r = spread * Math.sqrt(unitHash(id, 4));
  return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
}

/** A position near `center`, at a hash-chosen angle: where a node joining the graph from an expansion lands. */
export function positionNear(id: string, center: { x: number; y: number }, distance: number): { x: number; y: number } {
  const angle = unitHash(id, 5) * 2 * Math.PI;
  const r = distance * (0.6 + 0.4 * unitHash(id, 6));
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}
