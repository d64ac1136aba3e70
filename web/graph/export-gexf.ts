/**
 * GEXF of the view
 * ================
 *
 * The graph as it is shown (time window applied, positions, colours and sizes as drawn) in GEXF 1.3, for Gephi.
 * graphology-gexf writes it; this only picks what is visible and which attributes travel.
 */
import { write } from 'graphology-gexf/browser';
import Graph from 'graphology';

import type { CoopGraph } from './types.js';
import { type Visibility, isEdgeVisible, isNodeVisible } from './visibility.js';

export function visibleSubgraph(graph: CoopGraph, visibility: Visibility): Graph {
  const out = new Graph({ type: 'mixed', multi: true });
  graph.forEachNode((node, a) => {
    if (!isNodeVisible(visibility, node)) return;
    out.addNode(node, {
      label: a.label,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      entityType: a.entityType,
      kind: a.kind ?? '',
      country: a.country ?? '',
      partners: a.partners,
    });
  });
  graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
    if (!isEdgeVisible(visibility, edge) || !out.hasNode(source) || !out.hasNode(target)) return;
    const attributes = {
      relationship: a.relType,
      weight: a.weight,
      kinds: a.kinds.join(';'),
      firstYear: a.firstYear ?? '',
      stated: a.stated,
      color: a.color,
      size: a.size,
    };
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else out.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}

export function toGexf(graph: CoopGraph, visibility: Visibility): string {
  return write(visibleSubgraph(graph, visibility), { version: '1.3', pretty: true });
}
