/**
 * Review panel: the text with its evidence
 * ========================================
 *
 * The document's plain text with every entity proposal's evidence spans highlighted in the colour of its type
 * (the graph's colours), rejected ones struck through, the current proposal's spans outlined and scrolled into
 * view. Overlapping spans (a name nested in a name) keep the outer one; the offsets are the server's, so the
 * highlight is exactly the characters the proposal cites.
 */
import type { NodeType } from '../../../core/contract/common.js';
import { NODE_LABELS } from '../../../core/model.js';
import { nodeColor } from '../../graph/style.js';
import { h } from '../../dom/elements.js';
import type { Proposal } from '../../api/review.js';

interface Mark {
  start: number;
  end: number;
  proposal: Proposal;
}

export function typeColor(proposal: Proposal): string {
  const type = (proposal.edit?.type ?? proposal.type) as NodeType;
  if (!NODE_LABELS.includes(type)) return '#64748b';
  return nodeColor(type, (proposal.edit?.kind ?? proposal.properties.kind) as string | undefined);
}

/** Non-overlapping marks, longest first at equal starts. */
function marksOf(proposals: readonly Proposal[]): Mark[] {
  const all: Mark[] = [];
  for (const proposal of proposals) {
    if (proposal.kind !== 'entity') continue;
    for (const span of proposal.spans) all.push({ start: span.start, end: span.end, proposal });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  let reach = 0;
  for (const mark of all) {
    if (mark.start < reach) continue;
    out.push(mark);
    reach = mark.end;
  }
  return out;
}

export function renderText(
  text: string,
  proposals: readonly Proposal[],
  current: Proposal | null,
  onPick: (proposal: Proposal) => void,
): HTMLElement {
  const view = h('div', { class: 'review-text', 'aria-label': 'The document text with its evidence highlighted' });
  let at = 0;
  // The current proposal's own spans, or for a relation the spans of its two ends.
  const lit = new Set(current ? [current.id, current.source, current.target].filter(Boolean) : []);
  for (const mark of marksOf(proposals)) {
    if (mark.start > at) view.append(text.slice(at, mark.start));
    const isCurrent = lit.has(mark.proposal.id);
    const element = h(
      'mark',
      {
        class: `review-mark state-${mark.proposal.state}${isCurrent ? ' current' : ''}`,
        style: `--type-color:${typeColor(mark.proposal)}`,
        title: `${mark.proposal.edit?.type ?? mark.proposal.type}: ${mark.proposal.edit?.name ?? mark.proposal.name}`,
        dataset: { proposal: mark.proposal.id },
        onClick: () => onPick(mark.proposal),
      },
      text.slice(mark.start, mark.end),
    );
    view.append(element);
    at = mark.end;
  }
  if (at < text.length) view.append(text.slice(at));
  return view;
}
