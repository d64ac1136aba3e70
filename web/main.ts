/**
 * coopgraph explorer: boot
 * ========================
 *
 * Reads the view from the URL, builds the page (or, with `?embed=1`, the graph alone for an iframe), starts the
 * explorer and loads the network; keeps the URL in step with the state so any view can be shared as a link.
 * `window.__coopgraph` exposes the explorer for tests and benchmarks.
 */
import './styles/main.css';

import { Explorer } from './explorer.js';
import { createDetailsPanel } from './panels/details.js';
import { registerPanels } from './panels/index.js';
import { createSidebar } from './panels/sidebar.js';
import { type AppState, getEmptyState } from './state/app-state.js';
import { createStore } from './state/store.js';
import { parseUrlState, toUrlSearch } from './state/url.js';
import { h } from './dom/elements.js';
import { createCounts, createGraphControls } from './ui/graph-controls.js';
import { createLegend } from './ui/legend.js';
import { createStatusOverlay } from './ui/status-overlay.js';
import { createTimeSlider } from './ui/time-slider.js';
import { installKeyPrompt } from './ui/key-prompt.js';
import { createToolbar } from './ui/toolbar.js';

declare global {
  interface Window {
    __coopgraph?: {
      explorer: Explorer;
      readonly sigma: Explorer['sigma'];
      readonly graph: Explorer['graph'];
      readonly state: AppState;
    };
  }
}

function initialState(): AppState {
  const url = parseUrlState(window.location.search);
  const ref = (id: string | null) => (id ? { id, name: id, type: 'Institution' as const } : null);
  return {
    ...getEmptyState(),
    filters: url.filters,
    years: url.years,
    layout: url.layout,
    selected: url.selected,
    embed: url.embed,
    path: { from: ref(url.pathFrom), to: ref(url.pathTo) },
    panel: url.embed ? null : url.pathFrom || url.pathTo ? 'paths' : 'filters',
  };
}

function boot(root: HTMLElement): Explorer {
  const store = createStore(initialState());
  const { embed } = store.get();
  root.replaceChildren();
  root.classList.toggle('embed', embed);

  const graphContainer = h('div', { class: 'graph', id: 'graph', role: 'img', 'aria-label': 'Cooperation network' });
  const stage = h('main', { class: 'stage', id: 'stage' }, graphContainer);
  const workspace = h('div', { class: 'workspace' }, stage);
  root.append(workspace);

  const explorer = new Explorer(graphContainer, store);
  stage.append(createCounts(explorer), createLegend(explorer), createGraphControls(explorer, stage), createTimeSlider(explorer), createStatusOverlay(explorer));

  if (embed) {
    const open = new URL(window.location.href);
    open.searchParams.delete('embed');
    stage.append(h('a', { class: 'embed-link', href: open.toString(), target: '_blank', rel: 'noopener' }, 'Open in coopgraph ↗'));
  } else {
    registerPanels();
    root.prepend(createToolbar(explorer));
    workspace.prepend(createSidebar(explorer));
    workspace.append(createDetailsPanel(explorer));
  }

  // The URL follows the shareable state.
  let lastSearch = window.location.search;
  store.subscribe((state) => {
    const search = toUrlSearch(state);
    if (search !== lastSearch) {
      lastSearch = search;
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  });

  window.__coopgraph = {
    explorer,
    get sigma() {
      return explorer.sigma;
    },
    get graph() {
      return explorer.graph;
    },
    get state() {
      return store.get();
    },
  };

  void explorer.loadNetwork();
  return explorer;
}

const root = document.getElementById('app');
if (root) {
  // Before the first request: a server that needs a key for reads then asks for it instead of failing.
  installKeyPrompt();
  const explorer = boot(root);
  import.meta.hot?.dispose(() => explorer.kill());
}
