/**
 * Toolbar
 * =======
 *
 * The header: the search (choose = centre and select), the layout switch (network / map), the live
 * ForceAtlas2 start/stop, export (PNG of the view with its legend, GEXF of the view, the server's exports) and a
 * share button that copies the link of the current view (state/url.ts keeps it up to date). On phones everything
 * but the brand and the search folds into a menu. The brand is the page's h1.
 */
import { apiKey } from '../api/client.js';
import { downloadWithKey, exportUrl } from '../api/export.js';
import type { Explorer } from '../explorer.js';
import { downloadGexf, downloadLinksCsv, downloadPng } from '../renderer/export-image.js';
import { downloadSvg } from '../renderer/export-svg.js';
import type { DocumentReader } from './document-reader.js';
import { h, icon, ICONS } from '../dom/elements.js';
import { createSearchBox } from './search-box.js';

export function createToolbar(explorer: Explorer, reader: DocumentReader): HTMLElement {
  const { store } = explorer;
  const searchBox = createSearchBox({
    id: 'search',
    label: 'Search the graph',
    placeholder: 'Search institutions, countries, people…',
    // A document is not drawn on the graph: it opens in the reader.
    onChoose: (hit) => void (hit.type === 'Document' ? reader.open(hit.id) : explorer.select(hit.id)),
  });
  searchBox.element.classList.add('main-search');
  searchBox.element.appendChild(h('kbd', { class: 'shortcut', 'aria-hidden': 'true' }, '/'));

  const layoutButton = (name: 'force' | 'geo', text: string, iconPath: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'segment',
        'aria-pressed': 'false',
        dataset: { layout: name },
        onClick: () => void explorer.setLayout(name),
      },
      icon(iconPath),
      text,
    );
  const forceButton = layoutButton('force', 'Network', ICONS.network);
  const geoButton = layoutButton('geo', 'Map', ICONS.globe);
  const runButton = h(
    'button',
    { type: 'button', class: 'button', onClick: () => explorer.toggleLiveLayout() },
    icon(ICONS.play),
    'Run layout',
  );

  const tableButton = h(
    'button',
    {
      type: 'button',
      class: 'button',
      'aria-pressed': 'false',
      'aria-controls': 'data-table',
      onClick: () => store.set({ table: !store.get().table }),
    },
    icon(ICONS.table),
    'Table',
  );
  const status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const exportMenu = h(
    'details',
    { class: 'menu' },
    h('summary', { class: 'button' }, icon(ICONS.download), 'Export'),
    h(
      'div',
      { class: 'menu-items', role: 'menu' },
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          onClick: () =>
            void downloadPng({ sigma: explorer.sigma, world: explorer.world, state: store.get() }).then(
              () => (status.textContent = 'PNG saved'),
            ),
        },
        'PNG image of the view',
      ),
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          onClick: () => {
            downloadSvg({ sigma: explorer.sigma, map: explorer.world.isVisible(), state: store.get() });
            status.textContent = 'SVG saved';
          },
        },
        'SVG image of the view (vector)',
      ),
      h(
        'button',
        { type: 'button', role: 'menuitem', onClick: () => downloadGexf(explorer.graph, explorer.display.visibility) },
        'GEXF of the view (Gephi)',
      ),
      h('a', { role: 'menuitem', href: '#', dataset: { format: 'gexf' } }, 'GEXF of the filtered graph (server)'),
      h('a', { role: 'menuitem', href: '#', dataset: { format: 'json' } }, 'JSON of the filtered graph (server)'),
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          onClick: () => downloadLinksCsv(explorer.graph, explorer.display.visibility),
        },
        'CSV of the links on screen (partnerships with their weight)',
      ),
      h(
        'a',
        {
          role: 'menuitem',
          href: '#',
          dataset: { format: 'csv' },
          title:
            "A zip of one CSV per label and relationship type, in the loader's format: stated cooperation only, no derived partnerships",
        },
        'CSV records of the filtered graph (server, for reloading)',
      ),
    ),
  );
  exportMenu.addEventListener('toggle', () => {
    for (const link of exportMenu.querySelectorAll<HTMLAnchorElement>('a[data-format]')) {
      link.href = exportUrl(link.dataset.format as 'gexf' | 'json' | 'csv', store.get().filters);
      link.setAttribute('download', '');
    }
  });
  exportMenu.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-format]');
    if (link && apiKey()) {
      // A link cannot send the API key: fetch the file with it instead.
      event.preventDefault();
      void downloadWithKey(link.href).then(
        () => (status.textContent = 'Export saved'),
        (error: Error) => (status.textContent = error.message),
      );
    }
    if ((event.target as HTMLElement).closest('[role=menuitem]')) exportMenu.open = false;
  });
  exportMenu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && exportMenu.open) {
      exportMenu.open = false;
      exportMenu.querySelector('summary')?.focus();
    }
  });

  const share = h(
    'button',
    {
      type: 'button',
      class: 'button',
      onClick: async () => {
        try {
          await navigator.clipboard.writeText(window.location.href);
          status.textContent = 'Link copied';
          share.classList.add('done');
          window.setTimeout(() => share.classList.remove('done'), 1_500);
        } catch {
          window.prompt('Copy this link', window.location.href);
        }
      },
    },
    icon(ICONS.link),
    'Share',
  );

  const render = () => {
    const { layout, layoutRunning } = store.get();
    forceButton.setAttribute('aria-pressed', String(layout === 'force'));
    geoButton.setAttribute('aria-pressed', String(layout === 'geo'));
    runButton.disabled = layout !== 'force';
    runButton.replaceChildren(
      icon(layoutRunning ? ICONS.pause : ICONS.play),
      layoutRunning ? 'Stop layout' : 'Run layout',
    );
    runButton.setAttribute('aria-pressed', String(layoutRunning));
    runButton.title =
      layout === 'force' ? 'Refine the network layout with ForceAtlas2' : 'Available in the network layout';
  };
  render();
  store.subscribe((state, previous) => {
    if (state.layout !== previous.layout || state.layoutRunning !== previous.layoutRunning) render();
    if (state.table !== previous.table) tableButton.setAttribute('aria-pressed', String(state.table));
  });

  // "/" focuses the search from anywhere but a text field.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
      event.preventDefault();
      searchBox.input.focus();
    }
  });

  const actions = h(
    'div',
    { class: 'toolbar-actions', id: 'toolbar-actions' },
    h(
      'div',
      { class: 'toolbar-group' },
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Layout' }, forceButton, geoButton),
      runButton,
      tableButton,
    ),
    h('div', { class: 'toolbar-group end' }, exportMenu, share, status),
  );
  const header = h(
    'header',
    { class: 'toolbar' },
    h(
      'h1',
      { class: 'brand-title' },
      h(
        'a',
        { class: 'brand', href: '/', 'aria-label': 'coopgraph explorer, home' },
        h('span', { class: 'brand-mark' }, icon(ICONS.network)),
        h('span', { class: 'brand-name' }, 'coopgraph'),
        h('span', { class: 'brand-sub' }, 'Explorer'),
      ),
    ),
    searchBox.element,
  );
  const menuToggle = h(
    'button',
    {
      type: 'button',
      class: 'icon-button menu-toggle',
      'aria-label': 'Menu',
      'aria-expanded': 'false',
      'aria-controls': 'toolbar-actions',
      onClick: () => setMenu(!header.classList.contains('menu-open')),
    },
    icon(ICONS.menu),
  );
  const setMenu = (open: boolean) => {
    header.classList.toggle('menu-open', open);
    menuToggle.setAttribute('aria-expanded', String(open));
  };
  // A choice in the folded menu closes it (the export submenu stays until its item is chosen).
  actions.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('button, a') && !target.closest('summary')) setMenu(false);
  });
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.classList.contains('menu-open')) {
      event.preventDefault();
      setMenu(false);
      menuToggle.focus();
    }
  });
  header.append(menuToggle, actions);
  return header;
}
