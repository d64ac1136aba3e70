/**
 * Database
 * ========
 *
 * The one Neo4j driver of a process and the ways the service talks to it: named queries from `cypher/queries`
 * run in managed transactions (`executeRead` / `executeWrite`, retried on transient errors, so the same code
 * works against a cluster), each with a timeout; the schema from `cypher/schema.cypher`; and a health probe.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

import type { Neo4jSettings } from '../config.js';
import { query, statementsOf } from './cypher.js';
import { type Plain, toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, Plain>;

export interface Health {
  connected: boolean;
  version: string | null;
  edition: string | null;
  error?: string;
}

/** Integer parameters (LIMIT, SKIP, depths) must be sent as Neo4j integers, not floats. */
export const int = (value: number) => neo4j.int(Math.trunc(value));

export class Database {
  readonly driver: Driver;
  readonly database: string;
  private readonly timeoutMs: number;

  constructor(settings: Neo4jSettings, options: { queryTimeoutMs?: number; userAgent?: string } = {}) {
    this.database = settings.database;
    this.timeoutMs = options.queryTimeoutMs ?? 15_000;
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
      // Fail fast while the database is down so requests answer 503 instead of hanging.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 10_000,
      userAgent: options.userAgent ?? 'coopgraph',
      logging: { level: 'error', logger: () => undefined },
    });
  }

  session(mode: 'READ' | 'WRITE' = 'READ'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Runs a statement's text in a managed transaction (bench/api.ts replays the baseline Cypher through it). */
  protected async managed(mode: 'READ' | 'WRITE', text: string, params: Params, timeoutMs?: number): Promise<Row[]> {
    const session = this.session(mode);
    const work = async (tx: ManagedTransaction) => (await tx.run(text, params)).records;
    const config = { timeout: timeoutMs ?? this.timeoutMs };
    try {
      const records = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      return records.map((record) => toPlain(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  /** Runs the named read query (`cypher/queries/<name>.cypher`). */
  read(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.managed('READ', query(name), params, timeoutMs);
  }

  /** Runs the named write query in a retried write transaction. */
  write(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.managed('WRITE', query(name), params, timeoutMs);
  }

  /** Runs a named statement in an auto-commit transaction (needed by `CALL { } IN TRANSACTIONS`). */
  async autoCommit(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      // A timeout given here overrides the server's db.transaction.timeout, for long batched statements.
      const result = await session.run(query(name), params, timeoutMs ? { timeout: timeoutMs } : undefined);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  /** Applies `cypher/schema.cypher`; every statement is `IF NOT EXISTS`, so this is idempotent. */
  async applySchema(): Promise<number> {
    const statements = statementsOf('schema.cypher');
    const session = this.session('WRITE');
    try {
      // Schema commands cannot share a transaction with each other; each runs on its own.
      for (const statement of statements) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
    return statements.length;
  }

  /** One auto-commit probe, no retries, so a down database is reported within the connection timeout. */
  async health(): Promise<Health> {
    const session = this.session('READ');
    try {
      const result = await session.run(query('health/components'), {}, { timeout: 5_000 });
      const row = toPlain(result.records[0]?.toObject() ?? {}) as Row;
      return { connected: true, version: String(row.version), edition: String(row.edition) };
    } catch (error) {
      return { connected: false, version: null, edition: null, error: (error as Error).message };
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
