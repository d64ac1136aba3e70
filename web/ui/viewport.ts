/**
 * Screen size
 * ===========
 *
 * Where panels become drawers and sheets (the same breakpoints as styles/main.css), and the part of the graph
 * canvas that the open drawers and sheets leave free, so the selection can be centred where it is seen.
 */
import type { Area } from '../renderer/camera.js';

/** Below this width the sidebar and the details float over the graph as drawers (main.css: 1279px). */
export const COMPACT_QUERY = '(max-width: 1279px)';
/** Below this width they are bottom sheets and the toolbar folds into a menu (main.css: 720px). */
export const PHONE_QUERY = '(max-width: 720px)';

export const isCompact = (): boolean => window.matchMedia(COMPACT_QUERY).matches;
export const isPhone = (): boolean => window.matchMedia(PHONE_QUERY).matches;

/** Elements that may cover the graph when open. */
const OCCLUDERS = ['.details-panel', '.sidebar-body', '.data-table'];

/** The largest part of the canvas no drawer or sheet covers, in the canvas's own pixels. */
export function freeArea(canvas: HTMLElement): Area {
  const box = canvas.getBoundingClientRect();
  const area = { left: 0, top: 0, right: box.width, bottom: box.height };
  for (const selector of OCCLUDERS) {
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.hidden || element.getClientRects().length === 0) continue;
      const r = element.getBoundingClientRect();
      const overlaps = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
      if (!overlaps || r.width === 0 || r.height === 0) continue;
      const wide = r.width >= box.width * 0.9;
      if (wide) area.bottom = Math.min(area.bottom, r.top - box.top);
      else if (r.left - box.left > box.width / 2 - r.width / 2) area.right = Math.min(area.right, r.left - box.left);
      else area.left = Math.max(area.left, r.right - box.left);
    }
  }
  if (area.right - area.left < 80 || area.bottom - area.top < 80)
    return { left: 0, top: 0, right: box.width, bottom: box.height };
  return area;
}
