/**
 * Cooperation derivation
 * ======================
 *
 * Rebuilds the derived COOPERATES_WITH edges from the agreements (cypher/queries/derive; the rules, topology and
 * non-cooperation kinds, are in docs/data-model.md), and keeps the truth about whether they are current:
 *
 * - **Flagged in the write.** A write that changes what the edges derive from runs
 *   `derivation/mark-pending` in its own transaction (`markPending`), so committed data is never unflagged,
 *   whatever happens to the process afterwards. Health and stats report the flag (`readDerivationState`).
 * - **One run at a time.** Runs are serialised in this process (a queue per database; a request that finds one
 *   waiting joins it, since it will see every write committed before it starts) and across processes by a lease
 *   on `(:Meta {id: 'derivation'})`: two interleaved runs would delete each other's edges.
 * - **Retried.** Each statement is retried on transient errors (deadlocks with a concurrent write); the steps
 *   are idempotent under the lease. A run clears the flag only if no write flagged a change after it started.
 * - **Scoped.** The flag carries the institutions the pending writes can change (`markPending` with their
 *   `ScopeSeeds`, read in the write's transaction by cypher/queries/derivation/scope.cypher); a run re-derives
 *   those alone (cypher/queries/derive-scoped, one transaction), or every institution when a write could not
 *   tell (a bulk load) or the scope outgrew SCOPE_LIMIT. test/db/derivation-scoped.test.ts holds the two equal.
 * - **Repaired.** A run that fails, or a process killed mid-run, leaves the flag set: the next write derives
 *   because of it, `npm start` derives at start, and `deriveInBackground` retries after a write whose data
 *   committed but whose derivation failed (its client is told "written, derivation pending", not "failed").
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetryableError } from 'neo4j-driver';

import { bumpDataVersion } from '../db/data-version.js';
import { type Database, type Transaction, int } from '../db/database.js';
import type { QueryName } from '../db/query-names.js';
import { UnavailableError } from '../unavailable.js';
import { JOINT_PAIR_LIMIT, parseNonCooperationKinds } from '../../core/cooperation.js';
import type { CooperationState } from '../../core/contract/stats.js';
import { storePartnerCounts } from './partner-counts.js';

/** The outer statement of CALL { } IN TRANSACTIONS lives as long as a whole step: minutes at 100k institutions. */
const STEP_TIMEOUT_MS = 60 * 60 * 1000;
/** A lease outlives one step; it is renewed before each, so a killed process blocks others this long at most. */
const LEASE_SECONDS = 300;
const LEASE_POLL_MS = 250;
const STEP_ATTEMPTS = 4;
/** Delays of the background retries after a failed derivation (deriveInBackground). */
const BACKGROUND_RETRY_MS = [2_000, 10_000, 60_000];

const STEPS: readonly QueryName[] = [
  'derive/institution-pairs',
  'derive/institution-countries',
  'derive/reset-stated',
  'derive/delete-stale',
  'derive/clear-marks',
];

export interface DeriveOptions {
  /** Agreement kinds that derive no cooperation; default: COOPGRAPH_NON_COOPERATION_KINDS or core/cooperation.ts. */
  nonCooperationKinds?: readonly string[];
  /** How long to wait for another process's lease before giving up (default: one lease). */
  leaseWaitMs?: number;
}

/** The non-cooperation kinds this process runs with (COOPGRAPH_NON_COOPERATION_KINDS, checked by loadConfig). */
export const configuredNonCooperationKinds = (): string[] =>
  parseNonCooperationKinds(process.env.COOPGRAPH_NON_COOPERATION_KINDS);

/**
 * Institution ids past which a pending scope becomes "every institution": a scoped run is one transaction, and
 * beyond a few thousand institutions the batched full run is the safer one.
 */
export const SCOPE_LIMIT = 5_000;

/** What a write touched, as derivation/scope.cypher reads it (each list of ids; absent: none). */
export interface ScopeSeeds {
  /** Institutions whose own edges can change (parties given or taken a PARTY_TO, ends of stated edges). */
  institutions?: string[];
  /** Agreements written, or given or taken a party or a country: all their parties. */
  agreements?: string[];
  /** Institutions moved or deleted: themselves, their co-parties and their partners. */
  around?: string[];
}

/**
 * Flags the derived edges as pending, inside the caller's write transaction, with the institutions whose edges
 * the write can change (from `seeds`, read in the same transaction), or for every institution (`seeds` null).
 */
export async function markPending(tx: Pick<Transaction, 'run'>, seeds: ScopeSeeds | null): Promise<void> {
  let scope: string[] | null = null;
  if (seeds) {
    const total = (seeds.institutions?.length ?? 0) + (seeds.agreements?.length ?? 0) + (seeds.around?.length ?? 0);
    if (total <= SCOPE_LIMIT) {
      const [row] = await tx.run('derivation/scope', {
        institutions: seeds.institutions ?? [],
        agreements: seeds.agreements ?? [],
        around: seeds.around ?? [],
      });
      scope = Array.isArray(row?.scope) ? (row.scope as string[]) : [];
    }
  }
  await tx.run('derivation/mark-pending', { scope, scopeLimit: int(SCOPE_LIMIT) });
}

/** The scope of deleting a node (read before the delete): none for labels the derivation does not read. */
export function deletedNodeScope(label: string, id: string): ScopeSeeds | null {
  if (label === 'Agreement') return { agreements: [id] };
  if (label === 'Institution') return { around: [id] };
  // Every institution located there loses its country: derived for all.
  if (label === 'Country') return null;
  return {};
}

/** The scope of deleting a relationship (read before the delete). */
export function deletedRelationshipScope(type: string, source: string, target: string): ScopeSeeds {
  if (type === 'PARTY_TO') return { institutions: [source], agreements: [target] };
  if (type === 'WITH_COUNTRY') return { agreements: [source] };
  if (type === 'LOCATED_IN') return { around: [source] };
  if (type === 'COOPERATES_WITH') return { institutions: [source, target] };
  return {};
}

export interface DerivationState {
  /** A write changed what the edges derive from, and no run has caught up with it yet. */
  pending: boolean;
  pendingSince: string | null;
  /** A run holds the lease now. */
  deriving: boolean;
  derivedAt: string | null;
  /** The institutions the pending writes can change ([] when none is pending), or null for every institution. */
  scope: string[] | null;
  /** How many institutions the last completed run derived (null: every one, or no run yet). */
  derivedScope: number | null;
}

/** The state as the API reports it (core/contract/stats.ts `CooperationState`). */
export async function cooperationState(db: Database): Promise<CooperationState> {
  const state = await readDerivationState(db);
  return {
    state: state.deriving ? 'deriving' : state.pending ? 'pending' : 'current',
    pendingSince: state.pendingSince,
    derivedAt: state.derivedAt,
  };
}

export async function readDerivationState(db: Database): Promise<DerivationState> {
  const [row] = await db.read('derivation/state');
  return {
    pending: row?.pending === true,
    pendingSince: typeof row?.pendingSince === 'string' ? row.pendingSince : null,
    deriving: row?.deriving === true,
    derivedAt: typeof row?.derivedAt === 'string' ? row.derivedAt : null,
    scope: Array.isArray(row?.scope) ? (row.scope as string[]) : row ? null : [],
    derivedScope: typeof row?.derivedScope === 'number' ? row.derivedScope : null,
  };
}

interface Queue {
  tail: Promise<unknown>;
  /** The run waiting behind the current one, and the kinds it derives with: a caller with the same joins it. */
  waiting: { run: Promise<number>; key: string } | null;
}

const queues = new WeakMap<Database, Queue>();

/**
 * Rebuilds the derived edges and the stored degrees; returns the number of COOPERATES_WITH edges. Serialised
 * (see above); throws when the run fails, leaving the flag set.
 */
export function deriveCooperation(db: Database, options: DeriveOptions = {}): Promise<number> {
  const kinds = [...(options.nonCooperationKinds ?? configuredNonCooperationKinds())];
  const key = JSON.stringify(kinds);
  let queue = queues.get(db);
  if (!queue) {
    queue = { tail: Promise.resolve(), waiting: null };
    queues.set(db, queue);
  }
  if (queue.waiting?.key === key) return queue.waiting.run;
  const current = queue;
  const run: Promise<number> = current.tail
    .catch(() => undefined)
    .then(() => {
      if (current.waiting?.run === run) current.waiting = null;
      return deriveUnderLease(db, kinds, options.leaseWaitMs ?? LEASE_SECONDS * 1000);
    });
  current.waiting = { run, key };
  current.tail = run;
  return run;
}

async function deriveUnderLease(db: Database, nonCooperationKinds: string[], leaseWaitMs: number): Promise<number> {
  const run = randomUUID();
  const lease = { run, leaseSeconds: int(LEASE_SECONDS) };
  const { changes, scope } = await acquire(db, lease, leaseWaitMs);
  let completed = false;
  /** The nodes whose snapshot rows the run can have changed (null: any). */
  let touched: string[] | null = null;
  try {
    const params = { run, nonCooperationKinds, jointPairLimit: int(JOINT_PAIR_LIMIT) };
    if (scope) await deriveScope(db, { ...params, scope });
    else await deriveEverything(db, lease, params);
    // The edges changed are all at the scope's institutions (the other ends' rows are as they were: the
    // analytics read an edge from either end), so the scope is what the analytics must read again.
    touched = scope;
    completed = true;
  } finally {
    await db
      .write('derivation/release', { run, changes: int(changes), completed, scoped: scope ? int(scope.length) : null })
      .catch((error: unknown) => (completed ? Promise.reject(error) : undefined));
  }
  const [row] = await db.read('derive/count');
  // Re-derivation can change edge properties without changing any count: cached analytics must see it.
  await bumpDataVersion(db, touched);
  return Number(row?.count ?? 0);
}

type StepParams = { run: string; nonCooperationKinds: string[]; jointPairLimit: unknown };

/** Every institution's edges, step by step in batches of their own (minutes at 100k institutions). */
async function deriveEverything(db: Database, lease: { run: string }, params: StepParams): Promise<void> {
  for (const name of STEPS) {
    if ((await db.write('derivation/acquire', lease)).length === 0) {
      throw new Error(`coopgraph: the derivation lost its lease before ${name} (another process took it over)`);
    }
    await withRetries(() => db.autoCommit(name, params, STEP_TIMEOUT_MS));
  }
  // The stored degrees /api/network ranks by follow the derived edges (./partner-counts.ts).
  await withRetries(() => storePartnerCounts(db));
}

/**
 * The edges at the scope's institutions only, in one transaction (a scope is bounded: SCOPE_LIMIT): what the
 * pending writes can change (cypher/queries/derivation/scope.cypher), re-derived by the same rules
 * (cypher/queries/derive-scoped), with the stored degrees of every node at their edges.
 */
async function deriveScope(db: Database, params: StepParams & { scope: string[] }): Promise<void> {
  await db.writeTransaction(
    async (tx) => {
      await tx.run('derive-scoped/institution-pairs', params);
      await tx.run('derive-scoped/institution-countries', params);
      const [settled] = await tx.run('derive-scoped/settle', params);
      const others = Array.isArray(settled?.others) ? (settled.others as string[]) : [];
      await tx.run('degree/store-partners-of', { ids: [...new Set([...params.scope, ...others])] });
    },
    { timeoutMs: STEP_TIMEOUT_MS },
  );
}

/** Waits for the lease; returns the change count the run starts from and the pending writes' scope. */
async function acquire(
  db: Database,
  lease: { run: string },
  waitMs: number,
): Promise<{ changes: number; scope: string[] | null }> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [row] = await withRetries(() => db.write('derivation/acquire', lease));
    if (row)
      return { changes: Number(row.changes ?? 0), scope: Array.isArray(row.scope) ? (row.scope as string[]) : null };
    if (Date.now() >= deadline) {
      throw new UnavailableError(
        'Another process is deriving the cooperation edges; the change is recorded and will be derived.',
        'busy',
        Math.ceil(LEASE_SECONDS / 10),
      );
    }
    await sleep(LEASE_POLL_MS);
  }
}

async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= STEP_ATTEMPTS || !isRetryableError(error as Error)) throw error;
      await sleep(100 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

export interface DeriveOutcome {
  derived: boolean;
  /** The edge count after the run; without a run, as it stands. */
  cooperationEdges: number;
  /** Why the run failed (the data it follows is committed; the flag stays set). */
  error?: Error;
}

/**
 * Derives after a committed write; a failure is an outcome, not an exception (the write stands, the flag says
 * the edges lag, and a background retry is scheduled).
 */
export async function deriveAfterWrite(db: Database, options: DeriveOptions = {}): Promise<DeriveOutcome> {
  try {
    return { derived: true, cooperationEdges: await deriveCooperation(db, options) };
  } catch (error) {
    deriveInBackground(db, options);
    const [row] = await db.read('derive/count').catch(() => [undefined]);
    return { derived: false, cooperationEdges: Number(row?.count ?? 0), error: error as Error };
  }
}

/** Retries a failed derivation a few times, later, while the flag is still set. Timers do not hold the process. */
export function deriveInBackground(db: Database, options: DeriveOptions = {}, attempt = 0): void {
  const delay = BACKGROUND_RETRY_MS[attempt];
  if (delay === undefined) return;
  setTimeout(() => {
    void (async () => {
      try {
        if ((await readDerivationState(db)).pending) await deriveCooperation(db, options);
      } catch {
        deriveInBackground(db, options, attempt + 1);
      }
    })();
  }, delay).unref();
}
