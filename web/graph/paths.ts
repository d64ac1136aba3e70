/**
 * Paths on the graph
 * ==================
 *
 * Lays the shortest paths of /api/paths onto the explorer's graph: the nodes and edges to light up, adding those
 * the current view lacks (a path between two universities runs through an agreement, which the default view of
 * institutions and countries does not show). Added items are returned so the overlay can be removed again.
 */
import type { NodeType, PathsResponse } from '../api/types.js';
import { applySizes, curveParallelEdges, nodeAttributes } from './from-payload.js';
import { edgeColor, edgeSize } from './style.js';
import type { CoopGraph } from './types.js';

export interface PathOverlay {
  nodes: Set<string>;
  edges: Set<string>;
  addedNodes: string[];
  addedEdges: string[];
}

export const EMPTY_OVERLAY: PathOverlay = { nodes: new Set(), edges: new Set(), addedNodes: [], addedEdges: [] };

/** The graph edge joining `source` and `target` with the relationship type, in either direction. */
function findEdge(graph: CoopGraph, source: string, target: string, type: string): string | undefined {
  const candidates = [...graph.edges(source, target), ...graph.edges(target, source)];
  return candidates.find((edge) => graph.getEdgeAttribute(edge, 'relType') === type) ?? candidates[0];
}

export function overlayPaths(
  graph: CoopGraph,
  response: PathsResponse,
  place: (id: string, neighbours: string[]) => { x: number; y: number },
): PathOverlay {
  const overlay: PathOverlay = { nodes: new Set(), edges: new Set(), addedNodes: [], addedEdges: [] };
  for (const path of response.paths) {
    path.nodes.forEach((node, i) => {
      overlay.nodes.add(node.id);
      if (graph.hasNode(node.id)) return;
      const neighbours = [path.nodes[i - 1]?.id, path.nodes[i + 1]?.id].filter(
        (id): id is string => id !== undefined && graph.hasNode(id),
      );
      graph.addNode(
        node.id,
        nodeAttributes(
          { id: node.id, type: node.type as NodeType, name: node.name, kind: null, country: null, partners: 0 },
          place(node.id, neighbours),
        ),
      );
      overlay.addedNodes.push(node.id);
    });
    for (const edge of path.edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      let key = findEdge(graph, edge.source, edge.target, edge.type);
      if (!key) {
        key = `path:${edge.source}|${edge.type}|${edge.target}`;
        if (!graph.hasEdge(key)) {
          graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
            relType: edge.type,
            weight: 1,
            kinds: [],
            firstYear: null,
            stated: false,
            size: edgeSize(1),
            color: edgeColor(edge.type, false),
            type: 'line',
          });
          overlay.addedEdges.push(key);
        }
      }
      overlay.edges.add(key);
    }
  }
  if (overlay.addedNodes.length > 0 || overlay.addedEdges.length > 0) {
    applySizes(graph);
    curveParallelEdges(graph);
  }
  return overlay;
}

export function removeOverlay(graph: CoopGraph, overlay: PathOverlay): void {
  for (const edge of overlay.addedEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of overlay.addedNodes) if (graph.hasNode(node)) graph.dropNode(node);
  if (overlay.addedNodes.length > 0 || overlay.addedEdges.length > 0) curveParallelEdges(graph);
}
