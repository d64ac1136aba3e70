/**
 * Reducers
 * ========
 *
 * sigma's nodeReducer/edgeReducer: turn graph data plus the display state into what is drawn. Hidden first (the
 * time window, hidden or unconnected nodes); then, when a path is lit or a node is hovered or selected, the path,
 * the focused node and its neighbours stay lit and everything else is dimmed, not hidden, so the context stays
 * readable. Key nodes (hubs, countries, events) always carry their label; picked nodes are highlighted; the nodes
 * an expansion just added say so in their label.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { STATE_COLORS } from '../graph/style.js';
import type { CoopGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';
import { isEdgeVisible, isNodeVisible } from '../graph/visibility.js';
import type { DisplayState } from './view.js';

/** Up to this many neighbours of a hovered node get their label forced; beyond, the label grid decides. */
const MAX_FORCED_LABELS = 40;

export function createReducers(getGraph: () => CoopGraph, getState: () => DisplayState) {
  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const state = getState();
    if (!isNodeVisible(state.visibility, node) || state.offMap.has(node)) return { ...data, hidden: true };
    const pathActive = state.path.nodes.size > 0;
    // The node whose neighbourhood stays lit while the rest dims: the hovered one (small graphs), else the selected.
    const focus = (state.dimOnHover ? state.hovered : null) ?? state.selected;
    const near = focus === state.hovered ? state.hoveredNeighbours : state.selectedNeighbours;
    const inPath = pathActive && state.path.nodes.has(node);
    const isHovered = node === state.hovered;
    const nearHovered = state.hovered !== null && state.hoveredNeighbours.has(node);
    const isFocus = node === focus;
    const isNear = focus !== null && near.has(node);
    const isPicked = state.picked.has(node);
    const lit = (!pathActive && focus === null) || inPath || isFocus || isNear || isHovered || nearHovered || isPicked;

    const result: Partial<NodeDisplayData> = { ...data, size: data.size * state.sizeScale, zIndex: 1 };
    if (!lit) return { ...result, color: STATE_COLORS.dimmedNode, label: '', zIndex: 0 };
    if (state.labelMode === 'all' || state.keyLabels.has(node)) result.forceLabel = true;
    if (state.fresh.has(node)) Object.assign(result, { label: `${data.label} · new`, forceLabel: true, zIndex: 3 });
    if (isPicked) Object.assign(result, { forceLabel: true, highlighted: true, zIndex: 4 });
    if (isNear || nearHovered) result.zIndex = 2;
    if (nearHovered && state.hoveredNeighbours.size <= MAX_FORCED_LABELS) result.forceLabel = true;
    if (inPath)
      Object.assign(result, {
        forceLabel: true,
        highlighted: true,
        zIndex: 3,
        size: Math.max(data.size * state.sizeScale, 7),
      });
    if (isFocus || isHovered || node === state.selected)
      Object.assign(result, { forceLabel: true, highlighted: true, zIndex: 4 });
    return result;
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const state = getState();
    if (!isEdgeVisible(state.visibility, edge)) return { ...data, hidden: true };
    const pathActive = state.path.nodes.size > 0;
    const focus = (state.dimOnHover ? state.hovered : null) ?? state.selected;
    if (pathActive && state.path.edges.has(edge)) {
      return { ...data, color: STATE_COLORS.pathEdge, size: Math.max(data.size, 4), zIndex: 3 };
    }
    const graph = getGraph();
    if (state.hovered !== null && graph.hasExtremity(edge, state.hovered)) {
      return { ...data, color: STATE_COLORS.highlightEdge, size: Math.max(data.size, 1.5), zIndex: 2 };
    }
    if (focus !== null && graph.hasExtremity(edge, focus)) {
      return { ...data, color: STATE_COLORS.selectedEdge, size: Math.max(data.size, 1.5), zIndex: 2 };
    }
    if (pathActive || focus !== null) return { ...data, color: STATE_COLORS.dimmedEdge, zIndex: 0 };
    return { ...data, zIndex: 1 };
  };

  return { nodeReducer, edgeReducer };
}
