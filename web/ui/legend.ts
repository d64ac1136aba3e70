/**
 * Legend
 * ======
 *
 * Under the graph (never over it): what the colours, sizes and lines mean, for what is drawn now. Colours are
 * the kinds present in the loaded graph with their counts, or, when an analysis recolours the nodes (the Gaps
 * panel's communities), its palette under its own title; sizes say "number of partners" or the analysis's
 * measure. Collapsible, and collapsed at first on phones; the PNG export (renderer/export-image.ts) draws the
 * same items (legendEntries).
 */
import type { Explorer } from '../explorer.js';
import { legendEntries } from '../renderer/legend-entries.js';
import { h } from '../dom/elements.js';
import { isPhone } from './viewport.js';

export function createLegend(explorer: Explorer): HTMLElement {
  const colourTitle = h('span', { class: 'legend-heading' });
  const list = h('ul', { class: 'legend-list' });
  const edges = h('ul', { class: 'legend-list edges' });
  const size = h('p', { class: 'legend-size muted' });
  const open = !isPhone();
  const toggle = h(
    'button',
    { type: 'button', class: 'legend-toggle', 'aria-expanded': String(open), 'aria-controls': 'legend-content' },
    'Legend',
  );
  const content = h(
    'div',
    { id: 'legend-content', class: 'legend-content', hidden: !open },
    h('div', { class: 'legend-colours' }, colourTitle, list),
    h('div', { class: 'legend-keys' }, edges, size),
  );
  const element = h('div', { class: 'legend', role: 'region', 'aria-label': 'Legend' }, toggle, content);
  toggle.addEventListener('click', () => {
    const next = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(next));
    content.hidden = !next;
  });

  const render = () => {
    const entries = legendEntries(explorer.graph, explorer.store.get().encoding);
    colourTitle.textContent = entries.colourTitle;
    list.replaceChildren(
      ...entries.colours.map((item) =>
        h(
          'li',
          {},
          h('span', { class: 'dot', style: `background:${item.color}` }),
          h('span', { class: 'legend-label' }, item.label),
          h('span', { class: 'legend-count' }, item.count.toLocaleString('en')),
        ),
      ),
    );
    edges.replaceChildren(
      ...entries.edges.map((edge) =>
        h('li', {}, h('span', { class: 'line', style: `background:${edge.color};height:${edge.width}px` }), edge.label),
      ),
    );
    size.textContent = entries.size;
  };
  explorer.store.subscribe((state, previous) => {
    if (state.counts !== previous.counts || state.encoding !== previous.encoding) render();
  });
  render();
  return element;
}
