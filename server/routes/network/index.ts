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
 * parsing. Answers are cached per data version with an ETag (./cache.ts): a repeat request costs one version
 * check, and a browser's revalidation (`If-None-Match`) gets a 304.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

import { readDataVersion } from '../../db/data-version.js';
import { type NetworkFilters, NetworkRepository } from '../../repositories/network-repository.js';
import type { NetworkType } from '../../../core/model.js';
import { assertYearRange, errorResponses, splitList } from '../../../core/contract/common.js';
import { GraphPayload, NetworkQuery } from '../../../core/contract/network.js';
import { ARROW_STREAM_TYPE, encodeGraphPayload } from '../../../core/contract/network-arrow.js';
import { VersionedCache, acceptsGzip, etagOf, matchesEtag, representation } from './cache.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** The encoding a request asks for: Arrow only when named (JSON stays the default of `*\/*` and of no header). */
const wantsArrow = (accept: string | undefined) => (accept ?? '').toLowerCase().includes(ARROW_STREAM_TYPE);

const sortedList = (value: string | undefined, upper = false) => {
  const list = splitList(value)?.map((item) => (upper ? item.toUpperCase() : item));
  return list ? [...new Set(list)].sort() : undefined;
};

const network: FastifyPluginAsyncTypebox = async (app) => {
  const repository = new NetworkRepository(app.db);
  const cache = new VersionedCache();

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
          304: Type.Null({ description: 'Not modified: the If-None-Match ETag is current' }),
          ...errorResponses(400, 503),
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const { yearFrom, yearTo } = query;
      assertYearRange(yearFrom, yearTo);
      // Canonical: the same filters in another order or case are the same answer and the same cache entry.
      const filters: NetworkFilters = {
        types: sortedList(query.types) as NetworkType[],
        countries: sortedList(query.countries, true),
        countryMode: query.countryMode,
        kinds: sortedList(query.kinds),
        fields: sortedList(query.fields),
        yearFrom,
        yearTo,
        limit: query.limit,
      };
      const arrow = wantsArrow(request.headers.accept);
      const key = `${arrow ? 'arrow' : 'json'} ${JSON.stringify(filters)}`;
      const version = await readDataVersion(app.db);
      const etag = etagOf(version, key);
      // Vary: a cache between here and the browser must keep the two encodings (and gzip or not) apart.
      reply.header('ETag', etag).header('Cache-Control', 'no-cache').header('Vary', 'Accept, Accept-Encoding');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);

      const entry = await cache.get(version, key, async () => {
        const payload = await repository.network(filters);
        return arrow
          ? representation(ARROW_STREAM_TYPE, Buffer.from(encodeGraphPayload(payload)))
          : representation(JSON_TYPE, Buffer.from(JSON.stringify(payload)));
      });
      reply.type(entry.contentType);
      // Bytes, serialised once per entry: Fastify sends a Buffer as it is (the 200 schema documents its JSON).
      if (entry.gzipped && acceptsGzip(request.headers['accept-encoding'])) {
        // Compressed once per entry too; @fastify/compress leaves a response with a Content-Encoding alone.
        return reply.header('Content-Encoding', 'gzip').send(entry.gzipped as never);
      }
      return reply.send(entry.body as never);
    },
  );
};

export default network;
