/**
 * Paths: request and response schemas
 * ===================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { Id, NodeRef } from './common.js';

export const PathsQuery = Type.Object({
  from: Id,
  to: Id,
  maxLength: Type.Integer({ minimum: 1, maximum: 8, default: 6, description: 'Longest path looked for, in hops' }),
});

export const PathEdge = Type.Object({
  type: Type.String(),
  source: Type.String({ description: 'Stored direction: the start node of the relationship' }),
  target: Type.String(),
});

export const PathsResponse = Type.Object({
  from: Type.String({ description: 'The resolved id of `from` (a country may be asked for by ISO code)' }),
  to: Type.String(),
  paths: Type.Array(
    Type.Object({
      length: Type.Integer({ description: 'Hops; every path has the same, shortest length' }),
      nodes: Type.Array(NodeRef, { description: 'From `from` to `to`' }),
      edges: Type.Array(PathEdge, { description: 'edges[i] joins nodes[i] and nodes[i + 1]' }),
    }),
    { description: 'All shortest paths, at most 25; empty when none is within maxLength' },
  ),
  agreements: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.Optional(Type.String()) }), {
    description: 'Agreements on the paths',
  }),
  people: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'People on the paths' }),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type PathsQuery = Static<typeof PathsQuery>;
export type PathEdge = Static<typeof PathEdge>;
export type PathsResponse = Static<typeof PathsResponse>;
