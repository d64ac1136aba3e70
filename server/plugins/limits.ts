/**
 * Request limits
 * ==============
 *
 * The write rate limit (@fastify/rate-limit, registered with `global: false`: reads are not limited here), the
 * error @fastify/under-pressure throws when the process is overloaded, and a guard against numbers no
 * parameter may hold. Write routes opt in with
 * `onRequest: app.writeRateLimit`; they share one budget per client (COOPGRAPH_WRITE_RATE_LIMIT per minute), so
 * spreading writes over several routes does not multiply it. Both answer in the one error body.
 */
import rateLimit from '@fastify/rate-limit';
import type { onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';

import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The onRequest hook every write route adds: one shared per-client budget of writes per minute. */
    writeRateLimit: onRequestHookHandler;
  }
}

/** Thrown by @fastify/under-pressure (its `customError`): a 503 the error handler sends as is, not a 500. */
export class Overloaded extends HttpError {
  constructor() {
    super(503, 'The server is under too much load; try again shortly.');
  }
}

export default fp<{ writesPerMinute: number }>(
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
