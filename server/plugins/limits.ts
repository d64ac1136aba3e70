/**
 * Request limits
 * ==============
 *
 * The write rate limit (@fastify/rate-limit, registered with `global: false`: reads are not limited here), the
 * budget of failed authentications, the error @fastify/under-pressure throws when the process is overloaded,
 * and a guard against numbers no parameter may hold. Write routes opt in with
 * `onRequest: app.writeRateLimit`; they share one budget per client (COOPGRAPH_WRITE_RATE_LIMIT per minute), so
 * spreading writes over several routes does not multiply it. Requests that fail authentication draw from a
 * separate budget per client (COOPGRAPH_AUTH_FAILURE_RATE_LIMIT per minute) that the auth plugin consults.
 * The client is `request.ip`: the socket's address, or the forwarded one behind a proxy trusted by
 * COOPGRAPH_TRUST_PROXY (Fastify's `trustProxy`). All answer in the one error body.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';

import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The onRequest hook every write route adds: one shared per-client budget of writes per minute. */
    writeRateLimit: onRequestHookHandler;
    /** The per-client budget of failed authentications (used by the auth plugin). */
    authFailures: AuthFailures;
  }
}

export interface AuthFailures {
  /** Throws a 429 (with Retry-After) when this client has used up its budget of failures. */
  assertWithinBudget(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Counts one failed authentication of this client. */
  count(request: FastifyRequest): Promise<void>;
}

/** Thrown by @fastify/under-pressure (its `customError`): a 503 the error handler sends as is, not a 500. */
export class Overloaded extends HttpError {
  constructor() {
    super(503, 'The server is under too much load; try again shortly.');
  }
}

export default fp<{ writesPerMinute: number; authFailuresPerMinute: number }>(
  async (app, options) => {
    await app.register(rateLimit, {
      global: false,
      max: options.writesPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        new HttpError(
          context.statusCode,
          `Too many writes: at most ${context.max} per minute from one client; retry in ${context.after}.`,
        ),
    });
    // One handler, hence one store: every write route draws from the same budget.
    app.decorate('writeRateLimit', app.rateLimit() as onRequestHookHandler);

    // Keys of their own in the same store, so failures and writes never share a count.
    const failures = app.createRateLimit({
      max: options.authFailuresPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `auth-failure:${request.ip}`,
    });
    app.decorate('authFailures', {
      async assertWithinBudget(request, reply) {
        const state = await failures(request, { increment: false });
        if (state.isAllowed || state.remaining > 0) return;
        const seconds = Math.max(1, state.ttlInSeconds);
        reply.header('retry-after', seconds);
        throw new HttpError(
          429,
          `Too many failed authentication attempts from this client; retry in ${seconds} s.`,
          'authorization',
        );
      },
      async count(request) {
        await failures(request);
      },
    } satisfies AuthFailures);

    // Ajv coerces "1e309" and "-Infinity" to ±Infinity and then lets them through `type: integer` with any
    // minimum and maximum: a limit of Infinity would reach a query (or the serializer, as a 500). After
    // validation, no query or path parameter may be a non-finite number.
    app.addHook('preHandler', async (request) => {
      for (const [part, values] of [
        ['querystring', request.query],
        ['params', request.params],
      ] as const) {
        if (typeof values !== 'object' || values === null) continue;
        for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
          const items = Array.isArray(value) ? value : [value];
          if (items.some((item) => typeof item === 'number' && !Number.isFinite(item))) {
            throw new HttpError(400, `${part} ${name}: must be a finite number`, name);
          }
        }
      }
    });
  },
  { name: 'coopgraph-limits', dependencies: ['coopgraph-errors'] },
);
