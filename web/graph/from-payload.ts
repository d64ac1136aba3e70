/**
 * From API payload to graphology
 * ==============================
 *
 * Builds (or grows) the explorer's graph from the `{ nodes, edges }` payload of /api/network and
 * /api/neighborhood. One multigraph: several relationship types may join the same pair (COOPERATES_WITH and
 * MEMBER_OF, say), and those parallel edges are drawn curved so each stays visible. Several agreements between
 * one pair are already one COOPERATES_WITH edge (the API aggregates them): its `weight` is the count and
 * `kinds` the agreement kinds, shown by thickness and tooltip.
 */
import Graph from 'graphology';

import type { GraphEdge, GraphNode } from '../api/types.js';
import { edgeColor, edgeSize, nodeColor, nodeSize } from './style.js';
import { seedPosition } from './seed-positions.js';
import type { CoopGraph, EdgeAttributes, NodeAttributes } from './types.js';

/** A node of a payload: the countries overview's also say how many institutions they hold. */
export type PayloadNode = GraphNode & { institutions?: number };

export interface PayloadLike {
  nodes: PayloadNode[];
  edges: GraphEdge[];
}

export interface MergeOptions {
  /** Where a new node starts; defaults to its seeded position. */
  place?: (node: GraphNode, graph: CoopGraph) => { x: number; y: number };
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** Relationship types without direction, drawn as undirected edges. */
const UNDIRECTED = new Set(['COOPERATES_WITH']);

export function createGraph(): CoopGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
}

export function nodeAttributes(node: PayloadNode, position: { x: number; y: number }): NodeAttributes {
  return {
    label: node.name,
    entityType: node.type,
    kind: node.kind ?? null,
    country: node.country ?? null,
    partners: node.partners ?? 0,
    ...(node.institutions === undefined ? {} : { institutions: node.institutions }),
    x: position.x,
    y: position.y,
    size: 1,
    color: nodeColor(node.type, node.kind),
  };
}

export function edgeAttributes(edge: GraphEdge): EdgeAttributes {
  const weight = edge.weight ?? 1;
  return {
    relType: edge.type,
    weight,
    kinds: edge.kinds ?? [],
    firstYear: edge.firstYear ?? null,
    stated: edge.stated ?? false,
    size: edgeSize(weight, edge.type),
    color: edgeColor(edge.type, edge.stated ?? false),
    type: 'line',
  };
}

/** Adds the payload's nodes and edges that the graph lacks; existing nodes keep their position. */
export function mergePayload(graph: CoopGraph, payload: PayloadLike, options: MergeOptions = {}): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, { partners: node.partners ?? 0, label: node.name });
      continue;
    }
    const position = options.place?.(node, graph) ?? seedPosition(node.id, node.country, node.type === 'Country');
    graph.addNode(node.id, nodeAttributes(node, position));
    addedNodes.push(node.id);
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.id)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    const attributes = edgeAttributes(edge);
    if (UNDIRECTED.has(edge.type)) graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    addedEdges.push(edge.id);
  }
  if (addedNodes.length > 0 || addedEdges.length > 0) {
    applySizes(graph);
    curveParallelEdges(graph);
  }
  return { addedNodes, addedEdges };
}

export function graphFromPayload(payload: PayloadLike, options: MergeOptions = {}): CoopGraph {
  const graph = createGraph();
  mergePayload(graph, payload, options);
  return graph;
}

/**
 * Node sizes relative to the best-connected node of the graph: institutions and countries by their partners (the
 * overview's countries by their institutions), events and agreements (which have none) by their ties in view, with
 * a floor so that they have presence.
 */
export function applySizes(graph: CoopGraph): void {
  let max = 0;
  graph.forEachNode((node, attributes) => {
    max = Math.max(max, sizeWeight(graph, node, attributes));
  });
  // No `attributes: ['size']` hint: sigma would then repaint without re-indexing, which throws for nodes added
  // since its last render (an expansion, a path overlay).
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    size: Math.max(PRESENCE[attributes.entityType] ?? 0, nodeSize(sizeWeight(graph, node, attributes), max)),
  }));
}

/** The smallest size of the node types that stand for a whole text or a signed deal. */
const PRESENCE: Partial<Record<NodeAttributes['entityType'], number>> = { Event: 9, Agreement: 6 };

function sizeWeight(graph: CoopGraph, node: string, attributes: NodeAttributes): number {
  // A country of the overview is as large as its institutions; elsewhere, as its partners.
  if (attributes.institutions !== undefined) return attributes.institutions;
  if (attributes.entityType === 'Institution' || attributes.entityType === 'Country') return attributes.partners;
  return graph.degree(node);
}

/** Curvature step between two parallel edges (sigma's edge-curve units). */
const CURVATURE_STEP = 0.35;

/**
 * Parallel edges (several relationships between one pair, in either direction) become curves fanned out
 * symmetrically; the rest stay straight lines, cheaper to draw. The sign follows the edge's direction so that two
 * edges drawn in opposite directions still bend apart. DOM-free (unlike @sigma/edge-curve's index helper), so it
 * runs in tests and workers.
 */
export function curveParallelEdges(graph: CoopGraph): void {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  for (const edges of groups.values()) {
    if (edges.length === 1) {
      if (graph.getEdgeAttribute(edges[0], 'type') !== 'line')
        graph.mergeEdgeAttributes(edges[0], { type: 'line', curvature: 0 });
      continue;
    }
    edges.sort();
    edges.forEach((edge, i) => {
      const [source, target] = graph.extremities(edge);
      const sign = source < target ? 1 : -1;
      graph.mergeEdgeAttributes(edge, {
        type: 'curved',
        curvature: sign * CURVATURE_STEP * (i - (edges.length - 1) / 2),
      });
    });
  }
}

/** Removes the given nodes (and their edges): undoing an expansion or a path overlay. */
export function removeNodes(graph: CoopGraph, nodes: Iterable<string>): void {
  for (const node of nodes) if (graph.hasNode(node)) graph.dropNode(node);
  curveParallelEdges(graph);
}
