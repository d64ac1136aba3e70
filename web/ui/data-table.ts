/**
 * Data table
 * ==========
 *
 * The nodes and the links drawn now, as a table (like Gephi Lite's): sortable by any column, filtered by a text,
 * downloadable as CSV, and in step with the selection (the selected node's row is marked and scrolled to; a
 * click or Enter on a name selects it and centres the graph on it). It is also the keyboard path to every
 * node: each name is a button. Long tables show their first rows and a button for the rest.
 */
import type { Explorer } from '../explorer.js';
import {
  LINK_CSV_COLUMNS,
  type LinkRow,
  NODE_CSV_COLUMNS,
  type NodeRow,
  linkRows,
  nodeRows,
  toCsv,
} from '../graph/table-rows.js';
import { h, icon, ICONS } from '../dom/elements.js';

const PAGE = 300;

interface Column<T> {
  key: keyof T & string;
  label: string;
  numeric?: boolean;
  render?: (row: T) => HTMLElement | string;
}

type Tab = 'nodes' | 'links';

export function createDataTable(explorer: Explorer): HTMLElement {
  const { store } = explorer;
  let tab: Tab = 'nodes';
  let sort: { key: string; descending: boolean } = { key: 'partners', descending: true };
  let limit = PAGE;

  const nameButton = (id: string, name: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'entity-link table-name',
        dataset: { node: id },
        onClick: () => void explorer.select(id),
      },
      name,
    );

  const nodeColumns: Column<NodeRow>[] = [
    { key: 'name', label: 'Name', render: (row) => nameButton(row.id, row.name) },
    { key: 'type', label: 'Type' },
    { key: 'kind', label: 'Kind' },
    { key: 'country', label: 'Country' },
    { key: 'partners', label: 'Partners', numeric: true },
    { key: 'links', label: 'Links in view', numeric: true },
  ];
  const linkColumns: Column<LinkRow>[] = [
    { key: 'sourceName', label: 'From', render: (row) => nameButton(row.source, row.sourceName) },
    { key: 'targetName', label: 'To', render: (row) => nameButton(row.target, row.targetName) },
    { key: 'relationship', label: 'Link' },
    { key: 'weight', label: 'Agreements', numeric: true },
    { key: 'kinds', label: 'Kinds' },
    { key: 'firstYear', label: 'Since', numeric: true },
  ];

  const filter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Filter rows…',
    'aria-label': 'Filter the table rows',
  });
  const summary = h('p', { class: 'table-summary muted small', 'aria-live': 'polite' });
  const tabs = (['nodes', 'links'] as const).map((name) =>
    h(
      'button',
      {
        type: 'button',
        class: 'segment',
        'aria-pressed': String(name === tab),
        dataset: { tab: name },
        onClick: () => setTab(name),
      },
      name === 'nodes' ? 'Nodes' : 'Links',
    ),
  );
  const download = h(
    'button',
    { type: 'button', class: 'button subtle', onClick: () => downloadCsv() },
    icon(ICONS.download),
    'CSV',
  );
  const close = h(
    'button',
    {
      type: 'button',
      class: 'icon-button',
      'aria-label': 'Close the data table',
      onClick: () => store.set({ table: false }),
    },
    icon(ICONS.close),
  );
  const table = h('table', { class: 'table' });
  const scroller = h('div', { class: 'table-scroll' }, table);
  const more = h('button', {
    type: 'button',
    class: 'link-button',
    hidden: true,
    onClick: () => ((limit += PAGE), render()),
  });
  const heading = h('h2', { id: 'data-table-title', tabindex: '-1' }, 'Data table');
  const element = h(
    'section',
    { class: 'data-table', id: 'data-table', 'aria-labelledby': 'data-table-title', hidden: true },
    h(
      'div',
      { class: 'table-head' },
      heading,
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Rows' }, tabs),
      filter,
      download,
      summary,
      close,
    ),
    scroller,
    more,
  );

  const setTab = (next: Tab) => {
    tab = next;
    sort = next === 'nodes' ? { key: 'partners', descending: true } : { key: 'weight', descending: true };
    limit = PAGE;
    tabs.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.tab === tab)));
    render();
  };

  const matches = (row: object, needle: string) =>
    !needle ||
    Object.values(row).some((v) =>
      String(v ?? '')
        .toLowerCase()
        .includes(needle),
    );

  function rows(): NodeRow[] | LinkRow[] {
    const { graph, display } = explorer;
    const needle = filter.value.trim().toLowerCase();
    const all: (NodeRow | LinkRow)[] =
      tab === 'nodes' ? nodeRows(graph, display.visibility) : linkRows(graph, display.visibility);
    const kept = all.filter((row) => matches(row, needle));
    const { key, descending } = sort;
    kept.sort((a, b) => {
      const x = (a as unknown as Record<string, unknown>)[key];
      const y = (b as unknown as Record<string, unknown>)[key];
      const order =
        typeof x === 'number' || typeof y === 'number'
          ? Number(x ?? -Infinity) - Number(y ?? -Infinity)
          : String(x ?? '').localeCompare(String(y ?? ''));
      return descending ? -order : order;
    });
    return kept as NodeRow[] | LinkRow[];
  }

  function downloadCsv(): void {
    const current = rows();
    const csv =
      tab === 'nodes' ? toCsv(current as NodeRow[], NODE_CSV_COLUMNS) : toCsv(current as LinkRow[], LINK_CSV_COLUMNS);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = h('a', { href: url, download: `coopgraph-${tab}.csv` });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  function header<T>(columns: Column<T>[]): HTMLElement {
    return h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((column) => {
          const active = sort.key === column.key;
          return h(
            'th',
            {
              scope: 'col',
              'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none',
              class: column.numeric ? 'numeric' : '',
            },
            h(
              'button',
              {
                type: 'button',
                class: 'sort-button',
                onClick: () => {
                  sort = { key: column.key, descending: active ? !sort.descending : !!column.numeric };
                  render();
                },
              },
              column.label,
              active ? (sort.descending ? ' ↓' : ' ↑') : '',
            ),
          );
        }),
      ),
    );
  }

  function render(): void {
    if (element.hidden) return;
    const current = rows();
    const { selected, picked } = store.get();
    const marked = new Set(picked);
    const columns = (tab === 'nodes' ? nodeColumns : linkColumns) as Column<NodeRow | LinkRow>[];
    const body = h(
      'tbody',
      {},
      current.slice(0, limit).map((row) => {
        const ids = 'source' in row ? [row.source, row.target] : [row.id];
        const isSelected = selected !== null && ids.includes(selected);
        return h(
          'tr',
          {
            class: [isSelected ? 'selected' : '', ids.some((id) => marked.has(id)) ? 'picked' : ''].join(' ').trim(),
            'aria-selected': String(isSelected),
            dataset: { row: row.id },
          },
          columns.map((column) => {
            const value = column.render
              ? column.render(row)
              : String((row as unknown as Record<string, unknown>)[column.key] ?? '');
            return h('td', { class: column.numeric ? 'numeric' : '' }, value);
          }),
        );
      }),
    );
    table.replaceChildren(
      h('caption', { class: 'visually-hidden' }, tab === 'nodes' ? 'Nodes drawn now' : 'Links drawn now'),
      header(columns),
      body,
    );
    more.hidden = current.length <= limit;
    more.textContent = `Show ${Math.min(PAGE, current.length - limit)} more of ${current.length.toLocaleString('en')}`;
    summary.textContent = `${current.length.toLocaleString('en')} ${tab === 'nodes' ? 'nodes' : 'links'}${filter.value.trim() ? ' match' : ' in view'}`;
    const row = scroller.querySelector('tr.selected');
    row?.scrollIntoView({ block: 'nearest' });
  }

  filter.addEventListener('input', () => {
    limit = PAGE;
    render();
  });
  store.subscribe((state, previous) => {
    if (state.table !== previous.table) {
      element.hidden = !state.table;
      if (state.table) {
        render();
        heading.focus();
      }
      return;
    }
    if (state.counts !== previous.counts || state.selected !== previous.selected || state.picked !== previous.picked)
      render();
  });
  return element;
}
