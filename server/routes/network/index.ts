/**
 * GET /api/network
 * ================
 *
 * Nodes and edges for the explorer, filtered by labels, countries, agreement kinds, fields and years, capped
 * at `limit` nodes (the best-connected kept). server/repositories/network-repository.ts defines the filters.
 *
 * Two encodings of one answer, by content negotiation: JSON (the default, for API users) and, for
 * `Accept: application/vnd.apache.arrow.stream`, a columnar Apache Arrow stream (core/contract/network-arrow.ts),
 * which the explorer asks for: integer edge ends instead of repeated ids, a fraction of the bytes and of the
 * parsing. Answers are cached per data version with an ETag (../versioned-cache.ts): a repeat request costs one version
 * check, and a browser's revalidation (`If-None-Match`) gets a 304.
 *
 * GET /api/network/countries is the same network summed up by country, the explorer's first view of a large graph
 * (server/repositories/country-overview-repository.ts); cached the same way.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Value } from '@sinclair/typebox/value';

import { CountryOverviewRepository } from '../../repositories/country-overview-repository.js';
import { type NetworkFilters, NetworkRepository } from '../../repositories/network-repository.js';
import { FIRST_VIEW_TYPES, type NetworkType } from '../../../core/model.js';
import { assertYearRange, NotModified, errorResponses, splitList } from '../../../core/contract/common.js';
import { CountryOverview, GraphPayload, NetworkQuery } from '../../../core/contract/network.js';
import { ARROW_STREAM_TYPE, encodeGraphPayload } from '../../../core/contract/network-arrow.js';
import { JSON_TYPE, VersionedCache, representation, sendVersioned } from '../versioned-cache.js';

/** The encoding a request asks for: Arrow only when named (JSON stays the default of `*\/*` and of no header). */
const wantsArrow = (accept: string | undefined) => (accept ?? '').toLowerCase().includes(ARROW_STREAM_TYPE);

const sortedList = (value: string | undefined, upper = false) => {
  const list = splitList(value)?.map((item) => (upper ? item.toUpperCase() : item));
  return list ? [...new Set(list)].sort() : undefined;
};

/** Canonical: the same filters in another order or case are the same answer and the same cache entry. */
const canonicalFilters = (query: NetworkQuery): NetworkFilters => ({
  types: sortedList(query.types) as NetworkType[],
  countries: sortedList(query.countries, true),
  countryMode: query.countryMode,
  kinds: sortedList(query.kinds),
  fields: sortedList(query.fields),
  yearFrom: query.yearFrom,
  yearTo: query.yearTo,
  limit: query.limit,
});

/** The explorer's first request as the route sees it: the query schema's defaults filled in, as Fastify does. */
const FIRST_VIEW_QUERY = Value.Default(NetworkQuery, { types: FIRST_VIEW_TYPES.join(',') }) as NetworkQuery;

const network: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new NetworkRepository(app.db);
  const cache = new VersionedCache();
  /** The cache key and the computation of one answer: the same for a request and for the warm-up. */
  const networkEntry = (filters: NetworkFilters, arrow: boolean) => ({
    key: `${arrow ? 'arrow' : 'json'} ${JSON.stringify(filters)}`,
    build: async () => {
      const payload = await repository.network(filters);
      return arrow
        ? representation(ARROW_STREAM_TYPE, Buffer.from(encodeGraphPayload(payload)))
        : representation(JSON_TYPE, Buffer.from(JSON.stringify(payload)));
    },
  });
  // The explorer's first request (its default filters, Arrow), computed as soon as a data version settles.
  const firstView = networkEntry(canonicalFilters(FIRST_VIEW_QUERY), true);
  app.warmUp.register('network: first view', (version) => cache.get(version, firstView.key, firstView.build));

  const overview = new CountryOverviewRepository(app.db);
  const overviewEntry = {
    key: 'countries',
    build: async () => representation(JSON_TYPE, Buffer.from(JSON.stringify(await overview.overview()))),
  };
  app.warmUp.register('network: countries overview', (version) =>
    cache.get(version, overviewEntry.key, overviewEntry.build),
  );

  app.get(
    '/network',
    {
      config: { heavy: true },
      schema: {
        tags: ['cooperation'],
        summary: 'The cooperation network for the explorer',
        description:
          'Year filters apply to agreements (an edge passes when one of its agreements started in the range); ' +
          'edges with no year are kept unless a range is given. Nodes are sorted by partners, most first. ' +
          `JSON by default; \`Accept: ${ARROW_STREAM_TYPE}\` gives the same graph as a columnar Arrow stream ` +
          '(docs/api.md). Answers carry an ETag that changes with the data; `If-None-Match` answers 304.',
        querystring: NetworkQuery,
        response: {
          200: GraphPayload,
          304: NotModified,
          ...errorResponses(400, 503),
        },
      },
    },
    async (request, reply) => {
      assertYearRange(request.query.yearFrom, request.query.yearTo);
      const entry = networkEntry(canonicalFilters(request.query), wantsArrow(request.headers.accept));
      return sendVersioned(app.db, request, reply, { cache, vary: ['Accept'], ...entry });
    },
  );

  app.get(
    '/network/countries',
    {
      config: { heavy: true },
      schema: {
        tags: ['cooperation'],
        summary: 'The cooperation network summed up by country',
        description:
          'One node per country with its institutions (`institutions`) and the links between two of them ' +
          '(`domestic`); one CROSS_BORDER edge per pair of countries whose institutions cooperate, its `weight` ' +
          'the number of cooperation links between them (an institution pair, or an institution and the other ' +
          'country). The explorer opens on it when the network is too large to draw whole. Cached per data ' +
          'version with an ETag, as GET /api/network.',
        response: {
          200: CountryOverview,
          304: NotModified,
          ...errorResponses(503),
        },
      },
    },
    async (request, reply) => sendVersioned(app.db, request, reply, { cache, ...overviewEntry }),
  );
};

export default network;
