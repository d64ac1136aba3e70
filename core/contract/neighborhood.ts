/**
 * Neighbourhood: request and response schemas
 * ===========================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { GraphPayload, IdParams } from './common.js';

export { IdParams };

export const NeighborhoodQuery = Type.Object({
  depth: Type.Integer({ minimum: 1, maximum: 3, default: 1, description: 'Hops from the centre' }),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 200, description: 'Cap on nodes, centre included' }),
});

export const NeighborhoodPayload = Type.Object({
  ...GraphPayload.properties,
  centre: Type.String({ description: 'The id of the centre (also when it was asked for by ISO code); nodes[0]' }),
  searchedDepth: Type.Integer({
    description: 'Hops actually searched: fewer than `depth` when the nearer hops alone fill `limit`',
  }),
  total: Type.Object({
    nodes: Type.Integer({ description: 'Nodes within `searchedDepth` hops, centre included, before `limit`' }),
    edges: Type.Integer({ description: 'Edges between the returned nodes' }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type NeighborhoodQuery = Static<typeof NeighborhoodQuery>;
export type NeighborhoodPayload = Static<typeof NeighborhoodPayload>;
