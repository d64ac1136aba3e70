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

/** Flags the derived edges as pending, inside the caller's write transaction. */
export async function markPending(tx: Pick<Transaction, 'run'>): Promise<void> {
  await tx.run('derivation/mark-pending');
}

export interface DerivationState {
  /** A write changed what the edges derive from, and no run has caught up with it yet. */
  pending: boolean;
  pendingSince: string | null;
  /** A run holds the lease now. */
  deriving: boolean;
  derivedAt: string | null;
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
  const changes = await acquire(db, lease, leaseWaitMs);
  let completed = false;
  try {
    const params = { run, nonCooperationKinds, jointPairLimit: int(JOINT_PAIR_LIMIT) };
    for (const name of STEPS) {
      if ((await db.write('derivation/acquire', lease)).length === 0) {
        throw new Error(`coopgraph: the derivation lost its lease before ${name} (another process took it over)`);
      }
      await withRetries(() => db.autoCommit(name, params, STEP_TIMEOUT_MS));
    }
    // The stored degrees /api/network ranks by follow the derived edges (./partner-counts.ts).
    await withRetries(() => storePartnerCounts(db));
    completed = true;
  } finally {
    await db
      .write('derivation/release', { run, changes: int(changes), completed })
      .catch((error: unknown) => (completed ? Promise.reject(error) : undefined));
  }
  const [row] = await db.read('derive/count');
  // Re-derivation can change edge properties without changing any count: cached analytics must see it.
  await bumpDataVersion(db);
  return Number(row?.count ?? 0);
}

/** Waits for the lease; returns the change count the run starts from. */
async function acquire(db: Database, lease: { run: string }, waitMs: number): Promise<number> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [row] = await withRetries(() => db.write('derivation/acquire', lease));
    if (row) return Number(row.changes ?? 0);
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
