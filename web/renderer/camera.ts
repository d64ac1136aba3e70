/**
 * Camera moves
 * ============
 *
 * Centre on a node, frame a set of nodes, zoom by steps, reset: in sigma's framed-graph coordinates (what
 * `getNodeDisplayData` returns), animated. On small screens a drawer or a bottom sheet covers part of the
 * canvas: `area` is the part left free (viewport pixels of the container), and a node is centred in it, or
 * brought into it when it lies under a panel.
 */
import type { CoopSigma } from '../graph/types.js';

const DURATION = 450;

export function focusNodes(
  sigma: CoopSigma,
  nodes: string[],
  options: { maxRatio?: number; minRatio?: number } = {},
): void {
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

/** The part of the canvas not covered by a panel, in viewport pixels of the container. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The camera state that draws `node` at the viewport point `at` with zoom `ratio`. */
function cameraFor(sigma: CoopSigma, node: string, at: { x: number; y: number }, ratio: number) {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return null;
  const angle = sigma.getCamera().angle;
  // With the camera at the origin, a viewport point's framed coordinates are its offset from the camera.
  const offset = sigma.viewportToFramedGraph(at, { cameraState: { x: 0, y: 0, ratio, angle } });
  return { x: data.x - offset.x, y: data.y - offset.y, ratio, angle };
}

const middle = (area: Area) => ({ x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 });

export function centreOn(sigma: CoopSigma, node: string, area?: Area): void {
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const at = middle(area ?? { left: 0, top: 0, right: width, bottom: height });
  const state = cameraFor(sigma, node, at, Math.min(camera.ratio, 0.35));
  if (state) void camera.animate(state, { duration: DURATION });
}

/** Brings a node into the free area (at its middle) when it is outside it; the zoom stays. */
export function revealNode(sigma: CoopSigma, node: string, area: Area, margin = 24): boolean {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return false;
  const p = sigma.framedGraphToViewport({ x: data.x, y: data.y });
  // Room on the right for the label too.
  const label = Math.min(220, 8 * (data.label?.length ?? 0));
  const inside =
    p.x >= area.left + margin &&
    p.x <= area.right - margin - label &&
    p.y >= area.top + margin &&
    p.y <= area.bottom - margin;
  if (inside) return false;
  const camera = sigma.getCamera();
  const state = cameraFor(sigma, node, middle(area), camera.ratio);
  if (state) void camera.animate(state, { duration: DURATION });
  return true;
}

export function zoomBy(sigma: CoopSigma, factor: number): void {
  const camera = sigma.getCamera();
  void camera.animate({ ratio: camera.ratio / factor }, { duration: 250 });
}

export function fit(sigma: CoopSigma): void {
  void sigma.getCamera().animatedReset({ duration: DURATION });
}
