/**
 * coopgraph explorer: boot
 * ========================
 *
 * Reads the view from the URL, builds the page (or, with `?embed=1`, the graph alone for an iframe), starts the
 * explorer and loads the network; keeps the URL in step with the state so any view can be shared as a link.
 * A change of view (selection, filters, layout, path) is a new history entry, so Back and Forward step through
 * the views; the year window only replaces the entry (the slider plays).
 * `window.__coopgraph` exposes the explorer for tests and benchmarks.
 */
import './styles/main.css';

import { Explorer } from './explorer.js';
import { createDetailsPanel } from './panels/details.js';
import { registerPanels } from './panels/index.js';
import { createSidebar } from './panels/sidebar.js';
import { type AppState, filtersChanged, getEmptyState } from './state/app-state.js';
import { createStore } from './state/store.js';
import { parseUrlState, toUrlSearch } from './state/url.js';
import { h } from './dom/elements.js';
import { createDataTable } from './ui/data-table.js';
import { createDocumentReader } from './ui/document-reader.js';
import { createCounts, createGraphControls } from './ui/graph-controls.js';
import { createLegend } from './ui/legend.js';
import { createOffMapNote } from './ui/off-map-note.js';
import { createSelectionBar } from './ui/selection-bar.js';
import { createStatusOverlay } from './ui/status-overlay.js';
import { createTimeSlider } from './ui/time-slider.js';
import { installKeyPrompt } from './ui/key-prompt.js';
import { createToolbar } from './ui/toolbar.js';
import { freeArea, isCompact } from './ui/viewport.js';

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
  // Small screens start on the graph, not on a panel that would cover it.
  const panel = url.embed ? null : url.pathFrom || url.pathTo ? 'paths' : isCompact() ? null : 'filters';
  return {
    ...getEmptyState(),
    filters: url.filters,
    view: url.view,
    years: url.years,
    layout: url.layout,
    selected: url.selected,
    embed: url.embed,
    showIsolated: url.showIsolated,
    path: { from: ref(url.pathFrom), to: ref(url.pathTo) },
    panel,
  };
}

/** The part of the state whose change is a new view (a history entry); the rest replaces the entry. */
const viewKey = (state: AppState) => toUrlSearch({ ...state, years: { from: null, to: null } });

function boot(root: HTMLElement): Explorer {
  const store = createStore(initialState());
  const { embed } = store.get();
  root.replaceChildren();
  root.classList.toggle('embed', embed);

  const graphContainer = h('div', {
    class: 'graph',
    id: 'graph',
    role: 'img',
    'aria-label': 'Cooperation network',
    tabindex: '-1',
  });
  const graphArea = h('div', { class: 'graph-area' }, graphContainer);
  const stage = h('main', { class: 'stage', id: 'stage' }, graphArea);
  const workspace = h('div', { class: 'workspace' }, stage);
  root.append(workspace);

  const explorer = new Explorer(graphContainer, store);
  graphArea.append(
    createCounts(explorer),
    createSelectionBar(explorer),
    createOffMapNote(explorer),
    createGraphControls(explorer, stage),
    createStatusOverlay(explorer),
  );
  // Under the graph, not over it: the legend never covers what it explains.
  stage.append(h('div', { class: 'stage-footer' }, createLegend(explorer), createTimeSlider(explorer)));
  explorer.setFreeArea(() => freeArea(graphContainer));

  if (embed) {
    const open = new URL(window.location.href);
    open.searchParams.delete('embed');
    graphArea.append(
      h('a', { class: 'embed-link', href: open.toString(), target: '_blank', rel: 'noopener' }, 'Open in coopgraph ↗'),
    );
  } else {
    registerPanels();
    // The data table is the keyboard path to every node: the skip link opens it.
    const skip = h('a', { class: 'skip-link', href: '#data-table' }, 'Skip to the data table of the graph');
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      store.set({ table: true });
    });
    const reader = createDocumentReader();
    root.prepend(skip, createToolbar(explorer, reader));
    root.append(reader.element);
    stage.insertBefore(createDataTable(explorer), stage.querySelector('.stage-footer'));
    workspace.prepend(createSidebar(explorer));
    workspace.append(createDetailsPanel(explorer));
    // One drawer at a time where drawers cover the graph: a selection closes the open panel.
    store.subscribe((state, previous) => {
      if (state.selected && state.selected !== previous.selected && state.panel && isCompact())
        store.set({ panel: null });
    });
    // Esc closes the details panel from anywhere but a text field or an open dialog.
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key !== 'Escape' || event.defaultPrevented || !store.get().selected) return;
      if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('dialog[open]')) return;
      void explorer.select(null);
    });
  }

  // The URL follows the shareable state: a new view pushes an entry, the year window replaces it.
  let lastSearch = window.location.search;
  let lastView = viewKey(store.get());
  let restoring = false;
  store.subscribe((state) => {
    if (restoring) return;
    const search = toUrlSearch(state);
    if (search === lastSearch) return;
    const view = viewKey(state);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // Until the first load is done, the state is still being restored from the link: no new entry.
    if (view !== lastView && state.status.type !== 'loading') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    lastSearch = search;
    lastView = view;
  });
  window.addEventListener('popstate', () => {
    const url = parseUrlState(window.location.search);
    const current = store.get();
    restoring = true;
    const reload = filtersChanged(current.filters, url.filters) || url.view !== current.view;
    store.set({
      filters: url.filters,
      view: url.view,
      showIsolated: url.showIsolated,
      path: { from: null, to: null },
    });
    if (reload) {
      store.set({ selected: url.selected });
      void explorer.loadNetwork();
    } else {
      explorer.setYears(url.years.from, url.years.to);
      explorer.setShowIsolated(url.showIsolated);
      void explorer.select(url.selected, { centre: url.selected !== null });
    }
    if (url.layout !== current.layout) void explorer.setLayout(url.layout);
    restoring = false;
    lastSearch = window.location.search;
    lastView = viewKey(store.get());
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
