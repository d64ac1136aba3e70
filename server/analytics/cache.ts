/**
 * Analytics cache
 * ===============
 *
 * One snapshot of the cooperation data and the results computed from it, per data version (data-version.ts).
 * Every request reads the version (one constant-time query); while it is unchanged, the snapshot and any result
 * already computed are reused, and concurrent requests share one load or one computation. When it changes,
 * everything is dropped and rebuilt on demand. Results are kept least-recently-used first out, up to
 * `maxResults` per version (per-institution answers would otherwise grow without bound).
 */
import type { Database } from '../db/database.js';
import { readDataVersion } from './data-version.js';
import type { CooperationData } from './model.js';
import { loadCooperationData } from './snapshot.js';

export interface Cached<T> {
  value: T;
  version: string;
  /** true when the result was already computed for this data version. */
  cached: boolean;
}

interface VersionState {
  version: string;
  data: Promise<CooperationData> | null;
  results: Map<string, Promise<unknown>>;
}

export class AnalyticsCache {
  private state: VersionState | null = null;
  private readonly maxResults: number;
  private readonly pageSize: number | undefined;

  constructor(
    private readonly db: Database,
    options: { maxResults?: number; pageSize?: number } = {},
  ) {
    this.maxResults = options.maxResults ?? 500;
    this.pageSize = options.pageSize;
  }

  private async current(): Promise<VersionState> {
    const version = await readDataVersion(this.db);
    if (this.state?.version !== version) this.state = { version, data: null, results: new Map() };
    return this.state;
  }

  private data(state: VersionState): Promise<CooperationData> {
    if (!state.data) {
      state.data = loadCooperationData(this.db, { pageSize: this.pageSize });
      // A failed load (database down, timeout) is not kept: the next request tries again.
      state.data.catch(() => {
        if (this.state === state) state.data = null;
      });
    }
    return state.data;
  }

  /** The cooperation data of the current version. */
  async snapshot(): Promise<Cached<CooperationData>> {
    const state = await this.current();
    const cached = state.data !== null;
    return { value: await this.data(state), version: state.version, cached };
  }

  /**
   * The result named `key` for the current data version, computed once by `compute`. The key must name
   * everything the result depends on besides the data (the analysis and its options).
   */
  async get<T>(key: string, compute: (data: CooperationData) => T): Promise<Cached<T>> {
    const state = await this.current();
    const existing = state.results.get(key) as Promise<T> | undefined;
    if (existing) {
      // Touch it: the least recently used result is the one dropped.
      state.results.delete(key);
      state.results.set(key, existing);
      return { value: await existing, version: state.version, cached: true };
    }
    const result = this.data(state).then(compute);
    state.results.set(key, result);
    result.catch(() => state.results.delete(key));
    while (state.results.size > this.maxResults) state.results.delete(state.results.keys().next().value!);
    return { value: await result, version: state.version, cached: false };
  }
}
