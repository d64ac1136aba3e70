/**
 * GET /api/stats
 * ==============
 *
 * Counts by label and relationship type, and the institutions and countries with the most partners.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { StatsRepository } from '../../repositories/stats-repository.js';
import { errorResponses } from '../../../core/contract/common.js';
import { StatsQuery, StatsResponse } from '../../../core/contract/stats.js';

const stats: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new StatsRepository(app.db);

  app.get(
    '/stats',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Graph size and the best-connected institutions and countries',
        querystring: StatsQuery,
        response: { 200: StatsResponse, ...errorResponses(400, 503) },
      },
    },
    async (request) => repository.stats(request.query.top),
  );
};

export default stats;
