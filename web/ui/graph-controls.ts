/**
 * Graph controls
 * ==============
 *
 * Floating over the graph: zoom in and out, fit the view, full screen, the label density (key nodes, more,
 * all), and the counts of what is drawn (with a warning when the API's limit cut the graph, and the nodes with no
 * link in view as a toggle: the first view leaves them out).
 */
import type { Explorer } from '../explorer.js';
import { fit, zoomBy } from '../renderer/camera.js';
import type { LabelMode } from '../renderer/view.js';
import type { OverviewTotals } from '../state/app-state.js';
import { h, icon, ICONS } from '../dom/elements.js';

const LABEL_MODES: { mode: LabelMode; text: string; title: string }[] = [
  { mode: 'key', text: 'Aa', title: 'Labels: hubs, countries and events' },
  { mode: 'more', text: 'Aa+', title: 'Labels: as many as fit' },
  { mode: 'all', text: 'All', title: 'Labels: every node' },
];

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
    labelsButton(explorer),
  );
}

/** Cycles the label density; its name says the current one and what a click does. */
function labelsButton(explorer: Explorer): HTMLButtonElement {
  const element = h('button', {
    type: 'button',
    class: 'icon-button labels-button',
    dataset: { testid: 'label-density' },
  });
  const render = () => {
    const i = LABEL_MODES.findIndex((m) => m.mode === explorer.store.get().labelMode);
    const current = LABEL_MODES[Math.max(0, i)];
    const next = LABEL_MODES[(Math.max(0, i) + 1) % LABEL_MODES.length];
    element.textContent = current.text;
    element.title = `${current.title}. Click for ${next.title.toLowerCase().replace('labels: ', '')}`;
    element.setAttribute('aria-label', `${current.title}; change label density`);
    element.dataset.mode = current.mode;
  };
  element.addEventListener('click', () => {
    const i = LABEL_MODES.findIndex((m) => m.mode === explorer.store.get().labelMode);
    explorer.setLabelMode(LABEL_MODES[(i + 1) % LABEL_MODES.length].mode);
  });
  explorer.store.subscribe((state, previous) => {
    if (state.labelMode !== previous.labelMode) render();
  });
  render();
  return element;
}

/** A link-like button that switches the graph to the countries overview or to the institutions. */
function viewButton(explorer: Explorer, view: 'countries' | 'institutions', label: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      dataset: { testid: `view-${view}` },
      onClick: () => void explorer.showView(view),
    },
    label,
  );
}

/** The counts line of the countries overview: what it sums up, and the way to the institutions. */
function overviewCounts(explorer: Explorer, overview: OverviewTotals): HTMLElement[] {
  const figure = (n: number, what: string) => [h('strong', {}, n.toLocaleString('en')), ` ${what}`];
  return [
    h('span', { dataset: { testid: 'overview-count' } }, ...figure(overview.countries, 'countries')),
    h('span', { class: 'sep' }, '·'),
    h('span', {}, ...figure(overview.institutions, 'institutions')),
    h('span', { class: 'sep' }, '·'),
    h('span', {}, ...figure(overview.links, 'links')),
    viewButton(explorer, 'institutions', '· show the best-connected institutions'),
    h('span', { class: 'muted' }, ' · double-click a country to open it'),
  ];
}

export function createCounts(explorer: Explorer): HTMLElement {
  const element = h('div', { class: 'counts', 'aria-live': 'polite' });
  const render = () => {
    const { counts, years, showIsolated, overview } = explorer.store.get();
    if (!counts) {
      element.replaceChildren();
      return;
    }
    if (overview) {
      element.replaceChildren(...overviewCounts(explorer, overview));
      return;
    }
    const windowed = years.from !== null || years.to !== null;
    const of = (shown: number, loaded: number) =>
      windowed && shown !== loaded ? ` of ${loaded.toLocaleString('en')}` : '';
    const parts = [
      h(
        'span',
        { 'data-testid': 'node-count', dataset: { count: String(counts.nodes), loaded: String(counts.loadedNodes) } },
        h('strong', {}, counts.nodes.toLocaleString('en')),
        `${of(counts.nodes, counts.loadedNodes)} nodes`,
      ),
      h('span', { class: 'sep' }, '·'),
      h(
        'span',
        { 'data-testid': 'edge-count' },
        h('strong', {}, counts.edges.toLocaleString('en')),
        `${of(counts.edges, counts.loadedEdges)} links`,
      ),
      counts.isolated > 0
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button isolated-toggle',
              'aria-pressed': String(showIsolated),
              dataset: { testid: 'isolated-toggle' },
              title: showIsolated ? 'Leave out the nodes with no link in view' : 'Show the nodes with no link in view',
              onClick: () => explorer.setShowIsolated(!showIsolated),
            },
            showIsolated ? `· hide ${counts.isolated} not connected` : `· ${counts.isolated} not connected: show`,
          )
        : null,
      counts.truncated
        ? h(
            'span',
            { class: 'warning', title: 'The API limit cut the graph: narrow the filters to see everything' },
            ` · the ${counts.loadedNodes.toLocaleString('en')} best connected of ${counts.totalNodes.toLocaleString('en')}`,
          )
        : null,
      viewButton(explorer, 'countries', '· countries overview'),
    ].filter((part): part is HTMLElement => part !== null);
    element.replaceChildren(...parts);
  };
  explorer.store.subscribe((state, previous) => {
    if (
      state.counts !== previous.counts ||
      state.overview !== previous.overview ||
      state.years !== previous.years ||
      state.showIsolated !== previous.showIsolated
    )
      render();
  });
  render();
  return element;
}
