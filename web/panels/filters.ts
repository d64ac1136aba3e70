/**
 * Filters panel
 * =============
 *
 * Entity types, countries, agreement kinds and fields: server-side filters, so a change re-queries
 * /api/network (debounced) and the counts follow. The year window is the time slider's (client-side).
 */
import { AGREEMENT_KINDS } from '../../core/model.js';
import { NETWORK_TYPES, type NodeType } from '../api/types.js';
import type { Explorer } from '../explorer.js';
import { humanize, INSTITUTION_FAMILIES, TYPE_COLORS, TYPE_LABELS } from '../graph/style.js';
import { activeFilterCount, getEmptyFilters } from '../state/app-state.js';
import { h, ICONS } from '../dom/elements.js';
import type { PanelDefinition } from './registry.js';

const APPLY_DELAY_MS = 350;
const sentence = (text: string) => {
  const words = humanize(text);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function typeColor(type: NodeType): string {
  return type === 'Institution' ? INSTITUTION_FAMILIES[0].color : TYPE_COLORS[type];
}

function mountFilters(container: HTMLElement, explorer: Explorer): () => void {
  const { store } = explorer;
  let timer: number | undefined;

  const apply = (change: (filters: ReturnType<typeof getEmptyFilters>) => void) => {
    const filters = structuredClone(store.get().filters);
    change(filters);
    // A filter narrows the institutions: from the countries overview (which reads none), it leads to them.
    store.set(store.get().view === 'countries' ? { filters, view: 'auto' } : { filters });
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void explorer.loadNetwork(), APPLY_DELAY_MS);
  };

  const checkbox = (
    name: string,
    value: string,
    label: string,
    checked: boolean,
    color: string | null,
    onChange: (on: boolean) => void,
  ) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name,
        value,
        checked,
        onChange: (event: Event) => onChange((event.target as HTMLInputElement).checked),
      }),
      color ? h('span', { class: 'dot', style: `background:${color}` }) : null,
      h('span', {}, label),
    );

  const typesGroup = h('div', { class: 'check-grid' });
  const kindsGroup = h('div', { class: 'check-list' });
  const countryChips = h('div', { class: 'chips' });
  const countryList = h('div', { class: 'check-list scroll', role: 'group', 'aria-label': 'Countries' });
  const countryFilter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Filter countries…',
    'aria-label': 'Filter the country list',
  });
  const fieldList = h('div', { class: 'check-list scroll', role: 'group', 'aria-label': 'Fields' });
  const fieldFilter = h('input', {
    type: 'search',
    class: 'text-input',
    placeholder: 'Filter fields…',
    'aria-label': 'Filter the field list',
  });
  const summary = h('p', { class: 'filter-summary', 'aria-live': 'polite' });
  // "Located in" keeps the countries' own nodes; "works with" adds everything linked to them.
  const modeButton = (mode: 'located' | 'partners', text: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'segment',
        dataset: { mode },
        onClick: () => {
          apply((f) => (f.countryMode = mode));
          renderMode();
        },
      },
      text,
    );
  const modeButtons = [modeButton('located', 'Located in'), modeButton('partners', 'Works with')];
  const countryMode = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Country filter' }, modeButtons);
  const renderMode = () => {
    const mode = store.get().filters.countryMode ?? 'located';
    for (const button of modeButtons) button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
  };
  renderMode();
  const reset = h(
    'button',
    {
      type: 'button',
      class: 'button subtle',
      onClick: () => {
        store.set({ filters: getEmptyFilters() });
        render();
        void explorer.loadNetwork();
      },
    },
    'Reset filters',
  );

  const renderCountries = () => {
    const { countries } = store.get().filters;
    const needle = countryFilter.value.trim().toLowerCase();
    countryChips.replaceChildren(
      ...countries.map((code) =>
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            'aria-label': `Remove country filter ${code}`,
            onClick: () => {
              apply((f) => (f.countries = f.countries.filter((c) => c !== code)));
              renderCountries();
            },
          },
          explorer.reference.countries.find((c) => c.code === code)?.name ?? code,
          ' ×',
        ),
      ),
    );
    const options = explorer.reference.countries.filter(
      (c) => !needle || c.name.toLowerCase().includes(needle) || c.code.toLowerCase() === needle,
    );
    countryList.replaceChildren(
      ...(options.length
        ? options.map((c) =>
            checkbox('country', c.code, c.name, countries.includes(c.code), null, (on) => {
              apply((f) => (f.countries = on ? [...f.countries, c.code] : f.countries.filter((x) => x !== c.code)));
              renderCountries();
            }),
          )
        : [
            h(
              'p',
              { class: 'muted' },
              explorer.reference.countries.length ? 'No country matches.' : 'Loading countries…',
            ),
          ]),
    );
  };

  const renderFields = () => {
    const { fields } = store.get().filters;
    const needle = fieldFilter.value.trim().toLowerCase();
    const options = explorer.reference.fields.filter((f) => !needle || f.name.toLowerCase().includes(needle));
    fieldList.replaceChildren(
      ...(options.length
        ? options.map((f) =>
            checkbox('field', f.id, f.name, fields.includes(f.id), null, (on) =>
              apply((x) => (x.fields = on ? [...x.fields, f.id] : x.fields.filter((id) => id !== f.id))),
            ),
          )
        : [h('p', { class: 'muted' }, explorer.reference.fields.length ? 'No field matches.' : 'No fields loaded.')]),
    );
  };

  const render = () => {
    const { filters } = store.get();
    typesGroup.replaceChildren(
      ...NETWORK_TYPES.map((type) =>
        checkbox('type', type, TYPE_LABELS[type], filters.types.includes(type), typeColor(type), (on) =>
          apply((f) => {
            const next = on ? [...f.types, type] : f.types.filter((t) => t !== type);
            f.types = NETWORK_TYPES.filter((t) => next.includes(t));
          }),
        ),
      ),
    );
    kindsGroup.replaceChildren(
      ...AGREEMENT_KINDS.map((kind) =>
        checkbox('kind', kind, sentence(kind), filters.kinds.includes(kind), null, (on) =>
          apply((f) => (f.kinds = on ? [...f.kinds, kind] : f.kinds.filter((k) => k !== kind))),
        ),
      ),
    );
    renderCountries();
    renderFields();
  };

  const renderSummary = () => {
    const { counts, filters, overview } = store.get();
    const active = activeFilterCount(filters);
    if (overview) {
      // The overview reads no filter: say so, and what choosing one does.
      summary.textContent = `The countries overview: ${overview.countries.toLocaleString('en')} countries. A filter below opens the institutions it selects.`;
    } else {
      summary.textContent = counts
        ? `${counts.nodes.toLocaleString('en')} nodes and ${counts.edges.toLocaleString('en')} links shown${active ? `, ${active} filter${active === 1 ? '' : 's'} on` : ''}.`
        : '';
    }
    reset.hidden = active === 0;
  };

  countryFilter.addEventListener('input', renderCountries);
  fieldFilter.addEventListener('input', renderFields);

  container.append(
    h('div', { class: 'panel-head' }, h('h2', {}, 'Filters'), reset),
    summary,
    h('fieldset', { class: 'group' }, h('legend', {}, 'Show'), typesGroup),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, 'Countries'),
      countryMode,
      countryChips,
      countryFilter,
      countryList,
    ),
    h('fieldset', { class: 'group' }, h('legend', {}, 'Agreement kinds'), kindsGroup),
    h('fieldset', { class: 'group' }, h('legend', {}, 'Fields'), fieldFilter, fieldList),
    h('p', { class: 'muted small' }, 'Years: use the time slider under the graph.'),
  );
  render();
  renderSummary();
  void explorer.loadReference().then(render);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.counts !== previous.counts || state.filters !== previous.filters || state.overview !== previous.overview)
      renderSummary();
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
  };
}

export const filtersPanel: PanelDefinition = {
  id: 'filters',
  title: 'Filters',
  icon: ICONS.filter,
  mount: mountFilters,
};
