/**
 * sigma settings
 * ==============
 *
 * One place for how the graph is drawn: label density (labels only for nodes drawn large enough, on a grid, so
 * a 10k-node view is not a wall of text), curved edges for parallel relationships, events on edges for their
 * tooltips, and camera limits. Big graphs hide edges while the camera moves to stay fluid.
 */
import EdgeCurveProgram from '@sigma/edge-curve';
import type { EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

export const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/** Above this many edges, edges are hidden while panning and zooming. */
export const LARGE_GRAPH_EDGES = 30_000;

export interface Reducers {
  nodeReducer: (node: string, data: NodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: EdgeAttributes) => Partial<EdgeDisplayData>;
}

export function sigmaSettings(
  reducers: Reducers,
  edgeCount: number,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    zIndex: true,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    defaultEdgeType: 'line',
    edgeProgramClasses: { curved: EdgeCurveProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes> },
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '600',
    labelColor: { color: '#1e293b' },
    labelDensity: 0.55,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 8,
    stagePadding: 64,
    minCameraRatio: 0.01,
    maxCameraRatio: 6,
    hideEdgesOnMove: edgeCount > LARGE_GRAPH_EDGES,
    allowInvalidContainer: true,
  };
}
