/**
 * Camera moves
 * ============
 *
 * Centre on a node, frame a set of nodes, zoom by steps, reset: in sigma's framed-graph coordinates (what
 * `getNodeDisplayData` returns), animated.
 */
import type { CoopSigma } from '../graph/types.js';

const DURATION = 450;

export function focusNodes(sigma: CoopSigma, nodes: string[], options: { maxRatio?: number; minRatio?: number } = {}): void {
  const points = nodes.map((node) => sigma.getNodeDisplayData(node)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = Math.min(options.maxRatio ?? 1, Math.max(options.minRatio ?? 0.12, extent * 2.2));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: DURATION });
}

export function centreOn(sigma: CoopSigma, node: string): void {
  const camera = sigma.getCamera();
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: DURATION });
}

export function zoomBy(sigma: CoopSigma, factor: number): void {
  const camera = sigma.getCamera();
  void camera.animate({ ratio: camera.ratio / factor }, { duration: 250 });
}

export function fit(sigma: CoopSigma): void {
  void sigma.getCamera().animatedReset({ duration: DURATION });
}
