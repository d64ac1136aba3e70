/**
 * Review panel
 * ============
 *
 * From text to graph in the explorer (docs/api.md, "Review"): paste or upload a text (plain, Markdown, HTML),
 * see it with the evidence of every proposal highlighted in the colour of its type, and go through the
 * proposals, grouped by sentence and sorted by confidence, with the keyboard: j / k move, a accepts, r rejects,
 * e edits, m merges into the best candidate, u puts back to pending. Decisions show at once and are sent in
 * batches; Commit loads what was accepted into the graph and reloads the network, where it then appears.
 *
 * Writes need the API key: it is asked for here and kept for the tab's session as the explorer's one key
 * (web/api/client.ts), which the read-key prompt shares.
 */
import { type ApiError, isAbort } from '../../api/client.js';
import {
  type Decision,
  type Proposal,
  type ReviewDocument,
  commitReview,
  fetchProposals,
  fetchReviewDocument,
  fetchReviewDocuments,
  sendDecisions,
  storeApiKey,
  storedApiKey,
  submitText,
} from '../../api/review.js';
import type { Explorer } from '../../explorer.js';
import { h } from '../../dom/elements.js';
import type { PanelDefinition } from '../registry.js';
import { renderItem } from './proposal-item.js';
import { renderText } from './text-view.js';
import './review.css';

const FLUSH_DELAY_MS = 700;
const MAX_UPLOAD_BYTES = 2_000_000;

/** Proposals in review order: by sentence, then by confidence (highest first), entities first. */
export function reviewOrder(proposals: readonly Proposal[]): Proposal[] {
  return [...proposals].sort(
    (a, b) =>
      a.sentence - b.sentence || b.confidence - a.confidence || (a.kind === b.kind ? 0 : a.kind === 'entity' ? -1 : 1),
  );
}

/** A decision applied locally, as the server will record it. */
function applied(proposal: Proposal, decision: Decision): Proposal {
  const base = { ...proposal, mergeInto: null, edit: undefined as Proposal['edit'] };
  switch (decision.action) {
    case 'accept':
      return { ...base, state: 'accepted' };
    case 'reject':
      return { ...base, state: 'rejected' };
    case 'reset':
      return { ...base, state: 'pending' };
    case 'merge':
      return { ...base, state: 'accepted', mergeInto: decision.into ?? null };
    case 'edit': {
      const { id: _id, action: _action, into: _into, ...edit } = decision;
      return { ...base, state: 'edited', edit: { ...proposal.edit, ...edit } };
    }
  }
}

function mountReview(container: HTMLElement, explorer: Explorer): () => void {
  let document: ReviewDocument | null = null;
  let proposals: Proposal[] = [];
  let cursor = 0;
  let editing: string | null = null;
  const queued = new Map<string, Decision>();
  let flushTimer: number | null = null;
  let request: AbortController | null = null;

  // --- the key, the text, the documents -------------------------------------------------------------------
  const key = h('input', {
    type: 'password',
    id: 'review-key',
    class: 'text-input',
    autocomplete: 'off',
    placeholder: 'API key for writes',
    value: storedApiKey(),
  });
  key.addEventListener('change', () => storeApiKey(key.value.trim()));
  const apiKey = () => key.value.trim() || storedApiKey();

  const textarea = h('textarea', {
    id: 'review-input',
    class: 'text-input review-input',
    rows: 6,
    placeholder: 'Paste a cooperation page, news item…',
  });
  const owner = h('input', { id: 'review-owner', class: 'text-input', placeholder: 'Page owner (optional; guessed)' });
  const file = h('input', { type: 'file', id: 'review-file', accept: '.txt,.md,.markdown,.html,.htm,text/*' });
  let fileName: string | undefined;
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_UPLOAD_BYTES) {
      status(`${chosen.name} is larger than ${MAX_UPLOAD_BYTES / 1_000_000} MB`, 'error');
      return;
    }
    void chosen.text().then((content) => {
      textarea.value = content;
      fileName = chosen.name;
    });
  });
  const propose = h('button', { type: 'submit', class: 'button primary', id: 'review-propose' }, 'Propose facts');
  const form = h(
    'form',
    { class: 'review-submit' },
    h('label', { for: 'review-key', class: 'review-label' }, 'API key'),
    key,
    h('label', { for: 'review-input', class: 'review-label' }, 'Text'),
    textarea,
    h('div', { class: 'review-row' }, file),
    owner,
    propose,
  );
  const documents = h('select', { id: 'review-documents', class: 'text-input', 'aria-label': 'Submitted documents' });
  documents.addEventListener('change', () => documents.value && void open(documents.value));

  const message = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const status = (text: string, kind: 'info' | 'error' | 'done' = 'info') => {
    message.textContent = text;
    message.dataset.kind = kind;
  };

  // --- the review --------------------------------------------------------------------------------------------
  const counter = h('p', { class: 'review-left', id: 'review-left' });
  const textSlot = h('div', { class: 'review-text-slot' });
  const list = h('ol', {
    class: 'review-list',
    tabindex: 0,
    id: 'review-list',
    'aria-label': 'Proposals: j/k move, a accept, r reject, e edit, m merge, u undo',
  });
  const commit = h('button', { type: 'button', class: 'button primary', id: 'review-commit' }, 'Commit accepted');
  const workspace = h(
    'div',
    { class: 'review-workspace', hidden: true },
    h('div', { class: 'review-head' }, counter, commit),
    textSlot,
    h('p', { class: 'review-keys muted' }, 'Keys: j/k move · a accept · r reject · e edit · m merge · u undo'),
    list,
  );
  container.append(h('div', { class: 'review-panel' }, form, documents, message, workspace));

  const ordered = () => reviewOrder(proposals);
  const byId = () => new Map(proposals.map((p) => [p.id, p]));
  const nameOf = (ref: string | undefined) => {
    if (!ref) return '?';
    const proposal = byId().get(ref);
    if (proposal) return proposal.edit?.name ?? proposal.name;
    const inGraph = explorer.graph.hasNode(ref) ? explorer.graph.getNodeAttribute(ref, 'label') : null;
    return typeof inGraph === 'string' ? inGraph : ref;
  };

  function render(scroll = true): void {
    if (!document) return;
    workspace.hidden = false;
    const order = ordered();
    cursor = Math.max(0, Math.min(cursor, order.length - 1));
    const current = order[cursor] ?? null;
    const left = proposals.filter((p) => p.state === 'pending').length;
    const waiting = proposals.filter((p) => !p.committed && (p.state === 'accepted' || p.state === 'edited')).length;
    counter.textContent = `${left} of ${proposals.length} left to review · ${waiting} to commit`;
    commit.disabled = waiting === 0;
    commit.textContent = waiting > 0 ? `Commit ${waiting} accepted` : 'Commit accepted';
    textSlot.replaceChildren(
      renderText(document.text, proposals, current, (p) => {
        cursor = ordered().findIndex((o) => o.id === p.id);
        render();
      }),
    );
    const actions = {
      decide,
      cancelEdit: () => {
        editing = null;
        render();
        list.focus();
      },
      nameOf,
      entities: order.filter((p) => p.kind === 'entity'),
    };
    const items: HTMLElement[] = [];
    let sentence = -1;
    order.forEach((proposal, index) => {
      if (proposal.sentence !== sentence) {
        sentence = proposal.sentence;
        const range = document!.sentences[sentence];
        const snippet = range ? document!.text.slice(range.start, Math.min(range.end, range.start + 90)) : '';
        const label = h('span', { class: 'muted' }, ` ${snippet}…`);
        items.push(h('li', { class: 'review-sentence' }, `Sentence ${sentence + 1}`, label));
      }
      const item = renderItem(proposal, index === cursor, editing === proposal.id, actions);
      item.addEventListener('click', (event) => {
        // Not inside the edit form: Enter's synthetic click on Save would re-render it away before it submits.
        if ((event.target as Element).closest('.review-edit') || cursor === index) return;
        cursor = index;
        render(false);
      });
      items.push(item);
    });
    list.replaceChildren(...items);
    if (scroll) {
      list.querySelector('.review-item.current')?.scrollIntoView({ block: 'nearest' });
      textSlot.querySelector('.review-mark.current')?.scrollIntoView({ block: 'nearest' });
    }
    const input = list.querySelector<HTMLInputElement>('.review-edit input, .review-edit select');
    input?.focus();
  }

  function decide(decision: Decision): void {
    if (!document) return;
    proposals = proposals.map((p) => (p.id === decision.id ? applied(p, decision) : p));
    queued.set(decision.id, decision);
    editing = null;
    render();
    list.focus();
    if (flushTimer !== null) window.clearTimeout(flushTimer);
    flushTimer = window.setTimeout(() => void flush(), FLUSH_DELAY_MS);
  }

  async function flush(): Promise<boolean> {
    if (flushTimer !== null) window.clearTimeout(flushTimer);
    flushTimer = null;
    if (!document || queued.size === 0) return true;
    const batch = [...queued.values()];
    queued.clear();
    try {
      const answer = await sendDecisions(document.id, batch, apiKey());
      const fresh = new Map(answer.proposals.map((p) => [p.id, p]));
      proposals = proposals.map((p) => (queued.has(p.id) ? p : (fresh.get(p.id) ?? p)));
      status(`${batch.length} decision(s) saved`);
      return true;
    } catch (error) {
      if ((error as ApiError).failure === 'network' || (error as ApiError).failure === 'unavailable') {
        // Not refused, only not delivered: keep them (a newer decision on the same proposal wins) and say so.
        for (const decision of batch) if (!queued.has(decision.id)) queued.set(decision.id, decision);
        status(`Decisions not saved yet: ${(error as Error).message} They are kept; saving again…`, 'error');
        flushTimer = window.setTimeout(() => void flush(), FLUSH_DELAY_MS * 4);
        return false;
      }
      status(`Decisions not saved: ${(error as Error).message}`, 'error');
      await reload();
      return false;
    }
  }

  async function reload(): Promise<void> {
    if (!document) return;
    request?.abort();
    request = new AbortController();
    const [fresh, answer] = await Promise.all([
      fetchReviewDocument(document.id, request.signal),
      fetchProposals(document.id, request.signal),
    ]);
    document = fresh;
    proposals = answer.proposals;
    render(false);
  }

  async function open(id: string): Promise<void> {
    if (!(await flush())) return;
    request?.abort();
    const controller = new AbortController();
    request = controller;
    try {
      const [fresh, answer] = await Promise.all([
        fetchReviewDocument(id, controller.signal),
        fetchProposals(id, controller.signal),
      ]);
      document = fresh;
      proposals = answer.proposals;
      cursor = Math.max(
        0,
        ordered().findIndex((p) => p.state === 'pending'),
      );
      editing = null;
      render();
      list.focus();
    } catch (error) {
      if (!isAbort(error)) status(`The document could not be opened: ${(error as Error).message}`, 'error');
    }
  }

  async function refreshDocuments(selected?: string): Promise<void> {
    try {
      const { documents: all } = await fetchReviewDocuments();
      documents.replaceChildren(
        h('option', { value: '' }, all.length ? `Submitted documents (${all.length})` : 'No document submitted yet'),
        ...all.map((d) =>
          h(
            'option',
            { value: d.id, selected: d.id === selected },
            `${d.name.slice(0, 60)} · ${d.counts.pending} left`,
          ),
        ),
      );
    } catch (error) {
      if (!isAbort(error)) status(`Documents could not be listed: ${(error as Error).message}`, 'error');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value;
    if (text.trim() === '') {
      status('Paste a text or choose a file first.', 'error');
      textarea.focus();
      return;
    }
    propose.disabled = true;
    status('Reading the text…');
    void submitText(
      { text, ...(owner.value.trim() ? { owner: owner.value.trim() } : {}), ...(fileName ? { file: fileName } : {}) },
      apiKey(),
    )
      .then(async (answer) => {
        const again = answer.alreadyDecided > 0 ? `; ${answer.alreadyDecided} already decided, not proposed again` : '';
        status(`${answer.proposed + answer.pending} proposal(s) to review${again}.`, 'done');
        fileName = undefined;
        await refreshDocuments(answer.document.id);
        await open(answer.document.id);
      })
      .catch((error: Error & { field?: string }) => {
        status(`${error.message}`, 'error');
        if (error.field === 'text') textarea.focus();
      })
      .finally(() => {
        propose.disabled = false;
      });
  });

  commit.addEventListener('click', () => void commitNow());
  async function commitNow(): Promise<void> {
    if (!document || !(await flush())) return;
    commit.disabled = true;
    status('Loading the accepted facts into the graph…');
    try {
      const answer = await commitReview(document.id, apiKey());
      const { entities, relations } = answer.committed;
      await reload();
      await refreshDocuments(document.id);
      await explorer.loadNetwork();
      // Said once the network shows it.
      status(
        `In the graph: ${entities} entit${entities === 1 ? 'y' : 'ies'} and ${relations} relation(s) ` +
          `(${answer.nodes.created} node(s) created).`,
        'done',
      );
    } catch (error) {
      status(`Not committed: ${(error as Error).message}`, 'error');
      render(false);
    }
  }

  list.addEventListener('keydown', (event) => {
    if (!document || editing || event.ctrlKey || event.metaKey || event.altKey) return;
    const order = ordered();
    const current = order[cursor];
    const move = (delta: number) => {
      cursor = Math.max(0, Math.min(order.length - 1, cursor + delta));
      render();
    };
    const act: Record<string, () => void> = {
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      a: () => current && decide({ id: current.id, action: 'accept' }),
      r: () => current && decide({ id: current.id, action: 'reject' }),
      u: () => current && decide({ id: current.id, action: 'reset' }),
      e: () => {
        if (!current || current.committed) return;
        editing = current.id;
        render();
      },
      m: () => {
        const best = current?.candidates.find((c) => c.id !== current.resolvedTo) ?? current?.candidates[0];
        if (current && best && current.kind === 'entity') decide({ id: current.id, action: 'merge', into: best.id });
      },
    };
    const handler = act[event.key];
    if (!handler) return;
    event.preventDefault();
    if (current?.committed && 'aruem'.includes(event.key)) {
      status('Already in the graph; change it there.', 'error');
      return;
    }
    handler();
    // Deciding moves on to the next proposal, as a reviewer expects.
    if ('ar'.includes(event.key) && cursor < order.length - 1) move(1);
  });

  void refreshDocuments();
  return () => {
    request?.abort();
    if (flushTimer !== null) void flush();
  };
}

export const reviewPanel: PanelDefinition = {
  id: 'review',
  title: 'Review',
  icon: 'M9 11l3 3l8-8|M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9',
  mount: mountReview,
};
