/**
 * GET /api/network
 * ================
 *
 * Nodes and edges for the explorer, filtered by labels, countries, agreement kinds, fields and years, capped
 * at `limit` nodes (the best-connected kept). server/repositories/network-repository.ts defines the filters.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { NetworkRepository } from '../../repositories/network-repository.js';
import type { NetworkType } from '../../../core/model.js';
import { assertYearRange, errorResponses, splitList } from '../../../core/contract/common.js';
import { GraphPayload, NetworkQuery } from '../../../core/contract/network.js';

const network: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new NetworkRepository(app.db);

  app.get(
    '/network',
    {
      config: { heavy: true },
      schema: {
        tags: ['cooperation'],
        summary: 'The cooperation network for the explorer',
        description:
          'Year filters apply to agreements (an edge passes when one of its agreements started in the range); ' +
          'edges with no year are kept unless a range is given. Nodes are sorted by partners, most first.',
        querystring: NetworkQuery,
        response: { 200: GraphPayload, ...errorResponses(400, 503) },
      },
      // The schema documents the body; the repository builds it field by field already. Over 100k nodes the
      // schema-compiled serializer takes several times as long as JSON.stringify, so this route uses the latter.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const query = request.query;
      const { yearFrom, yearTo } = query;
      assertYearRange(yearFrom, yearTo);
      return repository.network({
        types: splitList(query.types) as NetworkType[],
        countries: splitList(query.countries),
        countryMode: query.countryMode,
        kinds: splitList(query.kinds),
        fields: splitList(query.fields),
        yearFrom,
        yearTo,
        limit: query.limit,
      });
    },
  );
};

export default network;
