/**
 * Warm-up after a change
 * ======================
 *
 * The first request of a data version pays for what every later one reads from memory: the explorer's first
 * view of the network (most of a second at 100k institutions), the analytics snapshot (seconds). Nobody should
 * be the one who waits, so this plugin watches the data version (server/db/data-version.ts: one constant-time
 * query every `intervalMs`) and, once a new version has held for one interval (an import under way changes it
 * at every look), runs the warmers the routes registered, one after another. It sees every writer, the API and
 * the command line alike, since it reads the version instead of listening to writes. A request that comes while
 * a warmer runs joins the work under way (both caches share pending computations) instead of starting its own.
 *
 * `COOPGRAPH_WARM_UP_INTERVAL_MS=0` turns it off (the test apps do, so that no background load competes with
 * what a test measures; test/db/warm-up.test.ts turns it on).
 */
import fp from 'fastify-plugin';

import { readDataVersion } from '../db/data-version.js';

export interface WarmUp {
  /** Adds a warmer, run once per settled data version (given as `version`). */
  register(name: string, warm: (version: string) => Promise<unknown>): void;
  /** The version whose warmers ran last, or null before the first. */
  readonly warmed: string | null;
  /** Resolves once the warmers have run on `version` (tests). */
  whenWarmed(version: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    warmUp: WarmUp;
  }
}

export default fp<{ intervalMs: number }>(
  async (app, options) => {
    const warmers: { name: string; warm: (version: string) => Promise<unknown> }[] = [];
    const waiting: { version: string; resolve: () => void }[] = [];
    let seen: string | null = null;
    let warmed: string | null = null;
    let timer: NodeJS.Timeout | null = null;
    let closed = false;

    const warmUp = async (version: string) => {
      for (const { name, warm } of warmers) {
        const started = performance.now();
        try {
          await warm(version);
          app.log.debug({ version, warmer: name, ms: Math.round(performance.now() - started) }, 'warmed up');
        } catch (error) {
          // A failed warm-up costs nothing but the wait it was to save: the first request computes it.
          app.log.warn({ version, warmer: name, err: error }, 'warm-up failed');
        }
      }
      warmed = version;
      for (const entry of waiting.splice(0)) {
        if (entry.version === version) entry.resolve();
        else waiting.push(entry);
      }
    };

    const tick = async () => {
      try {
        const version = await readDataVersion(app.db);
        if (version !== seen) seen = version;
        else if (version !== warmed) await warmUp(version);
      } catch {
        // The database is away: the monitor reports it; look again at the next tick.
      }
      if (!closed) timer = setTimeout(() => void tick(), options.intervalMs).unref();
    };

    app.decorate('warmUp', {
      register: (name, warm) => void warmers.push({ name, warm }),
      get warmed() {
        return warmed;
      },
      whenWarmed: (version) =>
        warmed === version ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ version, resolve })),
    } satisfies WarmUp);

    if (options.intervalMs > 0) app.addHook('onReady', async () => void tick());
    app.addHook('onClose', async () => {
      closed = true;
      if (timer) clearTimeout(timer);
    });
  },
  { name: 'coopgraph-warm-up', dependencies: ['coopgraph-database'] },
);
