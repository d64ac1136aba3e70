/**
 * Graph controls
 * ==============
 *
 * Floating over the graph: zoom in and out, fit the view, full screen, and the counts of what is drawn (with a
 * warning when the API's limit cut the graph).
 */
import type { Explorer } from '../explorer.js';
import { fit, zoomBy } from '../renderer/camera.js';
import { h, icon, ICONS } from '../dom/elements.js';

export function createGraphControls(explorer: Explorer, fullscreenTarget: HTMLElement): HTMLElement {
  const { sigma } = explorer;
  const button = (label: string, path: string, onClick: () => void) =>
    h('button', { type: 'button', class: 'icon-button', 'aria-label': label, title: label, onClick }, icon(path));
  return h(
    'div',
    { class: 'graph-controls', role: 'toolbar', 'aria-label': 'Camera' },
    button('Zoom in', ICONS.plus, () => zoomBy(sigma, 1.6)),
    button('Zoom out', ICONS.minus, () => zoomBy(sigma, 1 / 1.6)),
    button('Fit to view', ICONS.fit, () => fit(sigma)),
    button('Full screen', ICONS.fullscreen, () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void fullscreenTarget.requestFullscreen?.().catch(() => undefined);
    }),
  );
}

export function createCounts(explorer: Explorer): HTMLElement {
  const element = h('div', { class: 'counts', 'aria-live': 'polite' });
  const render = () => {
    const { counts, years } = explorer.store.get();
    if (!counts) {
      element.replaceChildren();
      return;
    }
    const windowed = years.from !== null || years.to !== null;
    const of = (shown: number, loaded: number) => (windowed && shown !== loaded ? ` of ${loaded.toLocaleString('en')}` : '');
    const parts = [
      h(
        'span',
        { 'data-testid': 'node-count', dataset: { count: String(counts.nodes), loaded: String(counts.loadedNodes) } },
        h('strong', {}, counts.nodes.toLocaleString('en')),
        `${of(counts.nodes, counts.loadedNodes)} nodes`,
      ),
      h('span', { class: 'sep' }, '·'),
      h('span', { 'data-testid': 'edge-count' }, h('strong', {}, counts.edges.toLocaleString('en')), `${of(counts.edges, counts.loadedEdges)} links`),
      counts.truncated
        ? h(
            'span',
            { class: 'warning', title: 'The API limit cut the graph: narrow the filters to see everything' },
            ` · the ${counts.loadedNodes.toLocaleString('en')} best connected of ${counts.totalNodes.toLocaleString('en')}`,
          )
        : null,
    ].filter((part): part is HTMLSpanElement => part !== null);
    element.replaceChildren(...parts);
  };
  explorer.store.subscribe((state, previous) => {
    if (state.counts !== previous.counts || state.years !== previous.years) render();
  });
  render();
  return element;
}
