/**
 * Review panel: one proposal
 * ==========================
 *
 * A proposal as a row of the review list: its type (coloured as on the graph), name, confidence and state; for
 * a relation its two ends; for an entity the existing node it resolved to or the candidates it may be, side by
 * side with what the text says (score and reason), each with a Merge button; and, when it is being edited, a
 * small form (name, type and kind of an entity; type, source and target of a relation).
 */
import { AGREEMENT_KINDS, EVENT_KINDS, INSTITUTION_KINDS, RELATIONSHIP_TYPES } from '../../../core/model.js';
import type { Decision, Proposal } from '../../api/review.js';
import { h } from '../../dom/elements.js';
import { typeColor } from './text-view.js';

const ENTITY_TYPES = ['Institution', 'Person', 'Agreement', 'Event', 'Field'] as const;
const RELATION_TYPES = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONED_IN');
const KINDS: Record<string, readonly string[]> = {
  Institution: INSTITUTION_KINDS,
  Agreement: AGREEMENT_KINDS,
  Event: EVENT_KINDS,
};

export interface ItemActions {
  decide(decision: Decision): void;
  cancelEdit(): void;
  nameOf(ref: string | undefined): string;
  /** Entity proposals of the document, for a relation's ends. */
  entities: readonly Proposal[];
}

const STATE_LABELS: Record<string, string> = {
  pending: 'pending',
  accepted: 'accepted',
  rejected: 'rejected',
  edited: 'edited',
};

function select(name: string, values: readonly string[], current: string, label: string): HTMLSelectElement {
  const element = h('select', { name, 'aria-label': label });
  for (const value of values) element.append(h('option', { value, selected: value === current }, value));
  return element;
}

function editForm(proposal: Proposal, actions: ItemActions): HTMLFormElement {
  const form = h('form', { class: 'review-edit' });
  const fields: HTMLElement[] = [];
  if (proposal.kind === 'entity') {
    const type = proposal.edit?.type ?? proposal.type;
    const name = h('input', { name: 'name', value: proposal.edit?.name ?? proposal.name, 'aria-label': 'Name' });
    const typeSelect = select(
      'type',
      ENTITY_TYPES.includes(type as never) ? ENTITY_TYPES : [type, ...ENTITY_TYPES],
      type,
      'Type',
    );
    const kindSlot = h('span', { class: 'review-kind-slot' });
    const kindFor = (t: string) => {
      const kinds = KINDS[t];
      const kind = String(proposal.edit?.kind ?? proposal.properties.kind ?? 'other');
      kindSlot.replaceChildren(kinds ? select('kind', kinds, kind, 'Kind') : '');
    };
    kindFor(type);
    typeSelect.addEventListener('change', () => kindFor(typeSelect.value));
    fields.push(h('label', {}, 'Name', name), h('label', {}, 'Type', typeSelect), kindSlot);
  } else {
    const ends = actions.entities.map((entity) => entity.id);
    const endSelect = (end: 'source' | 'target') => {
      const current = proposal.edit?.[end] ?? proposal[end] ?? '';
      const element = h('select', { name: end, 'aria-label': end === 'source' ? 'Source' : 'Target' });
      for (const id of ends.includes(current) ? ends : [current, ...ends]) {
        element.append(h('option', { value: id, selected: id === current }, actions.nameOf(id)));
      }
      return element;
    };
    fields.push(
      h('label', {}, 'From', endSelect('source')),
      h('label', {}, 'Type', select('type', RELATION_TYPES, proposal.edit?.type ?? proposal.type, 'Relationship type')),
      h('label', {}, 'To', endSelect('target')),
    );
  }
  form.append(
    ...fields,
    h(
      'div',
      { class: 'review-edit-buttons' },
      h('button', { type: 'submit', class: 'button primary' }, 'Save (Enter)'),
      h('button', { type: 'button', class: 'button subtle', onClick: () => actions.cancelEdit() }, 'Cancel (Esc)'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const decision: Decision = { id: proposal.id, action: 'edit' };
    for (const key of ['name', 'type', 'kind', 'source', 'target'] as const) {
      const value = data.get(key);
      if (typeof value === 'string' && value !== '') decision[key] = value;
    }
    actions.decide(decision);
  });
  form.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') actions.cancelEdit();
  });
  return form;
}

function candidates(proposal: Proposal, actions: ItemActions): HTMLElement | null {
  if (proposal.kind !== 'entity') return null;
  if (proposal.resolvedTo && !proposal.mergeInto) {
    return h(
      'p',
      { class: 'review-resolved' },
      'Is ',
      h('strong', {}, actions.nameOf(proposal.resolvedTo)),
      ' already in the graph',
    );
  }
  const list = proposal.candidates.filter((c) => c.id !== proposal.resolvedTo).slice(0, 3);
  if (list.length === 0 && !proposal.mergeInto) return null;
  return h(
    'div',
    { class: 'review-candidates', 'aria-label': 'Existing nodes it may be' },
    h(
      'div',
      { class: 'review-candidate proposed' },
      h('span', { class: 'muted' }, 'The text says'),
      h('strong', {}, proposal.name),
    ),
    ...list.map((candidate) => {
      const merged = proposal.mergeInto === candidate.id;
      return h(
        'div',
        { class: `review-candidate${merged ? ' merged' : ''}` },
        h('span', { class: 'muted' }, `${Math.round(candidate.score * 100)}% · ${candidate.reason}`),
        h('strong', {}, candidate.name),
        h(
          'button',
          {
            type: 'button',
            class: 'chip-button review-merge',
            disabled: merged || proposal.committed,
            onClick: (event: Event) => {
              event.stopPropagation();
              actions.decide({ id: proposal.id, action: 'merge', into: candidate.id });
            },
          },
          merged ? 'Merged' : 'Merge',
        ),
      );
    }),
  );
}

export function renderItem(proposal: Proposal, current: boolean, editing: boolean, actions: ItemActions): HTMLElement {
  const type = proposal.edit?.type ?? proposal.type;
  const colour = proposal.kind === 'entity' ? typeColor(proposal) : '#475569';
  const title =
    proposal.kind === 'entity'
      ? h('span', { class: 'review-name' }, proposal.edit?.name ?? proposal.name)
      : h(
          'span',
          { class: 'review-name' },
          actions.nameOf(proposal.edit?.source ?? proposal.source),
          h('span', { class: 'review-arrow' }, ` ${type} → `),
          actions.nameOf(proposal.edit?.target ?? proposal.target),
        );
  const item = h(
    'li',
    {
      class: `review-item state-${proposal.state}${current ? ' current' : ''}${proposal.committed ? ' committed' : ''}`,
      dataset: { proposal: proposal.id, state: proposal.state },
      'aria-current': current ? 'true' : undefined,
    },
    h(
      'div',
      { class: 'review-line' },
      h(
        'span',
        { class: 'review-type', style: `--type-color:${colour}` },
        proposal.kind === 'entity' ? type : 'relation',
      ),
      title,
      h('span', { class: 'review-confidence', title: 'Confidence' }, `${Math.round(proposal.confidence * 100)}%`),
      h(
        'span',
        { class: `review-state state-${proposal.state}` },
        proposal.committed ? 'in graph' : proposal.mergeInto ? 'merged' : STATE_LABELS[proposal.state],
      ),
    ),
    current && proposal.evidence[0] ? h('p', { class: 'review-evidence' }, proposal.evidence[0]) : null,
    candidates(proposal, actions),
    editing ? editForm(proposal, actions) : null,
  );
  return item;
}
