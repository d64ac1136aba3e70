/**
 * Admission control
 * =================
 *
 * Heavy routes (the network, neighbourhoods, paths, exports: seconds of database and CPU each at scale) mark
 * themselves with `config: { heavy: true }`, or with a function that tells a heavy request from a light one
 * (the neighbourhood: by the centre's degree). Each such route gets a limiter of its own (server/admission/
 * limiter.ts: COOPGRAPH_HEAVY_CONCURRENCY at a time, COOPGRAPH_HEAVY_QUEUE waiting, for at most
 * COOPGRAPH_HEAVY_QUEUE_TIMEOUT_MS), so a burst on one cannot starve the others; beyond that, a 503 with
 * Retry-After. Which limiter applies is decided on the route the router matched, never on the raw URL.
 *
 * The slot is taken after validation (a bad request never waits) and given back when the response is over,
 * streamed exports included, or when the client goes away. `app.admission.limiter(name)` gives other heavy work
 * a limiter of the same settings (the analytics' cold runs), and `stats()` tells health how full they are.
 */
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import type { AdmissionSettings } from '../config.js';
import { Limiter, type LimiterStats } from '../admission/limiter.js';
import { UnavailableError } from '../unavailable.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A heavy route: its requests are admitted by a limiter of its own. A function decides per request, on the
     * matched route and its validated input (a neighbourhood of a node with a few links is not heavy).
     */
    heavy?: boolean | ((request: FastifyRequest) => Promise<boolean>);
  }
  interface FastifyInstance {
    admission: Admission;
  }
}

export interface Admission {
  /** The limiter named `name`, created with the configured settings on first use. */
  limiter(name: string): Limiter;
  stats(): LimiterStats[];
  /** True when some limiter would refuse a newcomer. */
  anyFull(): boolean;
}

export default fp<AdmissionSettings>(
  async (app, settings) => {
    const limiters = new Map<string, Limiter>();
    const limiter = (name: string) => {
      let found = limiters.get(name);
      if (!found) limiters.set(name, (found = new Limiter(name, settings)));
      return found;
    };
    const admission: Admission = {
      limiter,
      stats: () => [...limiters.values()].map((item) => item.stats()),
      anyFull: () => [...limiters.values()].some((item) => item.full),
    };
    app.decorate('admission', admission);

    // Create the route limiters up front, so health lists them before their first request.
    app.addHook('onRoute', (route) => {
      if (!route.config?.heavy) return;
      for (const method of [route.method].flat()) if (method !== 'HEAD') limiter(`${method} ${route.url}`);
    });

    app.addHook('preHandler', async (request: FastifyRequest, reply) => {
      const { heavy } = request.routeOptions.config;
      if (request.is404 || !heavy) return;
      if (typeof heavy === 'function' && !(await heavy(request))) return;
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      const release = await limiter(`${method} ${request.routeOptions.url}`).acquire();
      if (reply.raw.destroyed) {
        // The client left while it waited: no one to run the heavy work for.
        release();
        throw new UnavailableError('The client went away before its turn came.', 'busy', 1);
      }
      // 'close' comes once the answer is sent in full or the connection is gone, whichever is first.
      reply.raw.once('close', release);
    });
  },
  { name: 'coopgraph-admission', dependencies: ['coopgraph-errors'] },
);
