/**
 * "N not on the map"
 * ==================
 *
 * In the map view, the nodes with no place (no country, no city, no placed neighbour) are not drawn (they would
 * pile up at some arbitrary spot); this note lists them by name, and each name selects its node.
 */
import { h } from '../dom/elements.js';
import type { Explorer } from '../explorer.js';

/** Names listed before the rest is summed up as "and N more". */
const MAX_LISTED = 40;

/** The width of the stage (the note's container) from which an open list leaves the map readable. */
const OPEN_FROM_WIDTH = 720;

const wideStage = (element: HTMLElement) => (element.parentElement?.clientWidth ?? 0) >= OPEN_FROM_WIDTH;

export function createOffMapNote(explorer: Explorer): HTMLElement {
  const element = h('details', { class: 'off-map', dataset: { testid: 'off-map' } });
  let shown = false;
  const render = () => {
    const { layout, offMap } = explorer.store.get();
    element.hidden = layout !== 'geo' || offMap.length === 0;
    // A short list starts open the first time it shows, on a stage wide enough that it covers little of the map
    // (on a phone it would hide a third of it); after that the user's choice stands.
    if (!element.hidden && !shown) element.open = offMap.length <= 8 && wideStage(element);
    shown ||= !element.hidden;
    if (element.hidden) return;
    const sorted = [...offMap].sort((a, b) => a.name.localeCompare(b.name));
    const items = sorted.slice(0, MAX_LISTED).map((node) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            dataset: { id: node.id },
            onClick: () => void explorer.select(node.id),
          },
          node.name,
        ),
      ),
    );
    if (sorted.length > MAX_LISTED) items.push(h('li', { class: 'more' }, `and ${sorted.length - MAX_LISTED} more`));
    element.replaceChildren(
      h(
        'summary',
        { title: 'Nodes with no country or city: listed here rather than drawn on the map' },
        `${offMap.length} not on the map`,
      ),
      h('ul', {}, ...items),
    );
  };
  explorer.store.subscribe((state, previous) => {
    if (state.offMap !== previous.offMap || state.layout !== previous.layout) render();
  });
  render();
  return element;
}
