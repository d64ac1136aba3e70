/**
 * Analytics engine
 * ================
 *
 * What the routes call: `run(name, params)` answers an analysis (analyses.ts) for the current data version,
 * computed once per version and then served from memory.
 *
 * - Every call reads the data version (data-version.ts: one constant-time query). While it is unchanged, a
 *   result already computed is returned at once, and concurrent calls share one load and one computation.
 *   When it changes, every result is dropped and computed again on demand, on a snapshot patched from the one
 *   built when the writes since recorded what they touched (data-version.ts `touchedSince`: their rows are read
 *   again, model.ts `CooperationBuilder.patch`), else read whole. Results are kept least-recently-used first
 *   out, up to `maxResults` per version (per-institution answers would otherwise grow without bound).
 * - One snapshot load at a time, never abandoned for a newer one: under writes faster than a load (an import, a
 *   fuzzer), loads that gave way to each other would never finish. A call that finds a load of another version
 *   under way waits for it, and takes its answer when that load started after the call arrived (its data is at
 *   least as new as what the call saw); otherwise it loads the version it reads next. Each answer carries the
 *   version it was computed on.
 * - The snapshot is read here, page by page (snapshot.ts), and handed to a worker thread (worker.ts) that
 *   builds the graph as the pages come (the build overlaps the read) and runs the analyses, so seconds of CPU
 *   on a large graph never block this thread.
 * - If the worker dies (out of memory, a bug), pending calls fail, and the next call starts a new worker and
 *   reloads.
 * - A cold run (a result not computed yet) is admitted by `coldRuns`, a limiter (server/admission/limiter.ts):
 *   a burst of distinct questions waits in its queue or is told "busy", while cached answers are always served.
 */
import { Worker } from 'node:worker_threads';

import { DOMAIN_ERRORS } from '../../core/errors.js';
import type { Limiter } from '../admission/limiter.js';
import type { Database } from '../db/database.js';
import type { AnalysisName, AnalysisParams, AnalysisResults } from './analyses.js';
import { type DataVersion, readDataVersionInfo, touchedSince } from '../db/data-version.js';
import { readSnapshotPatch, snapshotPages } from './snapshot.js';
import { UnavailableError } from '../unavailable.js';
import type { WorkerError, WorkerRequest, WorkerResponse } from './worker.js';

export interface Cached<T> {
  value: T;
  version: string;
  /** true when the result had already been computed for this data version. */
  cached: boolean;
}

export interface EngineOptions {
  maxResults?: number;
  pageSize?: number;
  /** Admits cold runs; without one, they are not limited. */
  coldRuns?: Limiter;
}

interface VersionState {
  version: string;
  /** The version with its counter and token, from which a later version can be patched. */
  info: DataVersion;
  /** Loads started before this one, plus one: later loads read data at least as new. */
  sequence: number;
  loaded: Promise<void>;
  results: Map<string, Promise<unknown>>;
}

/** A request before it gets its id (Omit over each member of the union). */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * Ids touched since the built version past which a newer version is read whole rather than patched: a patch
 * reads its institutions with every edge, one row each.
 */
export const PATCH_LIMIT = 5_000;

/** Tries of one analysis, each on the newest data version, before the caller is told to come back. */
const STALE_ATTEMPTS = 5;

class StaleVersionError extends Error {
  override name = 'StaleVersionError';
}

/** The worker module next to this one: worker.js in the compiled server (dist/server/analytics), and under tsx
 *  worker-tsx.mjs, which registers tsx in the worker thread before it imports worker.ts (Node 20 workers do not
 *  inherit tsx through execArgv). Both are real files: no eval'd loader string. */
function startWorker(): Worker {
  const fromTypeScript = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromTypeScript ? './worker-tsx.mjs' : './worker.js', import.meta.url));
}

function toError(error: WorkerError): Error {
  if (error.stale) return new StaleVersionError(error.message);
  if (error.domain !== undefined) return new DOMAIN_ERRORS[error.domain](error.message, error.field);
  return new Error(`coopgraph analytics worker: ${error.message}`);
}

export class AnalyticsEngine {
  private readonly maxResults: number;
  private readonly pageSize: number | undefined;
  private readonly coldRuns: Limiter | undefined;
  /** The version whose snapshot the worker holds, and the load under way (at most one). */
  private built: VersionState | null = null;
  private loading: VersionState | null = null;
  private loadsStarted = 0;
  private patchesApplied = 0;
  private thread: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly db: Database,
    options: EngineOptions = {},
  ) {
    this.maxResults = options.maxResults ?? 500;
    this.pageSize = options.pageSize;
    this.coldRuns = options.coldRuns;
  }

  /** The result of analysis `name` with `params` for the current data version. */
  async run<N extends AnalysisName>(name: N, params: AnalysisParams[N]): Promise<Cached<AnalysisResults[N]>> {
    // The data changed between our version check and the worker's answer (another request's load of a newer
    // version finished first): again, on the new version. Writes in a tight loop can do that several times.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(name, params);
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        if (attempt === STALE_ATTEMPTS)
          throw new UnavailableError(
            'The data is changing faster than the analysis can be computed; try again shortly.',
            'busy',
            1,
          );
      }
    }
  }

  /** Loads the snapshot of the current data version, if it is not loaded yet (the warm-up after a change). */
  async prefetch(): Promise<void> {
    await this.current();
  }

  /** Snapshot loads started so far (tests: a warmed snapshot is not loaded again). */
  get loads(): number {
    return this.loadsStarted;
  }

  /** Versions built by patching the one before (tests: a small write does not read everything again). */
  get patches(): number {
    return this.patchesApplied;
  }

  /** Stops the worker; the engine can not be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }

  private async attempt<N extends AnalysisName>(
    name: N,
    params: AnalysisParams[N],
  ): Promise<Cached<AnalysisResults[N]>> {
    const state = await this.current();
    const key = `${name}|${JSON.stringify(params)}`;
    let result = state.results.get(key) as Promise<AnalysisResults[N]> | undefined;
    const cached = result !== undefined;
    if (result) {
      // Touch it: the least recently used result is the one dropped.
      state.results.delete(key);
    } else {
      const request = { kind: 'run', version: state.version, name, params } as const;
      const compute = () => state.loaded.then(() => this.call(request) as Promise<AnalysisResults[N]>);
      result = this.coldRuns ? this.coldRuns.run(compute) : compute();
      result.catch(() => {
        if (state.results.get(key) === result) state.results.delete(key);
      });
    }
    state.results.set(key, result);
    while (state.results.size > this.maxResults) state.results.delete(state.results.keys().next().value!);
    return { value: await result, version: state.version, cached };
  }

  private async current(): Promise<VersionState> {
    const arrival = this.loadsStarted;
    for (;;) {
      if (this.closed) throw new Error('coopgraph analytics: the engine is closed');
      const info = await readDataVersionInfo(this.db);
      const version = info.key;
      if (this.built?.version === version) return this.built;
      const loading = this.loading;
      if (loading) {
        if (loading.version === version || loading.sequence > arrival) {
          await loading.loaded;
          return loading;
        }
        // A load of an older version, started before this call: let it finish, then read the version again.
        await loading.loaded.catch(() => undefined);
        continue;
      }
      const state: VersionState = {
        version,
        info,
        sequence: ++this.loadsStarted,
        loaded: this.load(info),
        results: new Map(),
      };
      this.loading = state;
      // A failed load (database down, timeout) is not kept: the next call tries again.
      void state.loaded
        .then(
          () => {
            if (this.loading === state) this.built = state;
          },
          () => undefined,
        )
        .finally(() => {
          if (this.loading === state) this.loading = null;
        });
      await state.loaded;
      return state;
    }
  }

  /** Builds `info`'s version: patched from the built one when the change records allow, else read whole. */
  private async load(info: DataVersion): Promise<void> {
    const base = this.built;
    if (base && this.thread) {
      const touched = await touchedSince(this.db, base.info, info);
      if (touched && touched.size <= PATCH_LIMIT) {
        const patch = await readSnapshotPatch(this.db, touched);
        try {
          await this.call({ kind: 'patch', from: base.version, version: info.key, patch });
          this.patchesApplied += 1;
          return;
        } catch (error) {
          // The worker holds another version by now (it restarted): read whole.
          if (!(error instanceof StaleVersionError)) throw error;
        }
      }
    }
    await this.loadWhole(info.key);
  }

  private async loadWhole(version: string): Promise<void> {
    await this.call({ kind: 'begin', version });
    // Pages are posted without waiting for the worker, which builds each as it arrives while the next is read
    // (its messages are handled in order); a failed page fails the load at the end, never unhandled meanwhile.
    const posted: Promise<unknown>[] = [];
    for await (const page of snapshotPages(this.db, { pageSize: this.pageSize })) {
      const handed = this.call({ kind: 'page', version, page });
      handed.catch(() => undefined);
      posted.push(handed);
    }
    await Promise.all(posted);
    await this.call({ kind: 'end', version });
  }

  private call(request: Unsent<WorkerRequest>): Promise<unknown> {
    // A load still running when the app closes must not start a new worker.
    if (this.closed) return Promise.reject(new Error('coopgraph analytics: the engine is closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker().postMessage({ ...request, id });
    });
  }

  private worker(): Worker {
    if (this.thread) return this.thread;
    const thread = startWorker();
    thread.on('message', (response: WorkerResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if (response.ok) pending.resolve(response.value);
      else pending.reject(toError(response.error));
    });
    const fail = (error: Error) => {
      if (this.thread !== thread) return;
      this.thread = null;
      this.built = null;
      this.loading = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`coopgraph analytics: the worker stopped (exit code ${code})`)));
    this.thread = thread;
    return thread;
  }
}
