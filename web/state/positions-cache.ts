/**
 * Positions cache
 * ===============
 *
 * The force layout of a dataset, kept in localStorage under its data version (a digest of node and edge ids),
 * so a reload shows the same picture at once instead of re-running the layout, and a layout the user refined
 * with ForceAtlas2 survives the reload. Only the latest few versions are kept; storage errors (quota, private
 * mode) mean no cache, never a failure.
 */
const PREFIX = 'coopgraph:positions:';
const KEEP = 3;

export type PositionMap = Map<string, { x: number; y: number }>;

export function loadPositions(version: string): PositionMap | null {
  try {
    const raw = localStorage.getItem(PREFIX + version);
    if (!raw) return null;
    const data = JSON.parse(raw) as { ids: string[]; xy: number[] };
    const map: PositionMap = new Map();
    data.ids.forEach((id, i) => map.set(id, { x: data.xy[2 * i], y: data.xy[2 * i + 1] }));
    return map;
  } catch {
    return null;
  }
}

export function savePositions(version: string, positions: PositionMap): void {
  try {
    const ids: string[] = [];
    const xy: number[] = [];
    for (const [id, p] of positions) {
      ids.push(id);
      xy.push(Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100);
    }
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX) && key !== PREFIX + version) keys.push(key);
    }
    for (const key of keys.slice(0, Math.max(0, keys.length - (KEEP - 1)))) localStorage.removeItem(key);
    localStorage.setItem(PREFIX + version, JSON.stringify({ ids, xy }));
  } catch {
    // Quota exceeded or storage disabled: the layout is recomputed next time, deterministically.
  }
}

export function clearPositions(version: string): void {
  try {
    localStorage.removeItem(PREFIX + version);
  } catch {
    // Nothing to clear.
  }
}
