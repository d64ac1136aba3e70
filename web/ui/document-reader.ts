/**
 * Document reader
 * ===============
 *
 * A source document (GET /api/documents/:id) in a dialog, with the sentence a fact was copied from highlighted
 * and scrolled to. Opened from any quote (a `.read-source` button carrying `data-document` and
 * `data-evidence`: the details panel's, or anyone's) and from a document found by the search. Esc or Close
 * returns to where the user was.
 */
import { fetchEntity } from '../api/entities.js';
import { type Child, h, icon, ICONS } from '../dom/elements.js';

/** Where the evidence is in the text: exactly, else ignoring case and runs of white space. */
export function findEvidence(text: string, evidence: string): { start: number; end: number } | null {
  if (!evidence) return null;
  const exact = text.indexOf(evidence);
  if (exact >= 0) return { start: exact, end: exact + evidence.length };
  const pattern = evidence
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern, 'i').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Paragraphs of the text, with the evidence inside a <mark>. */
function renderText(text: string, span: { start: number; end: number } | null): HTMLElement[] {
  const paragraphs: HTMLElement[] = [];
  let offset = 0;
  for (const part of text.split(/\n\s*\n/)) {
    const start = text.indexOf(part, offset);
    const end = start + part.length;
    offset = end;
    const children: Child[] = [];
    if (span && span.start < end && span.end > start) {
      const a = Math.max(span.start, start) - start;
      const b = Math.min(span.end, end) - start;
      children.push(part.slice(0, a), h('mark', { class: 'evidence-mark' }, part.slice(a, b)), part.slice(b));
    } else {
      children.push(part);
    }
    paragraphs.push(h('p', {}, children));
  }
  return paragraphs;
}

export interface DocumentReader {
  element: HTMLDialogElement;
  open(document: string, evidence?: string | null): Promise<void>;
}

export function createDocumentReader(): DocumentReader {
  const title = h('h2', { id: 'reader-title' }, 'Source document');
  const meta = h('p', { class: 'muted small reader-meta' });
  const body = h('div', { class: 'reader-body', tabindex: '0' });
  const status = h('p', { class: 'muted', role: 'status' });
  const close = h(
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': 'Close the document', onClick: () => element.close() },
    icon(ICONS.close),
  );
  const element = h(
    'dialog',
    { class: 'reader', 'aria-labelledby': 'reader-title' },
    h('header', { class: 'reader-head' }, icon(ICONS.document), title, close),
    meta,
    status,
    body,
  ) as HTMLDialogElement;
  let opener: HTMLElement | null = null;
  element.addEventListener('close', () => opener?.focus());

  const open = async (id: string, evidence: string | null = null) => {
    opener = document.activeElement as HTMLElement | null;
    title.textContent = 'Source document';
    meta.textContent = '';
    body.replaceChildren();
    status.textContent = 'Loading the document…';
    if (!element.open) element.showModal();
    try {
      const detail = await fetchEntity('Document', id);
      const entity = detail.entity as typeof detail.entity & {
        text?: string;
        publishedDate?: string;
        language?: string;
        file?: string;
      };
      title.textContent = entity.name;
      meta.textContent = [entity.publishedDate, entity.language, entity.file].filter(Boolean).join(' · ');
      const text = entity.text ?? '';
      const span = evidence ? findEvidence(text, evidence) : null;
      status.textContent = evidence
        ? span
          ? 'The sentence the fact comes from is highlighted.'
          : 'The quoted sentence was not found in this text.'
        : '';
      body.replaceChildren(
        ...(text ? renderText(text, span) : [h('p', { class: 'muted' }, 'This document has no stored text.')]),
      );
      body.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } catch (error) {
      status.textContent = '';
      body.replaceChildren(
        h(
          'div',
          { class: 'inline-error', role: 'alert' },
          h('p', {}, 'The document could not be loaded. ', (error as Error).message),
        ),
      );
    }
  };

  // Any quote's "Read in the source" button.
  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('.read-source');
    if (!button?.dataset.document) return;
    void open(button.dataset.document, button.dataset.evidence ?? null);
  });
  return { element, open };
}
