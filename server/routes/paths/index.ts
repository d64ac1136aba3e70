/**
 * GET /api/paths
 * ==============
 *
 * All shortest paths between two entities over the structural relationships (not MENTIONED_IN, LOCATED_IN,
 * IN_FIELD; COOPERATES_WITH only where stated), with the agreements and people along them. 404 names the end
 * that is unknown; unconnected ends answer an empty list.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { NotFoundError } from '../../../core/errors.js';
import { PathRepository } from '../../repositories/path-repository.js';
import { errorResponses } from '../../../core/contract/common.js';
import { PathsQuery, PathsResponse } from '../../../core/contract/paths.js';

const paths: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new PathRepository(app.db);

  app.get(
    '/paths',
    {
      config: { heavy: true },
      schema: {
        tags: ['cooperation'],
        summary: 'How two entities are connected',
        querystring: PathsQuery,
        response: { 200: PathsResponse, ...errorResponses(400, 404, 503) },
      },
    },
    async (request) => {
      const { from, to, maxLength } = request.query;
      const ends = await repository.resolve(from, to);
      if (!ends.from) throw new NotFoundError(`No entity with id "${from}" (from)`, 'from');
      if (!ends.to) throw new NotFoundError(`No entity with id "${to}" (to)`, 'to');
      return repository.shortest(ends.from, ends.to, maxLength);
    },
  );
};

export default paths;
