/**
 * GET /api/search
 * ===============
 *
 * Full-text search over names, aliases and ISO codes, tolerant of typos and transliterations
 * (server/repositories/lucene.ts says how). Any text is valid input: Lucene syntax in it is escaped.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import type { NodeLabel } from '../../../core/model.js';
import { SearchRepository } from '../../repositories/search-repository.js';
import { errorResponses, splitList } from '../../../core/contract/common.js';
import { SearchQuery, SearchResponse } from '../../../core/contract/search.js';

const search: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new SearchRepository(app.db);

  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Find entities by name, alias or code',
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses(400, 503) },
      },
    },
    async (request) => {
      const { q, types, limit } = request.query;
      return { hits: await repository.search(q, splitList(types) as NodeLabel[] | undefined, limit) };
    },
  );
};

export default search;
