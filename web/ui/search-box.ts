/**
 * Search box
 * ==========
 *
 * A combobox over GET /api/search (typo-tolerant): type, arrows to move, Enter to choose, Esc to close (a
 * second Esc clears). Debounced, and a newer query aborts the older one so results never arrive out of order.
 * Used by the toolbar (choose = centre and select) and the path finder (choose = an endpoint).
 */
import { isAbort } from '../api/client.js';
import { search } from '../api/search.js';
import type { NodeType, SearchHit } from '../api/types.js';
import { legendKey, nodeColor, TYPE_LABELS } from '../graph/style.js';
import { h, icon, ICONS } from '../dom/elements.js';

export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder: string;
  types?: NodeType[];
  /** Keep the chosen name in the input (path endpoints) or clear it (the main search). */
  keepChoice?: boolean;
  onChoose: (hit: SearchHit) => void;
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

const DEBOUNCE_MS = 140;

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    class: 'search-input',
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', {
    id: listId,
    class: 'search-results',
    role: 'listbox',
    'aria-label': `${options.label} results`,
    hidden: true,
  });
  const status = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const element = h(
    'div',
    { class: 'search-box' },
    h('label', { class: 'visually-hidden', for: options.id }, options.label),
    icon(ICONS.search),
    input,
    list,
    status,
  );

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let request: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((child, i) => child.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      (list.children[index] as HTMLElement).scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (hit: SearchHit) => {
    close();
    input.value = options.keepChoice ? hit.name : '';
    options.onChoose(hit);
  };

  const render = (message?: string) => {
    list.replaceChildren();
    if (message) {
      list.appendChild(h('li', { class: 'search-message', role: 'presentation' }, message));
    }
    hits.forEach((hit, i) => {
      const alias = hit.aliases?.find(
        (a) => a.toLowerCase().includes(input.value.trim().toLowerCase()) && a !== hit.name,
      );
      const option = h(
        'li',
        {
          id: `${options.id}-option-${i}`,
          role: 'option',
          class: 'search-option',
          'aria-selected': 'false',
          onMousedown: (event: MouseEvent) => {
            event.preventDefault(); // Keep focus in the input.
            choose(hit);
          },
          onMousemove: () => setActive(i),
        },
        h('span', {
          class: 'dot',
          style: `background:${nodeColor(hit.type, hit.kind)}`,
          dataset: { key: legendKey(hit.type, hit.kind) },
        }),
        h(
          'span',
          { class: 'option-name' },
          hit.name,
          alias ? h('span', { class: 'option-alias' }, ` (${alias})`) : null,
        ),
        h('span', { class: 'option-type' }, hit.kind ? hit.kind.replace(/-/g, ' ') : TYPE_LABELS[hit.type]),
      );
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = message ?? `${hits.length} result${hits.length === 1 ? '' : 's'}`;
    setActive(hits.length > 0 ? 0 : -1);
  };

  const run = async () => {
    const q = input.value.trim();
    request?.abort();
    if (q.length < 2) {
      hits = [];
      close();
      return;
    }
    const current = new AbortController();
    request = current;
    try {
      const response = await search(q, { types: options.types, limit: 10 }, current.signal);
      if (request !== current) return;
      hits = response.hits;
      render(hits.length === 0 ? `No match for “${q}”` : undefined);
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      render('Search is unavailable right now');
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (list.hidden && hits.length) render();
        else if (hits.length) setActive((active + 1) % hits.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (hits.length) setActive((active - 1 + hits.length) % hits.length);
        break;
      case 'Enter':
        event.preventDefault();
        if (!list.hidden && hits[active]) choose(hits[active]);
        else if (input.value.trim().length >= 2) {
          // Enter before the debounce fired: search now, then take the best hit.
          window.clearTimeout(timer);
          void run().then(() => {
            if (hits[0]) choose(hits[0]);
          });
        }
        break;
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if (input.value) {
          event.preventDefault();
          event.stopPropagation();
          input.value = '';
        }
        break;
      default:
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim().length >= 2) render();
  });

  return {
    element,
    input,
    setValue(text: string) {
      input.value = text;
    },
  };
}
