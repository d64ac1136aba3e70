/**
 * Analytics engine
 * ================
 *
 * What the routes call: `run(name, params)` answers an analysis (analyses.ts) for the current data version,
 * computed once per version and then served from memory.
 *
 * - Every call reads the data version (data-version.ts: one constant-time query). While it is unchanged, a
 *   result already computed is returned at once, and concurrent calls share one load and one computation.
 *   When it changes, everything is dropped and rebuilt on demand. Results are kept least-recently-used first
 *   out, up to `maxResults` per version (per-institution answers would otherwise grow without bound).
 * - The snapshot is read here, page by page (snapshot.ts), and handed to a worker thread (worker.ts) that
 *   builds the graph and runs the analyses, so seconds of CPU on a large graph never block this thread.
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
import { readDataVersion } from '../db/data-version.js';
import { snapshotPages } from './snapshot.js';
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
  loaded: Promise<void>;
  results: Map<string, Promise<unknown>>;
}

/** A request before it gets its id (Omit over each member of the union). */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

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
  private state: VersionState | null = null;
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
    try {
      return await this.attempt(name, params);
    } catch (error) {
      // The data changed between our version check and the worker's answer: once more, on the new version.
      if (error instanceof StaleVersionError) return this.attempt(name, params);
      throw error;
    }
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
    if (this.closed) throw new Error('coopgraph analytics: the engine is closed');
    const version = await readDataVersion(this.db);
    if (this.state?.version !== version) {
      const state: VersionState = { version, loaded: this.load(version), results: new Map() };
      // A failed load (database down, timeout) is not kept: the next call tries again.
      state.loaded.catch(() => {
        if (this.state === state) this.state = null;
      });
      this.state = state;
    }
    return this.state;
  }

  private async load(version: string): Promise<void> {
    await this.call({ kind: 'begin', version });
    for await (const page of snapshotPages(this.db, { pageSize: this.pageSize }))
      await this.call({ kind: 'page', version, page });
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
      this.state = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`coopgraph analytics: the worker stopped (exit code ${code})`)));
    this.thread = thread;
    return thread;
  }
}
