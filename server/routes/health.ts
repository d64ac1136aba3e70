/**
 * GET /api/health
 * ===============
 *
 * 200 with the Neo4j version and edition when the database answers, 503 when it does not. The service itself
 * keeps running either way; the driver reconnects on its own when the database is back.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { ErrorBody } from '../../core/contract/common.js';

const HealthBody = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  neo4j: Type.Object({
    connected: Type.Boolean(),
    version: Type.Union([Type.String(), Type.Null()]),
    edition: Type.Union([Type.String(), Type.Null()]),
  }),
});

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        summary: 'Service and database health',
        // 503 is also the error body: @fastify/under-pressure refuses every route, this one included, when overloaded.
        response: { 200: HealthBody, 503: Type.Union([HealthBody, ErrorBody]) },
      },
    },
    async (_request, reply) => {
      const neo4j = await app.db.health();
      const { connected, version, edition } = neo4j;
      return reply
        .status(connected ? 200 : 503)
        .send({ status: connected ? 'ok' : 'unavailable', neo4j: { connected, version, edition } });
    },
  );
};

export default health;
