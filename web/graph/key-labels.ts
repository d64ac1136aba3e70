/**
 * Key labels
 * ==========
 *
 * The nodes whose label is drawn at every zoom, so that a newcomer can read the first view: every country with
 * a partner or a tie in view, every event, and the hubs (the best-connected institutions). The label grid of
 * sigma decides for the rest, which keeps a big graph from turning into a wall of text.
 */
import type { CoopGraph } from './types.js';

/** Institutions labelled as hubs: this many of the best connected... */
export const HUB_COUNT = 12;
/** ...and any node with at least this many ties in view. */
export const HUB_DEGREE = 4;

export function keyLabels(graph: CoopGraph): Set<string> {
  const keys = new Set<string>();
  const institutions: { node: string; weight: number }[] = [];
  graph.forEachNode((node, a) => {
    const degree = graph.degree(node);
    if (a.entityType === 'Country' && (a.partners > 0 || degree > 0)) keys.add(node);
    else if (a.entityType === 'Event' && degree > 0) keys.add(node);
    else if (degree >= HUB_DEGREE) keys.add(node);
    else if (a.entityType === 'Institution' && a.partners > 0) institutions.push({ node, weight: a.partners });
  });
  institutions.sort((x, y) => y.weight - x.weight || (x.node < y.node ? -1 : 1));
  for (const { node } of institutions.slice(0, HUB_COUNT)) keys.add(node);
  return keys;
}
