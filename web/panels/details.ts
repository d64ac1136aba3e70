/**
 * Details panel
 * =============
 *
 * The selected entity: attributes, partners, agreements, people, fields and other relations, each fact with its
 * provenance (the document and the evidence span copied from it), from GET /api/<type>/:id and, for
 * institutions and countries, GET /api/partners/:id. Names are buttons that select that entity, so the panel can
 * be walked with the keyboard (Tab, Enter; Esc closes).
 */
import { isAbort } from '../api/client.js';
import { fetchEntity, fetchPartners } from '../api/entities.js';
import type { EntityDetail, NodeType, PartnersResponse, Provenance } from '../api/types.js';
import type { Explorer } from '../explorer.js';
import { humanize, nodeColor, TYPE_LABELS } from '../graph/style.js';
import { type Child, h, icon, ICONS } from '../dom/elements.js';

const LIST_PREVIEW = 12;

const ATTRIBUTE_LABELS: Record<string, string> = {
  kind: 'Kind',
  code: 'ISO code',
  country: 'Country',
  city: 'City',
  region: 'Region',
  subregion: 'Subregion',
  startYear: 'Start year',
  endYear: 'End year',
  status: 'Status',
  startDate: 'Start',
  endDate: 'End',
  publishedDate: 'Published',
  website: 'Website',
  language: 'Language',
};

function quote(p: Provenance): HTMLElement {
  return h(
    'blockquote',
    { class: 'evidence' },
    h('p', {}, `“${p.evidence}”`),
    h(
      'cite',
      {},
      p.documentName ?? p.document,
      // ui/document-reader.ts opens the document with this sentence highlighted.
      h(
        'button',
        { type: 'button', class: 'link-button read-source', dataset: { document: p.document, evidence: p.evidence } },
        'Read in the source',
      ),
    ),
  );
}

function provenanceList(items: Provenance[] | undefined): Child {
  if (!items || items.length === 0) return null;
  const list = h('div', { class: 'provenance' }, items.slice(0, 3).map(quote));
  if (items.length > 3) {
    const more = h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onClick: () => {
          more.replaceWith(...items.slice(3).map(quote));
        },
      },
      `Show ${items.length - 3} more source${items.length - 3 === 1 ? '' : 's'}`,
    );
    list.appendChild(more);
  }
  return list;
}

/** A fact no span states: the reason it holds, shown as such (docs/data-model.md, "Inferred facts"). */
function inferredNote(reason: unknown): Child {
  return typeof reason === 'string' && reason ? h('p', { class: 'muted inferred' }, `Inferred: ${reason}`) : null;
}

/** "4 direct, 14 through Faculty of ..., 3 through an alliance". */
export function partnerSummary(partners: PartnersResponse): string {
  const parts = [`${partners.counts.direct} direct`];
  for (const via of partners.through) parts.push(`${via.partners} through ${via.name}`);
  return parts.join(', ');
}

function tieLabel(p: PartnersResponse['partners'][number]): string {
  if (p.tie === 'direct') return '';
  const names = p.via.map((v) => v.name).join(', ');
  if (p.tie === 'alliance')
    return p.via.some((v) => v.id === p.partner.id) ? ' · member' : ` · through the alliance ${names}`;
  return ` · via ${names}`;
}

function section(title: string, count: number | null, ...children: Child[]): HTMLElement {
  const id = `details-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return h(
    'section',
    { class: 'details-section', 'aria-labelledby': id },
    h('h3', { id }, title, count !== null ? h('span', { class: 'count' }, String(count)) : null),
    ...children,
  );
}

/** A list that shows its first items and a button for the rest. */
function previewList(items: HTMLElement[]): HTMLElement {
  const list = h('ul', { class: 'fact-list' }, items.slice(0, LIST_PREVIEW));
  if (items.length <= LIST_PREVIEW) return list;
  const more = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      onClick: () => {
        list.append(...items.slice(LIST_PREVIEW));
        more.remove();
      },
    },
    `Show all ${items.length}`,
  );
  return h('div', {}, list, more);
}

export function createDetailsPanel(explorer: Explorer): HTMLElement {
  const body = h('div', { class: 'details-body' });
  const panel = h(
    'aside',
    { class: 'details-panel', 'aria-label': 'Details of the selected entity', hidden: true, tabindex: '-1' },
    body,
  );
  let request: AbortController | null = null;

  const entityButton = (id: string, name: string, type: NodeType, kind?: string | null) =>
    h(
      'button',
      { type: 'button', class: 'entity-link', onClick: () => void explorer.select(id) },
      h('span', { class: 'dot', style: `background:${nodeColor(type, kind)}` }),
      name,
    );

  const close = () => void explorer.select(null);

  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  const header = (
    id: string,
    type: NodeType,
    name: string,
    kind: string | null | undefined,
    loading: boolean,
  ): HTMLElement => {
    const state = explorer.store.get();
    return h(
      'header',
      { class: 'details-header' },
      h(
        'div',
        { class: 'details-type' },
        h('span', { class: 'dot', style: `background:${nodeColor(type, kind)}` }),
        TYPE_LABELS[type],
        kind ? ` · ${humanize(kind)}` : '',
        h(
          'button',
          { type: 'button', class: 'icon-button close', 'aria-label': 'Close details', onClick: close },
          icon(ICONS.close),
        ),
      ),
      h('h2', { id: 'details-title' }, name),
      h(
        'div',
        { class: 'details-actions' },
        h(
          'button',
          { type: 'button', class: 'chip-button', onClick: () => explorer.centre(id) },
          icon(ICONS.target),
          'Centre',
        ),
        h(
          'button',
          { type: 'button', class: 'chip-button', onClick: () => void explorer.expand(id).catch(() => undefined) },
          icon(ICONS.expand),
          // In the countries overview, expanding a country opens its institutions (Explorer.expand).
          state.overview && type === 'Country' ? 'Its institutions' : 'Expand',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'chip-button',
            onClick: () => {
              explorer.setPathEndpoint(state.path.from ? 'to' : 'from', { id, name, type });
              explorer.store.set({ panel: 'paths' });
            },
          },
          icon(ICONS.route),
          state.path.from && state.path.from.id !== id ? 'Path to here' : 'Path from here',
        ),
      ),
      loading ? h('p', { class: 'muted loading-line', role: 'status' }, 'Loading details…') : null,
    );
  };

  const renderDetail = (detail: EntityDetail, partners: PartnersResponse | null) => {
    const { entity } = detail;
    const kind = (entity.kind as string | undefined) ?? null;
    const content: Child[] = [header(entity.id, entity.type, entity.name, kind, false)];

    if (entity.aliases?.length)
      content.push(h('p', { class: 'aliases' }, 'Also known as ', entity.aliases.join(' · ')));
    if (typeof entity.description === 'string' && entity.description)
      content.push(h('p', { class: 'description' }, entity.description));

    const attributes: HTMLElement[] = [];
    for (const [key, label] of Object.entries(ATTRIBUTE_LABELS)) {
      const value = (entity as Record<string, unknown>)[key];
      if (value === undefined || value === null || value === '' || key === 'kind') continue;
      if (key === 'country' && entity.type === 'Country') continue;
      let text = String(value);
      if (key === 'country' && entity.type !== 'Country') {
        const country = explorer.reference.countries.find((c) => c.code === text);
        if (country) text = `${country.name} (${text})`;
      }
      attributes.push(
        h('dt', {}, label),
        h(
          'dd',
          {},
          key === 'website' && /^https?:\/\//.test(text)
            ? h('a', { href: text, target: '_blank', rel: 'noopener noreferrer' }, text)
            : text,
        ),
      );
    }
    const quantities = entity.quantities as string[] | undefined;
    if (quantities?.length) attributes.push(h('dt', {}, 'Figures'), h('dd', {}, quantities.join('; ')));
    if (attributes.length) content.push(section('Attributes', null, h('dl', { class: 'attributes' }, attributes)));

    if (detail.provenance.length)
      content.push(section('Sources', detail.provenance.length, provenanceList(detail.provenance) ?? ''));

    if (partners && partners.partners.length) {
      const items = partners.partners.map((p) =>
        h(
          'li',
          { class: 'fact' },
          h(
            'div',
            { class: 'fact-head' },
            entityButton(p.partner.id, p.partner.name, p.partner.type, p.partner.kind),
            h('span', { class: 'fact-meta' }, [
              p.weight
                ? `${p.weight} agreement${p.weight === 1 ? '' : 's'}`
                : p.tie === 'alliance'
                  ? 'membership'
                  : 'stated',
              p.firstYear ? ` · since ${p.firstYear}` : '',
              tieLabel(p),
            ]),
          ),
          p.kinds.length
            ? h(
                'div',
                { class: 'tags' },
                p.kinds.map((k) => h('span', { class: 'tag' }, humanize(k))),
              )
            : null,
          p.agreements.length
            ? h(
                'ul',
                { class: 'sub-list' },
                p.agreements.map((a) =>
                  h(
                    'li',
                    {},
                    entityButton(a.id, a.name, 'Agreement'),
                    h('span', { class: 'fact-meta' }, a.startYear ? ` ${a.startYear}` : ''),
                  ),
                ),
              )
            : null,
          provenanceList(p.evidence),
        ),
      );
      const summary = partners.through.length
        ? h('p', { class: 'muted partner-summary' }, partnerSummary(partners))
        : null;
      content.push(section('Partners', partners.total, summary, previewList(items)));
    }

    const groups: [string, (type: NodeType) => boolean][] = [
      ['Agreements', (t) => t === 'Agreement'],
      ['People', (t) => t === 'Person'],
      ['Institutions', (t) => t === 'Institution'],
      ['Countries', (t) => t === 'Country'],
      ['Fields', (t) => t === 'Field'],
      ['Events', (t) => t === 'Event'],
    ];
    for (const [title, test] of groups) {
      const related = detail.related.filter((r) => test(r.node.type) && r.relationship.type !== 'COOPERATES_WITH');
      if (related.length === 0) continue;
      const items = related.map((r) => {
        const rel = r.relationship;
        const qualifier = [rel.role, rel.title].filter((v) => typeof v === 'string' && v).join(', ');
        return h(
          'li',
          { class: 'fact' },
          h(
            'div',
            { class: 'fact-head' },
            entityButton(r.node.id, r.node.name, r.node.type, r.node.kind),
            h('span', { class: 'fact-meta' }, humanize(rel.type) + (qualifier ? ` (${qualifier})` : '')),
          ),
          provenanceList(r.provenance),
          inferredNote((rel as Record<string, unknown>).inferred),
        );
      });
      content.push(section(title, related.length, previewList(items)));
    }
    body.replaceChildren(...content.flat().filter((c): c is HTMLElement => c instanceof HTMLElement));
  };

  const load = async (id: string) => {
    request?.abort();
    const current = new AbortController();
    request = current;
    const graph = explorer.graph;
    const type: NodeType = graph.hasNode(id) ? graph.getNodeAttribute(id, 'entityType') : 'Institution';
    const name = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
    const kind = graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : null;
    body.replaceChildren(header(id, type, name, kind, true));
    panel.hidden = false;
    try {
      const wantsPartners = type === 'Institution' || type === 'Country';
      const [detail, partners] = await Promise.all([
        fetchEntity(type, id, current.signal),
        wantsPartners ? fetchPartners(id, current.signal).catch(() => null) : Promise.resolve(null),
      ]);
      if (request !== current) return;
      renderDetail(detail, partners);
    } catch (error) {
      if (isAbort(error)) return;
      body.replaceChildren(
        header(id, type, name, kind, false),
        h(
          'div',
          { class: 'inline-error', role: 'alert' },
          h('p', {}, 'The details could not be loaded. ', (error as Error).message),
          h('button', { type: 'button', class: 'button', onClick: () => void load(id) }, icon(ICONS.retry), 'Retry'),
        ),
      );
    }
  };

  // What is shown is compared with the selection, not the previous state: a selection restored from a link is
  // in the state from the start, and is shown once the graph holds the node (its type decides the endpoint).
  let shown: string | null = null;
  explorer.store.subscribe((state) => {
    if (state.selected === shown) return;
    if (state.selected === null) {
      shown = null;
      request?.abort();
      panel.hidden = true;
      body.replaceChildren();
      return;
    }
    if (!explorer.graph.hasNode(state.selected)) return;
    shown = state.selected;
    void load(state.selected);
  });

  return panel;
}
