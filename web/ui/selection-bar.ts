/**
 * Action bar
 * ==========
 *
 * Over the top of the graph, what the user can do about the drawing now: the nodes picked with shift-click or
 * the lasso (hide them, clear), the last expansion's new nodes (collapse, keep), the nodes hidden by hand (show
 * them), undo and redo (also Ctrl+Z / Ctrl+Shift+Z), and a notice about the view (an id in the link that names
 * nothing). Empty parts are not drawn.
 */
import type { Explorer } from '../explorer.js';
import { h } from '../dom/elements.js';

export function createSelectionBar(explorer: Explorer): HTMLElement {
  const { store } = explorer;
  const element = h('div', {
    class: 'action-bar',
    role: 'region',
    'aria-label': 'Actions on the graph',
    'aria-live': 'polite',
  });
  const button = (text: string, onClick: () => void, attrs: Record<string, unknown> = {}) =>
    h('button', { type: 'button', class: 'button subtle', onClick, ...attrs }, text);

  const render = () => {
    const { picked, fresh, history, counts, notice } = store.get();
    const parts: HTMLElement[] = [];
    if (notice) {
      parts.push(
        h(
          'div',
          { class: 'action-group notice', role: 'status' },
          h('span', {}, notice),
          button('Dismiss', () => store.set({ notice: null })),
        ),
      );
    }
    if (fresh) {
      parts.push(
        h(
          'div',
          { class: 'action-group', dataset: { testid: 'fresh' } },
          h('span', {}, `${fresh.count} new around ${fresh.name}`),
          button('Collapse', () => explorer.collapse()),
          button('Keep', () => explorer.keepFresh()),
        ),
      );
    }
    if (picked.length > 0) {
      parts.push(
        h(
          'div',
          { class: 'action-group', dataset: { testid: 'picked' } },
          h('span', {}, `${picked.length} picked`),
          button('Hide', () => explorer.hide()),
          button('Clear', () => explorer.pick([], 'replace')),
        ),
      );
    }
    if (counts && counts.hidden > 0) {
      parts.push(
        h(
          'div',
          { class: 'action-group' },
          h('span', {}, `${counts.hidden} hidden`),
          button('Show them', () => explorer.showHidden()),
        ),
      );
    }
    if (history.undo || history.redo) {
      parts.push(
        h(
          'div',
          { class: 'action-group history' },
          button('Undo', () => explorer.undo(), {
            disabled: !history.undo,
            title: history.undo ? `Undo: ${history.undo} (Ctrl+Z)` : 'Nothing to undo',
            'aria-label': history.undo ? `Undo ${history.undo}` : 'Undo',
          }),
          button('Redo', () => explorer.redo(), {
            disabled: !history.redo,
            title: history.redo ? `Redo: ${history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo',
            'aria-label': history.redo ? `Redo ${history.redo}` : 'Redo',
          }),
        ),
      );
    }
    element.replaceChildren(...parts);
    element.hidden = parts.length === 0;
  };
  render();
  store.subscribe((state, previous) => {
    if (
      state.picked !== previous.picked ||
      state.fresh !== previous.fresh ||
      state.history !== previous.history ||
      state.counts !== previous.counts ||
      state.notice !== previous.notice
    )
      render();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
    event.preventDefault();
    if (event.shiftKey) explorer.redo();
    else explorer.undo();
  });
  return element;
}
