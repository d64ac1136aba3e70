/**
 * Database
 * ========
 *
 * The one Neo4j driver of a process and the ways the service talks to it. Nothing else opens a session:
 *
 * - `read` / `write`: a named query from `cypher/queries` in a managed transaction (`executeRead` /
 *   `executeWrite`, retried on transient errors, so the same code works against a cluster), with a timeout.
 * - `readText`: the same for a Cypher text built from cypher/ with an allowlisted label or type substituted
 *   (`queryForType`); the `CypherText` type admits nothing else.
 * - `writeTransaction(async (tx) => ...)`: several statements in one write transaction, all or nothing.
 * - `autoCommit`: one statement outside a transaction (what `CALL { } IN TRANSACTIONS` needs).
 * - `applySchema` (cypher/schema.cypher) and `health`, a probe with its own deadline.
 *
 * Every session shares one bookmark manager, so a read that follows a write, in any session (the analytics
 * snapshot included), sees it on a cluster too, where it may be served by another member.
 *
 * Outages are answered quickly (docs/operations.md): the monitor (monitor.ts) probes the database on a
 * connection pool of its own; while it is down every call fails at once with a 503-with-Retry-After error,
 * reads in flight are let go when it goes down, and each call has a client-side deadline besides the server's
 * transaction timeout, so a frozen server cannot hold a request forever. When the settings can change under a
 * running process (the local Neo4j may move to another port), `resolveSettings` is asked after a failed probe
 * and the drivers are rebuilt for the new address.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

import type { Neo4jSettings } from '../config.js';
import { type CypherText, query, statementsOf } from './cypher.js';
import type { QueryName } from './query-names.js';
import { UnavailableError } from '../unavailable.js';
import { type DatabaseState, Monitor, type ProbeResult, withDeadline } from './monitor.js';
import { type Plain, toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, Plain>;
export type { CypherText } from './cypher.js';

export interface Health {
  connected: boolean;
  version: string | null;
  edition: string | null;
  /** up, down, or unknown before the first probe has answered. */
  state: DatabaseState;
  latencyMs: number;
  error?: string;
}

/** How the facade talks to Neo4j; every field has a default (the COOPGRAPH_NEO4J_* variables of config.ts). */
export interface DatabaseOptions {
  /** Transaction timeout of a query, unless the call gives its own. */
  queryTimeoutMs?: number;
  /** Connections in the pool. */
  poolSize?: number;
  /** How long a query waits for a connection from a full pool before it is refused (503). */
  acquireTimeoutMs?: number;
  /** How long opening a connection (TCP and Bolt handshake) may take. */
  connectTimeoutMs?: number;
  /** How often the monitor probes the database, and how long a probe may take. */
  probeIntervalMs?: number;
  probeTimeoutMs?: number;
  /** Where the database is now, asked after a failed probe (the local Neo4j's instance.json). */
  resolveSettings?: () => Neo4jSettings;
  userAgent?: string;
}

/** Statements of one transaction (`writeTransaction`), by name or as an allowlisted text. */
export interface Transaction {
  run(name: QueryName, params?: Params): Promise<Row[]>;
  runText(text: CypherText, params?: Params): Promise<Row[]>;
}

/** Integer parameters (LIMIT, SKIP, depths) must be sent as Neo4j integers, not floats. */
export const int = (value: number) => neo4j.int(Math.trunc(value));

/** Time a call may take beyond its transaction timeout (retries, connection set-up) before it is let go. */
const DEADLINE_GRACE_MS = 5_000;
/** The deadline of a statement that runs under the server's own timeout (schema, auto-commit without one). */
const SERVER_BOUND_MS = 300_000;
/** Retry-After when a call outlived its deadline. */
const UNANSWERED_RETRY_AFTER_SECONDS = 5;

const rows = (records: { toObject(): object }[]): Row[] => records.map((record) => toPlain(record.toObject()) as Row);

/** A driver transaction seen as a `Transaction`: statements by name, rows as plain values. */
export const namedTransaction = (tx: ManagedTransaction): Transaction => ({
  run: async (name, params = {}) => rows((await tx.run(query(name), params)).records),
  runText: async (text, params = {}) => rows((await tx.run(text, params)).records),
});

interface Drivers {
  settings: Neo4jSettings;
  driver: Driver;
  /** A small pool of its own for the probe: a data pool that is exhausted must not look like a database down. */
  probe: Driver;
}

export class Database {
  readonly database: string;
  /** Shared by every session (causal consistency across sessions; see the title block). */
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  readonly monitor: Monitor;
  private drivers: Drivers;
  private readonly timeoutMs: number;
  private readonly probeTimeoutMs: number;
  private readonly options: DatabaseOptions;

  constructor(settings: Neo4jSettings, options: DatabaseOptions = {}) {
    this.database = settings.database;
    this.options = options;
    this.timeoutMs = options.queryTimeoutMs ?? 15_000;
    this.drivers = this.connect(settings);
    const probeTimeoutMs = options.probeTimeoutMs ?? 1_000;
    this.probeTimeoutMs = probeTimeoutMs;
    this.monitor = new Monitor(() => this.probeOnce(probeTimeoutMs), {
      intervalMs: options.probeIntervalMs ?? 500,
      timeoutMs: probeTimeoutMs,
      setupMs: options.connectTimeoutMs ?? 2_000,
      onFailure: () => this.followSettings(),
    });
  }

  get driver(): Driver {
    return this.drivers.driver;
  }

  private connect(settings: Neo4jSettings): Drivers {
    const auth = neo4j.auth.basic(settings.username, settings.password);
    const quiet = { level: 'error' as const, logger: () => undefined };
    const userAgent = this.options.userAgent ?? 'coopgraph';
    const connectTimeoutMs = this.options.connectTimeoutMs ?? 2_000;
    const probeTimeoutMs = this.options.probeTimeoutMs ?? 1_000;
    return {
      settings,
      driver: neo4j.driver(settings.uri, auth, {
        disableLosslessIntegers: true,
        maxConnectionPoolSize: this.options.poolSize ?? 100,
        // A full pool or a server that does not accept connections is a 503 within seconds, not a wait.
        connectionAcquisitionTimeout: this.options.acquireTimeoutMs ?? 3_000,
        connectionTimeout: connectTimeoutMs,
        maxTransactionRetryTime: 10_000,
        userAgent,
        logging: quiet,
      }),
      probe: neo4j.driver(settings.uri, auth, {
        disableLosslessIntegers: true,
        maxConnectionPoolSize: 1,
        connectionAcquisitionTimeout: probeTimeoutMs + connectTimeoutMs,
        connectionTimeout: connectTimeoutMs,
        userAgent: `${userAgent}-probe`,
        logging: quiet,
      }),
    };
  }

  /** After a failed probe: if the database now lives elsewhere (another port), reconnect there. */
  private followSettings(): void {
    if (!this.options.resolveSettings) return;
    let next: Neo4jSettings;
    try {
      next = this.options.resolveSettings();
    } catch {
      return; // nothing to follow (yet)
    }
    const now = this.drivers.settings;
    if (next.uri === now.uri && next.username === now.username && next.password === now.password) return;
    const old = this.drivers;
    this.drivers = this.connect({ ...next, database: this.database });
    void old.driver.close().catch(() => undefined);
    void old.probe.close().catch(() => undefined);
    this.monitor.suspect();
  }

  /** The Neo4j URI in use (it may change: see `resolveSettings`). */
  get uri(): string {
    return this.drivers.settings.uri;
  }

  session(mode: 'READ' | 'WRITE' = 'READ'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /**
   * Runs `work` on a new session, unless the database is known to be down; a read is let go when the database
   * goes down under it, any call when it outlives `deadlineMs`. The session is closed afterwards (in the
   * background when the call was let go: closing would wait for the frozen server too).
   */
  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    deadlineMs: number,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    this.monitor.assertUp();
    const session = this.session(mode);
    const running = work(session);
    let settled = false;
    running.then(
      () => (settled = true),
      () => (settled = true),
    );
    const unanswered = () =>
      new UnavailableError(
        mode === 'READ'
          ? 'The database did not answer in time; try again shortly.'
          : 'The database did not answer in time; the write may or may not have been applied: check before retrying.',
        'database-unanswered',
        UNANSWERED_RETRY_AFTER_SECONDS,
      );
    try {
      const bounded = withDeadline(running, deadlineMs, unanswered);
      return await (mode === 'READ' ? this.monitor.guardRead(bounded) : bounded);
    } catch (error) {
      if (isConnectivityError(error)) this.monitor.suspect();
      throw error;
    } finally {
      if (settled) await session.close().catch(() => undefined);
      else void running.finally(() => session.close()).catch(() => undefined);
    }
  }

  /** Runs a statement's text in a managed transaction (bench/api.ts replays the baseline Cypher through it). */
  protected managed(mode: 'READ' | 'WRITE', text: string, params: Params, timeoutMs = this.timeoutMs): Promise<Row[]> {
    return this.withSession(mode, timeoutMs + DEADLINE_GRACE_MS, async (session) => {
      const work = async (tx: ManagedTransaction) => (await tx.run(text, params)).records;
      const config = { timeout: timeoutMs };
      return rows(mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config));
    });
  }

  /** Runs the named read query (`cypher/queries/<name>.cypher`). */
  read(name: QueryName, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.managed('READ', query(name), params, timeoutMs);
  }

  /** Runs a read whose text came from cypher/ with an allowlisted type substituted (`queryForType`). */
  readText(text: CypherText, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.managed('READ', text, params, timeoutMs);
  }

  /** Runs the named write query in a retried write transaction. */
  write(name: QueryName, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.managed('WRITE', query(name), params, timeoutMs);
  }

  /**
   * Runs several statements in one write transaction: all commit or none. `work` may run more than once (the
   * transaction is retried on transient errors), so it must start from scratch each time.
   */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return this.withSession('WRITE', timeoutMs + DEADLINE_GRACE_MS, (session) =>
      session.executeWrite((tx) => work(namedTransaction(tx)), { timeout: timeoutMs }),
    );
  }

  /** Runs a named statement in an auto-commit transaction (needed by `CALL { } IN TRANSACTIONS`). */
  autoCommit(name: QueryName, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.withSession('WRITE', (timeoutMs ?? SERVER_BOUND_MS) + DEADLINE_GRACE_MS, async (session) => {
      // A timeout given here overrides the server's db.transaction.timeout, for long batched statements.
      const result = await session.run(query(name), params, timeoutMs ? { timeout: timeoutMs } : undefined);
      return rows(result.records);
    });
  }

  /** Applies `cypher/schema.cypher`; every statement is `IF NOT EXISTS`, so this is idempotent. */
  async applySchema(): Promise<number> {
    const statements = statementsOf('schema.cypher');
    await this.withSession('WRITE', SERVER_BOUND_MS + DEADLINE_GRACE_MS, async (session) => {
      // Schema commands cannot share a transaction with each other; each runs on its own.
      for (const statement of statements) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    });
    return statements.length;
  }

  /** One probe query on the probe pool (the monitor gives it its deadline). */
  private async probeOnce(timeoutMs: number): Promise<Omit<ProbeResult, 'latencyMs'>> {
    const session = this.drivers.probe.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const probing = session.run(query('health/components'), {}, { timeout: timeoutMs });
    try {
      const result = await probing;
      const row = toPlain(result.records[0]?.toObject() ?? {}) as Row;
      return { connected: true, version: String(row.version), edition: String(row.edition) };
    } finally {
      // Closing waits for the server; a frozen one would hold the probe past its deadline.
      void session.close().catch(() => undefined);
    }
  }

  /**
   * A fresh probe. While the database is known to be down, a reconnecting probe may take longer than the probe
   * timeout (it opens a connection): health then answers "down" from the last probe after the timeout instead.
   */
  async health(): Promise<Health> {
    this.monitor.start();
    const probing = this.monitor.probe();
    const last = this.monitor.lastProbe;
    const probe =
      this.monitor.state === 'down' && last
        ? await Promise.race([probing, sleep(this.probeTimeoutMs).then(() => last)])
        : await probing;
    return { ...probe, state: this.monitor.state };
  }

  async close(): Promise<void> {
    this.monitor.stop();
    await Promise.all([this.drivers.driver.close(), this.drivers.probe.close()]);
  }
}

/** Errors that say the server could not be reached (as opposed to a query that failed). */
export function isConnectivityError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}
