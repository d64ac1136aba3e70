/**
 * GEXF of the view
 * ================
 *
 * The graph as it is shown (time window and hidden nodes applied, positions, colours and sizes as drawn) in
 * GEXF 1.2, which Gephi and networkx both read (networkx knows no 1.3): colours as `r g b` (and `a`) on
 * viz:color, never only `hex`. graphology-gexf writes it; this only picks what is visible and which attributes
 * travel.
 */
import { write } from 'graphology-gexf/browser';
import Graph from 'graphology';

import type { CoopGraph } from './types.js';
import { type Visibility, isEdgeVisible, isNodeVisible } from './visibility.js';

export function visibleSubgraph(graph: CoopGraph, visibility: Visibility): Graph {
  // Undirected, as networkx reads no mixed graph: a structural link keeps its direction as source → target in
  // the file and its type in `relationship`.
  const out = new Graph({ type: 'undirected', multi: true });
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
  graph.forEachEdge((edge, a, source, target) => {
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
    out.addUndirectedEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}

/** The viz namespace of GEXF 1.2 (gexf.net's 1.2draft schema). */
export const GEXF_12_VIZ = 'http://www.gexf.net/1.2draft/viz';

export function toGexf(graph: CoopGraph, visibility: Visibility): string {
  const xml = write(visibleSubgraph(graph, visibility), { version: '1.2', pretty: true });
  // graphology-gexf 0.13 writes a malformed viz namespace for 1.2 ("http:///www.gexf.net/1.1draft/viz"); readers
  // that match namespaces (networkx) would then drop colours, sizes and positions.
  return xml.replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${GEXF_12_VIZ}"`);
}
