/**
 * Decisions on proposals
 * ======================
 *
 * accept (as proposed), reject, edit (an entity's name, type or kind; a relation's type or ends), merge (an
 * entity into an existing node: a candidate or any id) and reset (back to pending), for one or many proposals
 * of a document in one transaction. Every decision is checked before any is recorded, and a problem names its
 * place in the request (`decisions[3].kind`). Nothing here touches the graph: commit.ts does, later.
 */
import type { Database } from '../../db/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../core/errors.js';
import type { Decision, Proposal, ReviewState } from '../../../core/contract/review.js';
import { NODE_PROPERTIES, RELATIONSHIP_TYPES, isNodeLabel } from '../../../core/model.js';
import { documentSummary, listProposals } from './queue.js';

/** The labels an entity proposal may be edited to (a Country is merged into, not made up). */
export const EDITABLE_LABELS = ['Institution', 'Person', 'Agreement', 'Event', 'Field'] as const;
/** The relationship types a relation proposal may be edited to; MENTIONED_IN is provenance, not a fact. */
export const EDITABLE_TYPES = RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONED_IN');

const PROPOSAL_ID = /^doc-[0-9a-f]{12}:e-[0-9a-f]{10}$/;

/** `decisions[2].kind: message`, naming the field `decisions[2].kind`. */
const invalid = (field: string, message: string) => new InvalidInputError(`${field}: ${message}`, field);
const missing = (field: string, message: string) => new NotFoundError(`${field}: ${message}`, field);

interface DecisionRow {
  id: string;
  state: ReviewState;
  editJson: string | null;
  mergeInto: string | null;
}

/** Labels of graph nodes by id. */
async function labelsOf(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read('review/node-names', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [String(row.id), String(row.label)]));
}

/** The kinds a label allows, or null when it has none. */
const kindsOf = (label: string): readonly string[] | null =>
  isNodeLabel(label) ? (NODE_PROPERTIES[label].kind?.values ?? null) : null;

function editOf(
  decision: Decision,
  proposal: Proposal,
  at: string,
  proposals: Map<string, Proposal>,
  graph: Map<string, string>,
): NonNullable<Proposal['edit']> {
  const edit: NonNullable<Proposal['edit']> = { ...proposal.edit };
  const given = (['name', 'type', 'kind', 'source', 'target'] as const).filter((key) => decision[key] !== undefined);
  if (given.length === 0) throw invalid(`${at}.action`, 'edit needs name, type, kind, source or target');
  if (proposal.kind === 'entity') {
    for (const key of ['source', 'target'] as const) {
      if (decision[key] !== undefined) throw invalid(`${at}.${key}`, `an entity has no ${key}`);
    }
    if (decision.name !== undefined) {
      if (decision.name.trim() === '') throw invalid(`${at}.name`, `must not be empty`);
      edit.name = decision.name.trim();
    }
    if (decision.type !== undefined) {
      if (!(EDITABLE_LABELS as readonly string[]).includes(decision.type)) {
        throw invalid(`${at}.type`, `must be one of ${EDITABLE_LABELS.join(', ')}`);
      }
      edit.type = decision.type;
    }
    const type = edit.type ?? proposal.type;
    const kinds = kindsOf(type);
    if (decision.kind !== undefined) {
      if (!kinds) throw invalid(`${at}.kind`, `a ${type} has no kind`);
      if (!kinds.includes(decision.kind)) {
        throw invalid(`${at}.kind`, `must be one of ${kinds.join(', ')} for a ${type}`);
      }
      edit.kind = decision.kind;
    } else if (edit.kind && (!kinds || !kinds.includes(edit.kind))) delete edit.kind;
    return edit;
  }
  for (const key of ['name', 'kind'] as const) {
    if (decision[key] !== undefined) throw invalid(`${at}.${key}`, `a relation has no ${key}`);
  }
  if (decision.type !== undefined) {
    if (!(EDITABLE_TYPES as readonly string[]).includes(decision.type)) {
      throw invalid(`${at}.type`, `must be one of ${EDITABLE_TYPES.join(', ')}`);
    }
    edit.type = decision.type;
  }
  for (const key of ['source', 'target'] as const) {
    const end = decision[key];
    if (end === undefined) continue;
    if (PROPOSAL_ID.test(end)) {
      if (proposals.get(end)?.kind !== 'entity') {
        throw missing(`${at}.${key}`, `no entity proposal "${end}" in this document`);
      }
    } else if (!graph.has(end)) {
      throw missing(`${at}.${key}`, `no node with id "${end}" in the graph`);
    }
    edit[key] = end;
  }
  return edit;
}

/** Checks and records the decisions; returns the proposals as they now are. */
export async function decide(db: Database, document: string, decisions: Decision[]): Promise<Proposal[]> {
  await documentSummary(db, document);
  const all = new Map((await listProposals(db, document)).map((proposal) => [proposal.id, proposal]));
  const graphIds = decisions.flatMap((d) => [d.into, d.source, d.target]).filter((id): id is string => !!id);
  const graph = await labelsOf(
    db,
    graphIds.filter((id) => !PROPOSAL_ID.test(id)),
  );

  const seen = new Set<string>();
  const rows: DecisionRow[] = decisions.map((decision, index) => {
    const at = `decisions[${index}]`;
    const proposal = all.get(decision.id);
    if (!proposal) throw missing(`${at}.id`, `no proposal "${decision.id}" in document ${document}`);
    if (seen.has(decision.id)) throw invalid(`${at}.id`, `decided twice in one request`);
    seen.add(decision.id);
    if (proposal.committed) {
      throw new ConflictError(`${at}.id: "${decision.id}" is already in the graph; change it there`, `${at}.id`);
    }
    const row = { id: decision.id, editJson: null, mergeInto: null };
    switch (decision.action) {
      case 'accept':
        return { ...row, state: 'accepted' };
      case 'reject':
        return { ...row, state: 'rejected' };
      case 'reset':
        return { ...row, state: 'pending' };
      case 'edit':
        return { ...row, state: 'edited', editJson: JSON.stringify(editOf(decision, proposal, at, all, graph)) };
      case 'merge': {
        if (proposal.kind !== 'entity') {
          throw invalid(`${at}.action`, `only an entity can be merged into a node`);
        }
        if (!decision.into) throw invalid(`${at}.into`, `merge needs the id of an existing node`);
        const label = graph.get(decision.into);
        if (!label) throw missing(`${at}.into`, `no node with id "${decision.into}" in the graph`);
        const type = proposal.edit?.type ?? proposal.type;
        if (label !== type) {
          throw invalid(`${at}.into`, `"${decision.into}" is a ${label}, this proposal a ${type}`);
        }
        return { ...row, state: 'accepted', mergeInto: decision.into };
      }
    }
  });

  await db.write('review/decide', { rows, document });
  return listProposals(db, document, { ids: rows.map((row) => row.id) });
}
