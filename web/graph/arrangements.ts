/**
 * Arrangements
 * ============
 *
 * Positions for the circular layout (graphology-layout's: every node on one circle, in graph order) and the
 * radial layout around a node: the node at the centre, its neighbours on the first ring, theirs on the second,
 * and so on (breadth-first), every ring evenly spaced; nodes not reached go on an outer ring. Pure.
 */
import { circular } from 'graphology-layout';

import type { CoopGraph } from './types.js';

export type Positions = Map<string, { x: number; y: number }>;

export function circularPositions(graph: CoopGraph, scale = 100): Positions {
  const positions = circular(graph, { scale });
  return new Map(Object.entries(positions).map(([node, p]) => [node, { x: p.x, y: p.y }]));
}

export function radialPositions(graph: CoopGraph, centre: string, step = 40): Positions {
  const positions: Positions = new Map();
  if (!graph.hasNode(centre)) return positions;
  const depth = new Map<string, number>([[centre, 0]]);
  const rings: string[][] = [[centre]];
  for (let level = 0; rings[level]?.length; level += 1) {
    const next: string[] = [];
    for (const node of rings[level]) {
      for (const neighbour of graph.neighbors(node).sort()) {
        if (depth.has(neighbour)) continue;
        depth.set(neighbour, level + 1);
        next.push(neighbour);
      }
    }
    if (next.length) rings.push(next);
  }
  const unreached = graph.filterNodes((node) => !depth.has(node)).sort();
  if (unreached.length) rings.push(unreached);
  rings.forEach((ring, level) => {
    ring.forEach((node, i) => {
      if (level === 0) return void positions.set(node, { x: 0, y: 0 });
      const angle = (2 * Math.PI * i) / ring.length;
      positions.set(node, { x: level * step * Math.cos(angle), y: level * step * Math.sin(angle) });
    });
  });
  return positions;
}
