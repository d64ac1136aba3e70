/**
 * Status overlay
 * ==============
 *
 * Over the graph: a spinner while loading, a note with a way out when the filters match nothing, and, when the
 * API or the database is down, a clear message with a Retry button. The page is never left blank.
 */
import type { Explorer } from '../explorer.js';
import { getEmptyFilters } from '../state/app-state.js';
import { h, icon, ICONS } from '../dom/elements.js';

export function createStatusOverlay(explorer: Explorer): HTMLElement {
  const { store } = explorer;
  const element = h('div', { class: 'status-overlay', 'data-status': 'loading' });

  const render = () => {
    const { status, counts, years, yearExtent } = store.get();
    element.dataset.status = status.type;
    element.hidden = status.type === 'ready';
    // A year window that leaves nothing on screen says so, with the way back.
    const windowed = years.from !== null || years.to !== null;
    if (status.type === 'ready' && windowed && counts && (counts.edges === 0 || yearExtent === null)) {
      element.hidden = false;
      element.dataset.status = 'empty-window';
      const span =
        years.from !== null && years.to !== null
          ? years.from === years.to
            ? `in ${years.from}`
            : `between ${years.from} and ${years.to}`
          : years.from !== null
            ? `from ${years.from} on`
            : `up to ${years.to}`;
      element.replaceChildren(
        h(
          'div',
          { class: 'status-card', role: 'status' },
          h('h2', {}, 'No partnership in these years'),
          h(
            'p',
            {},
            yearExtent === null
              ? `No link in this view carries a year, so none was signed ${span}.`
              : `Nothing in this view was signed ${span}.`,
          ),
          h(
            'button',
            { type: 'button', class: 'button primary', onClick: () => explorer.setYears(null, null) },
            'All years',
          ),
        ),
      );
      return;
    }
    switch (status.type) {
      case 'loading':
        element.replaceChildren(
          h(
            'div',
            { class: 'status-card', role: 'status' },
            h('div', { class: 'spinner', 'aria-hidden': 'true' }),
            h('p', {}, status.message),
          ),
        );
        break;
      case 'empty':
        element.replaceChildren(
          h(
            'div',
            { class: 'status-card', role: 'status' },
            h('h2', {}, 'Nothing matches these filters'),
            h('p', {}, 'No entity or partnership fits the current filters. Widen them or start again.'),
            h(
              'button',
              {
                type: 'button',
                class: 'button primary',
                onClick: () => {
                  store.set({ filters: getEmptyFilters(), years: { from: null, to: null } });
                  void explorer.loadNetwork();
                },
              },
              'Reset filters',
            ),
          ),
        );
        break;
      case 'error':
        element.replaceChildren(
          h(
            'div',
            { class: 'status-card error', role: 'alert' },
            h('h2', {}, status.message),
            h('p', { class: 'detail' }, status.detail),
            h(
              'button',
              { type: 'button', class: 'button primary', onClick: () => void explorer.loadNetwork() },
              icon(ICONS.retry),
              'Retry',
            ),
          ),
        );
        break;
      default:
        element.replaceChildren();
    }
  };
  render();
  store.subscribe((state, previous) => {
    if (state.status !== previous.status || state.counts !== previous.counts || state.years !== previous.years)
      render();
  });
  return element;
}
