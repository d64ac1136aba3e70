/**
 * Legend
 * ======
 *
 * What the colours and thicknesses mean, listing only the kinds present in the loaded graph, with their counts.
 * Collapsible; the PNG export (renderer/export-image.ts) draws the same `legendItems` (graph/style.ts).
 */
import type { Explorer } from '../explorer.js';
import { EDGE_COLORS, legendItems } from '../graph/style.js';
import { h } from '../dom/elements.js';

export function createLegend(explorer: Explorer): HTMLElement {
  const list = h('ul', { class: 'legend-list' });
  const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true', 'aria-controls': 'legend-content' }, 'Legend');
  const content = h(
    'div',
    { id: 'legend-content' },
    list,
    h(
      'ul',
      { class: 'legend-list edges' },
      h('li', {}, h('span', { class: 'line thin', style: `background:${EDGE_COLORS.cooperation}` }), h('span', { class: 'line thick', style: `background:${EDGE_COLORS.cooperation}` }), 'Agreements (thicker: more)'),
      h('li', {}, h('span', { class: 'line', style: `background:${EDGE_COLORS.stated}` }), 'Stated cooperation'),
      h('li', { class: 'muted' }, 'Size: number of partners'),
    ),
  );
  const element = h('div', { class: 'legend', role: 'region', 'aria-label': 'Legend' }, toggle, content);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    content.hidden = !open;
  });

  const render = () => {
    list.replaceChildren(
      ...legendItems(explorer.graph).map((item) =>
        h('li', {}, h('span', { class: 'dot', style: `background:${item.color}` }), h('span', { class: 'legend-label' }, item.label), h('span', { class: 'legend-count' }, item.count.toLocaleString('en'))),
      ),
    );
  };
  explorer.store.subscribe((state, previous) => {
    if (state.counts !== previous.counts) render();
  });
  render();
  return element;
}
