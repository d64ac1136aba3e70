/**
 * The network as an Apache Arrow stream
 * =====================================
 *
 * The compact encoding of a `{ nodes, edges, total, truncated }` graph payload that GET /api/network sends for
 * `Accept: application/vnd.apache.arrow.stream` (JSON stays the default; docs/api.md). One Arrow IPC stream, one
 * row per node in the payload's order, its edges beside it in compressed-sparse-row form:
 *
 * | column | Arrow type | |
 * |---|---|---|
 * | id, name | utf8 | |
 * | type, kind, country | dictionary<utf8> | kind and country nullable |
 * | partners | int32 | |
 * | targets | list<int32> | the edges whose source is this node: the row index of each target |
 * | edgeTypes | list<dictionary<utf8>> | their relationship types |
 * | weights, firstYears | list<int32> | nullable items |
 * | kinds | list<utf8> | each edge's agreement kinds, comma-joined ('' for none) |
 * | stated | list<bool> | |
 *
 * Schema metadata: `total.nodes`, `total.edges`, `truncated`. An edge's id is its (source, type, target) key,
 * so none is sent. Encoding and decoding give back the same graph (edges grouped by source node).
 * Written with @uwdata/flechette (Arrow IPC in plain JavaScript, for the server and the browser alike).
 */
import { bool, dictionary, int32, list, tableFromArrays, tableFromIPC, tableToIPC, utf8 } from '@uwdata/flechette';

import { relationshipId } from '../model.js';
import type { GraphEdge, GraphNode, GraphPayload } from './common.js';

export const ARROW_STREAM_TYPE = 'application/vnd.apache.arrow.stream';

export function encodeGraphPayload(payload: GraphPayload): Uint8Array {
  const index = new Map<string, number>();
  payload.nodes.forEach((node, row) => index.set(node.id, row));
  const bySource: GraphEdge[][] = payload.nodes.map(() => []);
  for (const edge of payload.edges) {
    const row = index.get(edge.source);
    if (row === undefined || !index.has(edge.target))
      throw new Error(`coopgraph: edge ${edge.id} leaves the payload's nodes`);
    bySource[row]!.push(edge);
  }
  const table = tableFromArrays(
    {
      id: payload.nodes.map((node) => node.id),
      type: payload.nodes.map((node) => node.type),
      kind: payload.nodes.map((node) => node.kind),
      country: payload.nodes.map((node) => node.country),
      partners: Int32Array.from(payload.nodes, (node) => node.partners),
      name: payload.nodes.map((node) => node.name),
      targets: bySource.map((edges) => edges.map((edge) => index.get(edge.target)!)),
      edgeTypes: bySource.map((edges) => edges.map((edge) => edge.type)),
      weights: bySource.map((edges) => edges.map((edge) => edge.weight)),
      kinds: bySource.map((edges) => edges.map((edge) => edge.kinds.join(','))),
      firstYears: bySource.map((edges) => edges.map((edge) => edge.firstYear)),
      stated: bySource.map((edges) => edges.map((edge) => edge.stated)),
    },
    {
      types: {
        id: utf8(),
        type: dictionary(utf8()),
        kind: dictionary(utf8()),
        country: dictionary(utf8()),
        partners: int32(),
        name: utf8(),
        targets: list(int32()),
        edgeTypes: list(dictionary(utf8())),
        weights: list(int32()),
        kinds: list(utf8()),
        firstYears: list(int32()),
        stated: list(bool()),
      },
    },
  );
  table.schema.metadata = new Map([
    ['total.nodes', String(payload.total.nodes)],
    ['total.edges', String(payload.total.edges)],
    ['truncated', String(payload.truncated)],
  ]);
  return tableToIPC(table, { format: 'stream' })!;
}

type Cell<T> = T | null | undefined;

export function decodeGraphPayload(bytes: Uint8Array | ArrayBuffer): GraphPayload {
  const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const column = <T>(name: string) => {
    const child = table.getChild(name);
    if (!child) throw new Error(`coopgraph: the network stream has no column "${name}"`);
    return child.toArray() as ArrayLike<T>;
  };
  const ids = column<string>('id');
  const types = column<string>('type');
  const kinds = column<Cell<string>>('kind');
  const countries = column<Cell<string>>('country');
  const partners = column<number>('partners');
  const names = column<string>('name');
  const targets = column<ArrayLike<number>>('targets');
  const edgeTypes = column<ArrayLike<string>>('edgeTypes');
  const weights = column<ArrayLike<Cell<number>>>('weights');
  const edgeKinds = column<ArrayLike<string>>('kinds');
  const firstYears = column<ArrayLike<Cell<number>>>('firstYears');
  const stated = column<ArrayLike<boolean>>('stated');

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let row = 0; row < table.numRows; row += 1) {
    nodes.push({
      id: ids[row]!,
      type: types[row] as GraphNode['type'],
      name: names[row]!,
      kind: kinds[row] ?? null,
      country: countries[row] ?? null,
      partners: partners[row]!,
    });
  }
  for (let row = 0; row < table.numRows; row += 1) {
    const out = targets[row];
    if (!out) continue;
    for (let item = 0; item < out.length; item += 1) {
      const source = ids[row]!;
      const target = ids[out[item]!]!;
      const type = edgeTypes[row]![item]!;
      const joined = edgeKinds[row]![item]!;
      edges.push({
        id: relationshipId(source, type, target),
        source,
        target,
        type,
        weight: weights[row]![item] ?? null,
        kinds: joined === '' ? [] : joined.split(','),
        firstYear: firstYears[row]![item] ?? null,
        stated: stated[row]![item] === true,
      });
    }
  }
  const metadata = table.schema.metadata;
  return {
    nodes,
    edges,
    total: {
      nodes: Number(metadata?.get('total.nodes') ?? nodes.length),
      edges: Number(metadata?.get('total.edges') ?? edges.length),
    },
    truncated: metadata?.get('truncated') === 'true',
  };
}
