/**
 * GET /api/analytics/*
 * ====================
 *
 * The collaboration gap analytics (docs/analytics.md): coverage-gaps, recommendations, field-country-matrix,
 * brokers, weak-spots and country-network. Each runs a pure function of server/analytics on an in-memory
 * snapshot of the cooperation graph, in the engine's worker thread, cached per data version together with its
 * results (server/analytics/engine.ts), and answers JSON or, with `?format=csv`, its main table.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';

import { AnalyticsEngine } from '../../analytics/engine.js';
import { errorResponses } from '../../../core/contract/common.js';
import {
  BrokersQuery,
  BrokersResponse,
  CountryNetworkQuery,
  CountryNetworkResponse,
  CoverageGapsQuery,
  CoverageGapsResponse,
  MatrixQuery,
  MatrixResponse,
  RecommendationsQuery,
  RecommendationsResponse,
  WeakSpotsQuery,
  WeakSpotsResponse,
  okResponse,
} from '../../../core/contract/analytics.js';
import {
  type Table,
  brokersTable,
  countryNetworkTable,
  coverageGapsTable,
  matrixTable,
  recommendationsTable,
  toCsv,
  weakSpotsTable,
} from './tables.js';

/** Communities listed in /brokers; the rest are counted. */
const COMMUNITIES_LISTED = 100;

function sendCsv(reply: FastifyReply, name: string, table: Table) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(toCsv(table));
}

const analytics: FastifyPluginAsyncTypebox = async (app) => {
  const engine = new AnalyticsEngine(app.db, { coldRuns: app.admission.limiter('analytics cold runs') });
  app.addHook('onClose', () => engine.close());
  app.warmUp.register('analytics: snapshot', () => engine.prefetch());

  app.get(
    '/analytics/coverage-gaps',
    {
      schema: {
        tags: ['analytics'],
        summary: "Countries an institution's peers cooperate with and it does not",
        description:
          'Ranked by how many peers cooperate with the country, each with the peers named. The result says which peer ' +
          'rule was used: same kind and (same region or similar partners), else same kind or similar partners, else ' +
          'any shared partner.',
        querystring: CoverageGapsQuery,
        response: { 200: okResponse(CoverageGapsResponse), ...errorResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const { institution, limit, peers, similarity, minPeers, directOnly, format } = request.query;
      const { value, version } = await engine.run('coverage-gaps', {
        institution,
        peersPerCountry: peers,
        similarity,
        minPeers,
        directOnly,
      });
      const result = { ...value, gaps: value.gaps.slice(0, limit) };
      if (format === 'csv') return sendCsv(reply, `coverage-gaps-${institution}`, coverageGapsTable(result));
      return { dataVersion: version, ...result, total: value.gaps.length };
    },
  );

  app.get(
    '/analytics/recommendations',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Institutions an institution does not cooperate with yet, most promising first',
        description:
          'Link prediction (Adamic-Adar or resource allocation) on the institution–institution cooperation graph, ' +
          'plus shared fields and shared partner countries; each recommendation says why.',
        querystring: RecommendationsQuery,
        response: { 200: okResponse(RecommendationsResponse), ...errorResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const { institution, limit, method, foreignOnly, directOnly, kinds, format } = request.query;
      const { value, version } = await engine.run('recommendations', {
        institution,
        limit,
        method,
        foreignOnly,
        directOnly,
        ...(kinds
          ? {
              kinds: kinds
                .split(',')
                .map((kind) => kind.trim())
                .filter(Boolean),
            }
          : {}),
      });
      if (format === 'csv') return sendCsv(reply, `recommendations-${institution}`, recommendationsTable(value));
      return { dataVersion: version, ...value };
    },
  );

  app.get(
    '/analytics/field-country-matrix',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Agreements per field and country; the empty cells are the gaps',
        description:
          'For one institution (its agreements, foreign countries) or, without `institution`, the whole network.',
        querystring: MatrixQuery,
        response: { 200: okResponse(MatrixResponse), ...errorResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const { institution, directOnly, format } = request.query;
      const { value, version } = await engine.run(
        'field-country-matrix',
        institution === undefined ? {} : { institution, directOnly },
      );
      if (format === 'csv')
        return sendCsv(reply, `field-country-matrix${institution ? `-${institution}` : ''}`, matrixTable(value));
      return { dataVersion: version, ...value };
    },
  );

  app.get(
    '/analytics/brokers',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Brokers (betweenness centrality) and communities (Louvain) of the cooperation graph',
        description:
          'Normalised, unweighted betweenness: exact on small graphs, estimated from sampled sources on large ones ' +
          '(the result says which). Louvain communities with a fixed seed, numbered by size.',
        querystring: BrokersQuery,
        response: { 200: okResponse(BrokersResponse), ...errorResponses(400, 503) },
      },
    },
    async (request, reply) => {
      const { scope, limit, offset, nodes, format } = request.query;
      const { value, version } = await engine.run('brokers', { scope });
      const page = value.nodes.slice(offset, offset + limit);
      if (format === 'csv') return sendCsv(reply, `brokers-${scope}`, brokersTable(page));
      const { nodes: all, communities, ...rest } = value;
      return {
        dataVersion: version,
        ...rest,
        communities: { ...communities, list: communities.list.slice(0, COMMUNITIES_LISTED) },
        brokers: page,
        total: all.length,
        limit,
        offset,
        ...(nodes ? { nodes: all.map(({ id, community, betweenness }) => ({ id, community, betweenness })) } : {}),
      };
    },
  );

  app.get(
    '/analytics/weak-spots',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Countries, institutions and agreements that cooperation hangs on too thinly',
        description:
          'Countries whose relationship hangs on one agreement or one institution, institutions with a single foreign ' +
          'partner, agreements that have ended or have no date.',
        querystring: WeakSpotsQuery,
        response: { 200: okResponse(WeakSpotsResponse), ...errorResponses(400, 503) },
      },
    },
    async (request, reply) => {
      const { limit, format } = request.query;
      const { value, version } = await engine.run('weak-spots', {});
      const list = <T>(items: T[]) => ({ total: items.length, items: items.slice(0, limit) });
      const page = {
        countries: value.countries.slice(0, limit),
        institutions: value.institutions.slice(0, limit),
        agreements: value.agreements.slice(0, limit),
      };
      if (format === 'csv') return sendCsv(reply, 'weak-spots', weakSpotsTable(page));
      return {
        dataVersion: version,
        year: value.year,
        definitions: value.definitions,
        countries: list(value.countries),
        institutions: list(value.institutions),
        agreements: list(value.agreements),
      };
    },
  );

  app.get(
    '/analytics/country-network',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Countries linked by the agreements between their institutions',
        querystring: CountryNetworkQuery,
        response: { 200: okResponse(CountryNetworkResponse), ...errorResponses(400, 503) },
      },
    },
    async (request, reply) => {
      const { minWeight, format } = request.query;
      const { value, version } = await engine.run('country-network', {});
      const result = { ...value, edges: value.edges.filter((edge) => edge.weight >= minWeight) };
      if (format === 'csv') return sendCsv(reply, 'country-network', countryNetworkTable(result));
      return { dataVersion: version, ...result };
    },
  );
};

export default analytics;
