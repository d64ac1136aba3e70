/**
 * Deterministic ForceAtlas2 (worker)
 * ==================================
 *
 * Runs a fixed number of ForceAtlas2 iterations from the given (seeded) positions, off the main thread, and
 * returns the positions. Same input, same iterations, same output: the layout is stable between reloads. The
 * live, open-ended layout the user starts and stops uses graphology's own supervisor instead
 * (renderer/layout.ts).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface Fa2Request {
  count: number;
  /** x0, y0, x1, y1, ... */
  positions: Float64Array;
  /** source0, target0, source1, ... as node indices */
  edges: Uint32Array;
  weights: Float64Array;
  iterations: number;
}

export interface Fa2Response {
  positions: Float64Array;
  milliseconds: number;
}

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const started = performance.now();
  const { count, positions, edges, weights, iterations } = event.data;
  const graph = new Graph({ type: 'undirected', multi: true });
  for (let i = 0; i < count; i += 1) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let e = 0; e < weights.length; e += 1) graph.addEdge(edges[2 * e], edges[2 * e + 1], { weight: weights[e] });
  const settings = forceAtlas2.inferSettings(graph);
  const result = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...settings, gravity: 1, scalingRatio: count > 2000 ? 10 : 4, strongGravityMode: true },
  });
  const out = new Float64Array(2 * count);
  for (let i = 0; i < count; i += 1) {
    const p = result[i];
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  }
  const response: Fa2Response = { positions: out, milliseconds: performance.now() - started };
  (self as unknown as Worker).postMessage(response, [out.buffer]);
};
