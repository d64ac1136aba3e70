/**
 * Analytics worker thread
 * =======================
 *
 * Where the snapshot is built and the analyses run (engine.ts starts it): on 100k institutions a betweenness
 * estimate or a Louvain run takes seconds of CPU, which on the main thread would stall every other request (and
 * trip the server's event-loop-delay guard into answering 503). Here they use the second core instead.
 *
 * Protocol, one request at a time in order, each answered with its id: `begin` a data version, `page` after
 * page of snapshot rows (added to the graph as they come), `end` (finish it), then `run` an analysis on a built
 * version; or `patch` the built version into a newer one (the rows the writes since touched, read again). The
 * worker keeps
 * the last built version while the next one loads, so requests already running on it can finish; a `run` for
 * any other version answers `stale` and the engine asks again.
 */
import { parentPort } from 'node:worker_threads';

import { type DomainErrorName, isDomainError } from '../../core/errors.js';
import { type AnalysisName, type AnalysisParams, runAnalysis } from './analyses.js';
import { type CooperationData, CooperationBuilder, type SnapshotPatch, type SnapshotRows } from './model.js';
import { parseNonCooperationKinds } from '../../core/cooperation.js';

export type WorkerRequest =
  | { id: number; kind: 'begin'; version: string }
  | { id: number; kind: 'page'; version: string; page: Partial<SnapshotRows> }
  | { id: number; kind: 'end'; version: string }
  | { id: number; kind: 'patch'; from: string; version: string; patch: SnapshotPatch }
  | { id: number; kind: 'run'; version: string; name: AnalysisName; params: AnalysisParams[AnalysisName] };

export interface WorkerError {
  message: string;
  /** A domain error (core/errors.ts) by name, rebuilt as such on the other side. */
  domain?: DomainErrorName;
  field?: string;
  /** The version asked for is not (or no longer) the one built. */
  stale?: boolean;
}

export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };

let loading: { version: string; builder: CooperationBuilder } | null = null;
let ready: { version: string; data: CooperationData; builder: CooperationBuilder } | null = null;

const stale = () => Object.assign(new Error('stale data version'), { stale: true });

function handle(request: WorkerRequest): unknown {
  switch (request.kind) {
    case 'begin':
      // Workers inherit the environment: the same non-cooperation kinds as the derivation.
      loading = {
        version: request.version,
        builder: new CooperationBuilder({
          nonCooperationKinds: parseNonCooperationKinds(process.env.COOPGRAPH_NON_COOPERATION_KINDS),
        }),
      };
      return null;
    case 'page':
      // Built as it arrives: this thread adds the nodes and edges while the engine reads the next page.
      if (loading?.version === request.version) loading.builder.add(request.page);
      return null;
    case 'end':
      if (loading?.version === request.version) {
        const { builder } = loading;
        loading = null;
        ready = { version: request.version, data: builder.finish(), builder };
      }
      return { nodes: ready?.data.graph.order ?? 0, edges: ready?.data.graph.size ?? 0 };
    case 'patch': {
      // In place: the version patched from is gone once the patch is in (no run of it can be under way here,
      // since requests are handled one at a time).
      if (ready?.version !== request.from) throw stale();
      const { builder } = ready;
      builder.patch(request.patch);
      ready = { version: request.version, data: builder.finish(), builder };
      return { nodes: ready.data.graph.order, edges: ready.data.graph.size };
    }
    case 'run':
      if (ready?.version !== request.version) throw stale();
      return runAnalysis(ready.data, request.name, request.params as never);
  }
}

function describe(error: unknown): WorkerError {
  if (isDomainError(error)) {
    return {
      message: error.message,
      domain: error.name as DomainErrorName,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  const stale = (error as { stale?: boolean }).stale === true;
  return {
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    ...(stale ? { stale } : {}),
  };
}

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, value: handle(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: describe(error) };
  }
  parentPort!.postMessage(response);
});
