/**
 * Local Neo4j: one server instance
 * ================================
 *
 * A Neo4j home folder (conf, data, logs, credentials) run as a detached java process on 127.0.0.1 and a free
 * port. The main instance lives in `.neo4j/main` and keeps its data between runs; test harnesses create
 * throwaway instances in folders of their own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';

import { NEO4J_DIR, provision } from './provision.js';

export interface Memory {
  heapInitial: string;
  heapMax: string;
  pageCache: string;
}

/** Sized for a 2-core / 24 GiB machine that also runs Node, Chromium and the test suite. */
export const MAIN_MEMORY: Memory = { heapInitial: '1g', heapMax: '4g', pageCache: '2g' };
export const TEST_MEMORY: Memory = { heapInitial: '512m', heapMax: '1g', pageCache: '256m' };

export interface Credentials {
  uri: string;
  username: string;
  password: string;
  database: string;
}

interface InstanceState {
  port: number;
  password: string;
  /** When the seed was loaded into this instance's database (server/ingest/seed.ts), once. */
  seededAt?: string;
}

/** JVM flags the official `bin/neo4j` script passes; Neo4j 5 needs the add-opens on Java 17. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class LocalNeo4j {
  readonly home: string;
  private readonly memory: Memory;
  private readonly log: (line: string) => void;

  constructor(options: { home?: string; memory?: Memory; log?: (line: string) => void } = {}) {
    this.home = options.home ?? path.join(NEO4J_DIR, 'main');
    this.memory = options.memory ?? MAIN_MEMORY;
    this.log = options.log ?? ((line) => console.log(line));
  }

  private file(...parts: string[]): string {
    return path.join(this.home, ...parts);
  }

  private readState(): InstanceState | null {
    const file = this.file('instance.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as InstanceState) : null;
  }

  private writeState(state: InstanceState): void {
    const file = this.file('instance.json');
    writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }

  /** Whether the seed was ever loaded into this instance (its first start): a wiped database is not re-seeded. */
  wasSeeded(): boolean {
    return this.readState()?.seededAt !== undefined;
  }

  markSeeded(): void {
    const state = this.readState();
    if (state) this.writeState({ ...state, seededAt: new Date().toISOString() });
  }

  /** Pid of the running server, or null. */
  pid(): number | null {
    const file = this.file('run', 'neo4j.pid');
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && processIsAlive(pid) ? pid : null;
  }

  credentials(): Credentials {
    const state = this.readState();
    if (!state) throw new Error(`coopgraph: no Neo4j instance in ${this.home}; run npm run db:start`);
    return { uri: `bolt://127.0.0.1:${state.port}`, username: 'neo4j', password: state.password, database: 'neo4j' };
  }

  /** Writes neo4j.conf for the given port. Rewritten at every start so settings follow the code. */
  private writeConfig(port: number): void {
    const lines = [
      '# Written by coopgraph at every start: edit server/db/local-neo4j/instance.ts instead.',
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${port}`,
      'server.bolt.advertised_address=127.0.0.1',
      'server.http.enabled=false',
      'server.https.enabled=false',
      `server.memory.heap.initial_size=${this.memory.heapInitial}`,
      `server.memory.heap.max_size=${this.memory.heapMax}`,
      `server.memory.pagecache.size=${this.memory.pageCache}`,
      `server.directories.data=${this.file('data')}`,
      `server.directories.logs=${this.file('logs')}`,
      `server.directories.import=${this.file('import')}`,
      `server.directories.run=${this.file('run')}`,
      'dbms.security.auth_enabled=true',
      'dbms.usage_report.enabled=false',
      // A server-side ceiling; the service sets tighter per-query timeouts.
      'db.transaction.timeout=120s',
    ];
    writeFileSync(this.file('conf', 'neo4j.conf'), lines.join('\n') + '\n');
  }

  private async prepare(lib: string): Promise<InstanceState> {
    for (const dir of ['conf', 'data', 'logs', 'import', 'run']) mkdirSync(this.file(dir), { recursive: true });
    let state = this.readState();
    if (!state) {
      // Hex, not base64url: a password starting with '-' would be read by neo4j-admin as an option.
      state = { port: await freePort(), password: randomBytes(18).toString('hex') };
      this.writeConfig(state.port);
      this.setInitialPassword(lib, state.password);
      this.writeState(state);
    } else if (!(await portIsFree(state.port))) {
      state = { ...state, port: await freePort() };
      this.writeState(state);
    }
    this.writeConfig(state.port);
    return state;
  }

  private setInitialPassword(lib: string, password: string): void {
    const result = spawnSync(
      'java',
      ['-cp', `${lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      { env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: this.file('conf') }, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new Error(`coopgraph: could not set the Neo4j password: ${result.stderr || result.stdout}`);
    }
  }

  /** Runs neo4j-admin with this instance's home and config (used by the offline-import benchmark). */
  async admin(args: string[]): Promise<{ status: number; output: string }> {
    const lib = await provision(this.log);
    const result = spawnSync('java', ['-Xmx2g', '-cp', `${lib}/*`, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: this.file('conf') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
  }

  /** Starts the server if it is not running and waits for Bolt. Returns true when this call started it. */
  async start(options: { timeoutMs?: number } = {}): Promise<boolean> {
    const lib = await provision(this.log);
    if (this.pid() !== null) {
      await this.waitForBolt(options.timeoutMs ?? 120_000);
      return false;
    }
    const state = await this.prepare(lib);
    const console = openSync(this.file('logs', 'console.log'), 'a');
    const child = spawn(
      'java',
      [
        `-Xms${this.memory.heapInitial}`,
        `-Xmx${this.memory.heapMax}`,
        ...JVM_FLAGS,
        '-cp',
        `${lib}/*`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.home}`,
        `--config-dir=${this.file('conf')}`,
      ],
      { detached: true, stdio: ['ignore', console, console], env: { ...process.env, NEO4J_HOME: this.home } },
    );
    closeSync(console);
    child.unref();
    writeFileSync(this.file('run', 'neo4j.pid'), String(child.pid));
    this.log(`coopgraph: starting Neo4j on 127.0.0.1:${state.port} (pid ${child.pid}, logs in ${this.file('logs')})`);
    await this.waitForBolt(options.timeoutMs ?? 120_000);
    return true;
  }

  /** Polls Bolt until a query answers; on timeout, fails with the last lines of the logs. */
  async waitForBolt(timeoutMs: number): Promise<void> {
    const { uri, username, password, database } = this.credentials();
    const deadline = Date.now() + timeoutMs;
    let lastError = '';
    while (Date.now() < deadline) {
      if (this.pid() === null) {
        throw new Error(`coopgraph: Neo4j exited during start-up.\n${this.logTail()}`);
      }
      const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
        connectionAcquisitionTimeout: 2_000,
        connectionTimeout: 2_000,
        logging: { level: 'error', logger: () => undefined },
      });
      try {
        // The user database, not `system`: it must be online before the service can use it.
        await driver.executeQuery('RETURN 1', {}, { database });
        return;
      } catch (error) {
        lastError = (error as Error).message;
      } finally {
        await driver.close();
      }
      await sleep(500);
    }
    throw new Error(
      `coopgraph: Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s (last error: ${lastError}).\n` +
        this.logTail(),
    );
  }

  logTail(lines = 25): string {
    const parts: string[] = [];
    for (const name of ['neo4j.log', 'console.log']) {
      const file = this.file('logs', name);
      if (!existsSync(file)) continue;
      const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      parts.push(`--- last lines of ${file} ---\n${tail}`);
    }
    return parts.join('\n');
  }

  /** Stops the server: SIGTERM, then SIGKILL if it has not exited within the grace period. */
  async stop(graceMs = 30_000): Promise<boolean> {
    const pid = this.pid();
    if (pid === null) return false;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (processIsAlive(pid) && Date.now() < deadline) await sleep(200);
    if (processIsAlive(pid)) process.kill(pid, 'SIGKILL');
    while (processIsAlive(pid)) await sleep(100);
    rmSync(this.file('run', 'neo4j.pid'), { force: true });
    return true;
  }

  /** Stops the server and deletes its home folder (throwaway test instances). */
  async destroy(): Promise<void> {
    await this.stop(10_000);
    rmSync(this.home, { recursive: true, force: true });
  }
}
