/**
 * Graph events
 * ============
 *
 * Mouse on the graph: hovering a node lights it and its neighbours (and shows a tooltip), hovering an edge
 * tells its agreements, a click selects, a double-click expands the neighbourhood, a click on the background
 * clears the selection. Like sigma's GraphEventsController, it wires sigma's events to callbacks and knows
 * nothing of what they do; the tooltip reads the graph sigma draws. Returns the function that unbinds it all.
 */
import type { MouseCoords } from 'sigma/types';

import { CROSS_BORDER } from '../../core/model.js';
import { humanize, TYPE_LABELS } from '../graph/style.js';
import type { CoopSigma } from '../graph/types.js';
import { h } from '../dom/elements.js';

export interface GraphEventHandlers {
  /** The node under the mouse, or null when it leaves. */
  onHover(node: string | null): void;
  /** `shift`: the shift key was held (pick rather than select). */
  onClickNode(node: string, shift: boolean): void;
  /** `shift`: held (sigma reports a quick second shift-click as a double click: it is a pick, not an expand). */
  onDoubleClickNode(node: string, shift: boolean): void;
  onClickStage(): void;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function bindEvents(sigma: CoopSigma, container: HTMLElement, handlers: GraphEventHandlers): () => void {
  const tooltip = h('div', { class: 'graph-tooltip', role: 'tooltip', hidden: true });
  container.appendChild(tooltip);

  const show = (lines: (string | HTMLElement)[], x: number, y: number) => {
    tooltip.replaceChildren(...lines.map((line) => (typeof line === 'string' ? h('div', {}, line) : line)));
    tooltip.hidden = false;
    const { width, height } = container.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    tooltip.style.left = `${Math.min(x + 14, width - box.width - 8)}px`;
    tooltip.style.top = `${Math.min(y + 14, height - box.height - 8)}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };

  sigma.on('enterNode', ({ node, event }) => {
    handlers.onHover(node);
    container.style.cursor = 'pointer';
    const a = sigma.getGraph().getNodeAttributes(node);
    const kind = a.kind ? ` · ${humanize(a.kind)}` : '';
    const where = a.country && a.entityType !== 'Country' ? ` · ${a.country}` : '';
    // A country of the overview: its institutions, its partner countries, and a double-click opens it.
    const overview = a.institutions !== undefined;
    show(
      [
        h('strong', {}, a.label),
        `${TYPE_LABELS[a.entityType]}${kind}${where}`,
        overview ? plural(a.institutions!, 'institution') : '',
        a.partners > 0
          ? plural(a.partners, overview ? 'partner country' : 'partner', overview ? 'partner countries' : undefined)
          : '',
        h(
          'div',
          { class: 'hint' },
          overview
            ? 'Click: details · double-click: its institutions'
            : 'Click: details · double-click: expand · drag: move · shift-click: pick',
        ),
      ].filter(Boolean),
      event.x,
      event.y,
    );
  });
  sigma.on('leaveNode', () => {
    handlers.onHover(null);
    container.style.cursor = '';
    hide();
  });

  sigma.on('enterEdge', ({ edge, event }) => {
    const graph = sigma.getGraph();
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const lines: (string | HTMLElement)[] = [
      h('strong', {}, `${graph.getNodeAttribute(source, 'label')} — ${graph.getNodeAttribute(target, 'label')}`),
    ];
    if (a.relType === 'COOPERATES_WITH') {
      lines.push(
        a.weight > 0 && !(a.stated && a.kinds.length === 0) ? plural(a.weight, 'agreement') : 'Stated cooperation',
      );
      if (a.kinds.length) lines.push(a.kinds.map(humanize).join(', '));
      if (a.firstYear) lines.push(`Since ${a.firstYear}`);
      if (a.stated && a.kinds.length > 0) lines.push('Also stated in a text');
    } else if (a.relType === CROSS_BORDER) {
      lines.push(`${plural(a.weight, 'cooperation link')} between their institutions`);
    } else {
      lines.push(a.relType.toLowerCase().replace(/_/g, ' '));
    }
    show(lines, event.x, event.y);
    container.style.cursor = 'help';
  });
  sigma.on('leaveEdge', () => {
    hide();
    container.style.cursor = '';
  });

  // A double-click belongs to the node its first click hit. The first click selects, which opens the details panel:
  // the canvas narrows and the node moves from under the pointer, so the second click may land on an edge or the
  // stage. (No clock: the captor already decided it was a double-click, and a busy page delays the second click.)
  let firstClick: string | null = null;
  sigma.on('clickNode', ({ node, event }) => {
    firstClick = node;
    handlers.onClickNode(node, (event.original as MouseEvent).shiftKey === true);
  });
  // A double-tap, or a mouse double-click whose second click still hits the node.
  sigma.on('doubleClickNode', ({ node, event, preventSigmaDefault }) => {
    firstClick = null;
    preventSigmaDefault();
    handlers.onDoubleClickNode(node, (event.original as MouseEvent).shiftKey === true);
  });
  // After sigma's own listener, which found no node under the second click (an edge or the stage instead).
  const onDoubleClick = (coords: MouseCoords) => {
    const node = firstClick;
    firstClick = null;
    if (node === null) return; // on the stage: sigma's zoom
    coords.preventSigmaDefault();
    handlers.onDoubleClickNode(node, (coords.original as MouseEvent).shiftKey === true);
  };
  sigma.getMouseCaptor().on('doubleClick', onDoubleClick);
  sigma.on('clickEdge', () => {
    firstClick = null;
  });
  sigma.on('clickStage', () => {
    firstClick = null;
    handlers.onClickStage();
  });
  const camera = sigma.getCamera();
  camera.on('updated', hide);

  return () => {
    sigma.getMouseCaptor().off('doubleClick', onDoubleClick);
    sigma.removeAllListeners();
    camera.removeListener('updated', hide);
    tooltip.remove();
  };
}
