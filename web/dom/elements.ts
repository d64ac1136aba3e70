/**
 * DOM helpers
 * ===========
 *
 * `h()` builds elements without a framework: attributes (`on*` become listeners, `class`, `aria-*`, booleans),
 * children as nodes or text (text is always set as text, never parsed as HTML: names and evidence come from
 * documents).
 */

export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key === 'class') {
      element.className = String(value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(key, '');
    } else {
      element.setAttribute(key, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** A small inline SVG icon from a path (24x24 viewbox, stroked), hidden from assistive technology. */
export function icon(path: string, label?: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  svg.setAttribute('class', 'icon');
  if (label) svg.setAttribute('aria-label', label);
  else svg.setAttribute('aria-hidden', 'true');
  for (const d of path.split('|')) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', d);
    svg.appendChild(p);
  }
  return svg;
}

/** Icon paths (Lucide-style, drawn by hand as SVG path data). */
export const ICONS = {
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z|M21 21l-4.3-4.3',
  plus: 'M12 5v14|M5 12h14',
  minus: 'M5 12h14',
  fit: 'M4 9V4h5|M20 9V4h-5|M4 15v5h5|M20 15v5h-5',
  fullscreen: 'M8 3H3v5|M21 8V3h-5|M3 16v5h5|M16 21h5v-5',
  download: 'M12 3v12|M7 10l5 5l5-5|M5 21h14',
  play: 'M7 4l13 8l-13 8z',
  pause: 'M7 4v16|M17 4v16',
  close: 'M6 6l12 12|M18 6L6 18',
  filter: 'M3 5h18l-7 8v6l-4 2v-8z',
  route: 'M6 19a2 2 0 1 0 0-4a2 2 0 1 0 0 4z|M18 9a2 2 0 1 0 0-4a2 2 0 1 0 0 4z|M8 17h6a4 4 0 0 0 0-8H10a4 4 0 0 1 0-8',
  expand: 'M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0|M12 3v3|M12 18v3|M3 12h3|M18 12h3',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1|M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  globe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z|M3 12h18|M12 3a14 14 0 0 1 0 18|M12 3a14 14 0 0 0 0 18',
  network: 'M12 5a2 2 0 1 0 0 .1z|M5 18a2 2 0 1 0 0 .1z|M19 18a2 2 0 1 0 0 .1z|M11 7l-5 9|M13 7l5 9|M7 18h10',
  target: 'M12 12m-8 0a8 8 0 1 0 16 0a8 8 0 1 0-16 0|M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0',
  retry: 'M4 12a8 8 0 0 1 14-5.3L20 9|M20 4v5h-5|M20 12a8 8 0 0 1-14 5.3L4 15|M4 20v-5h5',
  swap: 'M7 4v16|M3 8l4-4l4 4|M17 20V4|M13 16l4 4l4-4',
  menu: 'M4 6h16|M4 12h16|M4 18h16',
  table: 'M3 5h18v14H3z|M3 10h18|M3 15h18|M9 5v14',
  layout: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z|M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z',
  document: 'M6 3h9l4 4v14H6z|M14 3v5h5|M9 13h7|M9 17h7',
};
