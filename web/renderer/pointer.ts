/**
 * Dragging and the lasso
 * ======================
 *
 * A node dragged with the mouse follows it (and is pinned by the explorer when dropped); shift + drag on the
 * background draws a lasso and picks the nodes inside it. Both stop sigma's camera panning while they run (the
 * `mousemovebody` default is prevented), as in sigma's drag-and-drop example. Wired to callbacks, like
 * renderer/events.ts; returns the function that unbinds it.
 */
import type { CoopSigma } from '../graph/types.js';

export interface PointerHandlers {
  onDragStart(node: string): void;
  onDrag(node: string, position: { x: number; y: number }): void;
  onDragEnd(node: string, moved: boolean): void;
  onLasso(nodes: string[], additive: boolean): void;
}

/** Even-odd rule: is the point inside the polygon? */
export function insidePolygon(point: { x: number; y: number }, polygon: { x: number; y: number }[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const a = polygon[i];
    const b = polygon[j];
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

export function bindPointer(
  sigma: CoopSigma,
  container: HTMLElement,
  handlers: PointerHandlers,
): { unbind: () => void; dragged: () => boolean } {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'lasso');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'polygon');
  svg.appendChild(line);
  svg.style.display = 'none';
  container.appendChild(svg);

  let dragging: string | null = null;
  let moved = false;
  let lasso: { x: number; y: number }[] | null = null;
  let additive = false;
  /** True just after a drag, so that the click that ends it does not also select. */
  let justDragged = false;

  const captor = sigma.getMouseCaptor();
  sigma.on('downNode', ({ node, event }) => {
    if (event.original.shiftKey) return; // shift-click picks, it does not drag
    dragging = node;
    moved = false;
    handlers.onDragStart(node);
  });
  const onDown = (event: { x: number; y: number; original: MouseEvent | TouchEvent }) => {
    if (dragging || !(event.original as MouseEvent).shiftKey) return;
    lasso = [{ x: event.x, y: event.y }];
    additive = (event.original as MouseEvent).ctrlKey || (event.original as MouseEvent).metaKey;
    svg.style.display = '';
    line.setAttribute('points', '');
  };
  const onMove = (event: { x: number; y: number; preventSigmaDefault(): void; original: MouseEvent | TouchEvent }) => {
    if (dragging) {
      moved = true;
      handlers.onDrag(dragging, sigma.viewportToGraph(event));
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    } else if (lasso) {
      lasso.push({ x: event.x, y: event.y });
      line.setAttribute('points', lasso.map((p) => `${p.x},${p.y}`).join(' '));
      event.preventSigmaDefault();
      event.original.preventDefault();
    }
  };
  const onUp = () => {
    if (dragging) {
      const node = dragging;
      dragging = null;
      justDragged = moved;
      window.setTimeout(() => (justDragged = false), 0);
      handlers.onDragEnd(node, moved);
    }
    if (lasso) {
      const polygon = lasso;
      lasso = null;
      svg.style.display = 'none';
      if (polygon.length < 3) return;
      const graph = sigma.getGraph();
      const inside: string[] = [];
      graph.forEachNode((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return;
        if (insidePolygon(sigma.framedGraphToViewport({ x: data.x, y: data.y }), polygon)) inside.push(node);
      });
      justDragged = true;
      window.setTimeout(() => (justDragged = false), 0);
      handlers.onLasso(inside, additive);
    }
  };
  captor.on('mousedown', onDown);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return {
    unbind: () => {
      captor.off('mousedown', onDown);
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
      svg.remove();
    },
    dragged: () => justDragged,
  };
}
