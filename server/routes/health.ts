/**
 * GET /api/health
 * ===============
 *
 * Tells "busy" from "down", and never hangs:
 * - `ok` (200): the database answered a fresh probe, the process is not under pressure and no heavy route's
 *   queue is full.
 * - `busy` (503, Retry-After): the database is fine, but the process is overloaded (@fastify/under-pressure's
 *   event-loop, heap or RSS guard) or some heavy route's queue is full: requests are being refused for now.
 * - `down` (503, Retry-After): the database did not answer the probe (unreachable, or no answer within
 *   COOPGRAPH_NEO4J_PROBE_TIMEOUT_MS). The service keeps running and reconnects on its own.
 * `cooperation` says whether the derived COOPERATES_WITH edges follow the data, or lag it after a write whose
 * derivation has not caught up (a load cut short, a failed run: server/ingest/derive.ts).
 * The probe runs on a connection pool of its own (server/db/database.ts), so an exhausted data pool is "busy",
 * not "down". This route is exempt from the pressure guards, so that it can say so. docs/operations.md.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { DOWN_RETRY_AFTER_SECONDS, withDeadline } from '../db/monitor.js';
import { cooperationState } from '../ingest/derive.js';
import { CooperationState } from '../../core/contract/stats.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** @fastify/under-pressure's per-route handler; returning nothing lets the request through. */
    pressureHandler?: () => void;
  }
}

const Count = Type.Integer({ minimum: 0 });

const HealthBody = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('busy'), Type.Literal('down')], {
    description: 'ok; busy: overloaded or a queue is full (the database is fine); down: the database does not answer',
  }),
  neo4j: Type.Object({
    connected: Type.Boolean(),
    version: Type.Union([Type.String(), Type.Null()]),
    edition: Type.Union([Type.String(), Type.Null()]),
    latencyMs: Type.Integer({ minimum: 0, description: 'How long the probe took (at most the probe timeout)' }),
  }),
  load: Type.Object({
    overloaded: Type.Boolean({ description: 'A pressure guard refuses requests' }),
    eventLoopDelayMs: Type.Number({ minimum: 0 }),
    heapUsedBytes: Count,
    rssBytes: Count,
  }),
  cooperation: Type.Union([CooperationState, Type.Null()], {
    description: 'Whether the derived cooperation edges follow the data; null while the database does not answer',
  }),
  queues: Type.Array(
    Type.Object({
      name: Type.String({ description: 'The route (or work) the limiter admits' }),
      active: Count,
      queued: Count,
      concurrency: Count,
      queue: Count,
      refused: Type.Integer({ minimum: 0, description: 'Requests refused since the start' }),
    }),
  ),
});

const BUSY_RETRY_AFTER_SECONDS = 2;
/** How long health waits for the derivation state (one indexed node read). */
const COOPERATION_STATE_DEADLINE_MS = 1_000;

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public', pressureHandler: () => undefined },
      schema: {
        tags: ['service'],
        summary: 'Service and database health: ok, busy or down',
        response: { 200: HealthBody, 503: HealthBody },
      },
    },
    async (_request, reply) => {
      const probe = await app.db.health();
      // Derived edges lagging the data is not an outage: the status stays ok, the field says so.
      // Bounded like the probe: health never waits on a slow read (null then, as while the database is down).
      const cooperation = probe.connected
        ? await withDeadline(cooperationState(app.db), COOPERATION_STATE_DEADLINE_MS, () => new Error('slow')).catch(
            () => null,
          )
        : null;
      const usage = app.memoryUsage();
      const overloaded = app.isUnderPressure();
      const busy = overloaded || app.admission.anyFull();
      const status: 'ok' | 'busy' | 'down' = !probe.connected ? 'down' : busy ? 'busy' : 'ok';
      if (status !== 'ok') {
        const retryAfter = status === 'down' ? DOWN_RETRY_AFTER_SECONDS : BUSY_RETRY_AFTER_SECONDS;
        reply.status(503).header('retry-after', retryAfter);
      }
      return {
        status,
        neo4j: {
          connected: probe.connected,
          version: probe.version,
          edition: probe.edition,
          latencyMs: probe.latencyMs,
        },
        load: {
          overloaded,
          eventLoopDelayMs: Math.round(usage.eventLoopDelay * 10) / 10,
          heapUsedBytes: usage.heapUsed,
          rssBytes: usage.rssBytes,
        },
        cooperation,
        queues: app.admission.stats(),
      };
    },
  );
};

export default health;
