/**
 * GET /api/neighborhood/:id
 * =========================
 *
 * The subgraph within `depth` hops of an entity over every relationship type except MENTIONED_IN, nearest
 * nodes first, in the network's `{ nodes, edges, total, truncated }` shape.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { NotFoundError } from '../../../core/errors.js';
import { NeighborhoodRepository } from '../../repositories/neighborhood-repository.js';
import { errorResponses } from '../../../core/contract/common.js';
import { IdParams, NeighborhoodPayload, NeighborhoodQuery } from '../../../core/contract/neighborhood.js';

const neighborhood: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new NeighborhoodRepository(app.db);

  app.get(
    '/neighborhood/:id',
    {
      // Heavy unless it is one hop around a node with few links (most institutions): that costs a few index
      // seeks, and queueing it behind hub neighbourhoods would cap the common case at the heavy routes' concurrency.
      config: {
        heavy: (request) => {
          const { params, query } = request as unknown as { params: IdParams; query: NeighborhoodQuery };
          return repository.isHeavy(params.id, query.depth);
        },
      },
      schema: {
        tags: ['cooperation'],
        summary: 'The subgraph around an entity',
        description: 'Breadth-first: nodes by distance, then by partners. The centre is nodes[0].',
        params: IdParams,
        querystring: NeighborhoodQuery,
        response: { 200: NeighborhoodPayload, ...errorResponses(400, 404, 503) },
      },
      // As /api/network: the repository builds the body field by field, and for thousands of nodes and tens of
      // thousands of edges JSON.stringify is several times faster than the schema-compiled serializer.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const { id } = request.params;
      const { depth, limit } = request.query;
      const result = await repository.neighborhood(id, depth, limit);
      if (!result) throw new NotFoundError(`No entity with id "${id}"`, 'id');
      return result;
    },
  );
};

export default neighborhood;
