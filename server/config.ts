/**
 * Configuration
 * =============
 *
 * Read once from the environment and validated at start: a bad value stops the boot with an error naming the
 * variable. `.env.example` and the README's configuration table list every variable; keep the three in step.
 * docs/operations.md explains the limits (admission, pressure guards, timeouts, the database monitor).
 */
import net from 'node:net';
import os from 'node:os';
import v8 from 'node:v8';
import { parseNonCooperationKinds } from '../core/cooperation.js';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  /** Absent when NEO4J_URI is unset: `npm start` then provisions the local server. */
  neo4j: Neo4jSettings | null;
  apiKeys: string[];
  requireKeyForReads: boolean;
  corsOrigins: string[] | true;
  /** CSP frame-ancestors sources: who may embed the explorer (`'self'`, `'none'`, `*` or origins). */
  frameAncestors: string[];
  queryTimeoutMs: number;
  bodyLimitBytes: number;
  writeRateLimitPerMinute: number;
  /** Requests per minute and client that may fail authentication (no key, wrong key) before 429. */
  authFailuresPerMinute: number;
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe for the client address (rate limits, logs). */
  trustProxy: boolean | string;
  serveWeb: boolean;
  /** Agreement kinds that derive no cooperation (COOPGRAPH_NON_COOPERATION_KINDS, docs/data-model.md). */
  nonCooperationKinds: string[];
  /** When `npm start` loads the seed (server/ingest/seed.ts). */
  seed: 'first-start' | 'if-empty' | 'always' | 'never';
  /** How often the data version is looked at to warm the caches after a change; 0: never (server/plugins/warm-up.ts). */
  warmUpIntervalMs: number;
  database: DatabaseTuning;
  admission: AdmissionSettings;
  pressure: PressureSettings;
  timeouts: TimeoutSettings;
}

/** The driver's pool and the database monitor (server/db/database.ts). */
export interface DatabaseTuning {
  poolSize: number;
  acquireTimeoutMs: number;
  connectTimeoutMs: number;
  probeIntervalMs: number;
  probeTimeoutMs: number;
}

/** Concurrency of each heavy route (server/plugins/admission.ts). */
export interface AdmissionSettings {
  concurrency: number;
  queue: number;
  queueTimeoutMs: number;
}

/** @fastify/under-pressure's guards; 0 turns one off. */
export interface PressureSettings {
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
  maxRssBytes: number;
}

/** How long a client may take to send its request (slow clients must not hold connections). */
export interface TimeoutSettings {
  /** Whole request, headers and body (Fastify `requestTimeout`). */
  requestMs: number;
  /** Request headers (the http server's `headersTimeout`). */
  headersMs: number;
  /** A socket with no traffic either way (Fastify `connectionTimeout`). */
  connectionMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * COOPGRAPH_FRAME_ANCESTORS: comma- or space-separated `self`, `none`, `*` or origins (`https://intranet.example`,
 * `https://*.example.org`, `http://localhost:8080`), as CSP frame-ancestors sources.
 */
function frameAncestors(env: Env): string[] {
  const items = (env.COOPGRAPH_FRAME_ANCESTORS ?? '').split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) return ["'self'"];
  const sources = items.map((item) => {
    const bare = item.replace(/^'(.*)'$/, '$1').toLowerCase();
    if (bare === 'self' || bare === 'none') return `'${bare}'`;
    if (item === '*' || /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(item)) return item;
    throw new ConfigError(
      `COOPGRAPH_FRAME_ANCESTORS: "${item}" is not self, none, * or an origin such as https://intranet.example (no path)`,
    );
  });
  if (sources.includes("'none'") && sources.length > 1) {
    throw new ConfigError('COOPGRAPH_FRAME_ANCESTORS: none cannot be combined with other sources');
  }
  return sources;
}

const SEED_MODES = ['first-start', 'if-empty', 'always', 'never'] as const;

function seedMode(env: Env): Config['seed'] {
  const raw = env.COOPGRAPH_SEED || 'first-start';
  if (!(SEED_MODES as readonly string[]).includes(raw)) {
    throw new ConfigError(`COOPGRAPH_SEED must be one of ${SEED_MODES.join(', ')}, got "${raw}"`);
  }
  return raw as Config['seed'];
}

const MB = 1024 * 1024;

/** Node's real heap ceiling (--max-old-space-size or its default); a heap guard at or above it never fires. */
export const heapLimitBytes = () => v8.getHeapStatistics().heap_size_limit;

/** The memory this process may use: the container's limit when there is one, else the machine's. */
function memoryLimitBytes(): number {
  const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0;
  const total = os.totalmem();
  return constrained && constrained > 0 && constrained < total ? constrained : total;
}

function pressure(env: Env): PressureSettings {
  const heapLimitMb = Math.floor(heapLimitBytes() / MB);
  const heapMb = integer(env, 'COOPGRAPH_MAX_HEAP_MB', Math.floor(heapLimitMb * 0.9), 0, 1_000_000);
  if (heapMb >= heapLimitMb) {
    throw new ConfigError(
      `COOPGRAPH_MAX_HEAP_MB must be below Node's heap limit (${heapLimitMb} MB), got ${heapMb}: ` +
        'a guard above it can never fire; raise the limit with NODE_OPTIONS=--max-old-space-size=<MB>',
    );
  }
  // The analytics worker's heap and the buffers of large answers count towards RSS, not towards the heap.
  const rssDefault = Math.floor((memoryLimitBytes() * 0.9) / MB);
  return {
    maxEventLoopDelayMs: integer(env, 'COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS', 1_000, 0, 600_000),
    maxHeapUsedBytes: heapMb * MB,
    maxRssBytes: integer(env, 'COOPGRAPH_MAX_RSS_MB', rssDefault, 0, 100_000_000) * MB,
  };
}

/**
 * `true` (every hop: only behind a proxy that overwrites X-Forwarded-For), `false`, or a comma-separated list of
 * proxy addresses and CIDR ranges (`127.0.0.1,10.0.0.0/8`). No hop count: Fastify 5 ignores those (fails closed).
 */
function trustProxy(env: Env): boolean | string {
  const raw = (env.COOPGRAPH_TRUST_PROXY ?? '').trim();
  if (raw === '' || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  const items = list(env, 'COOPGRAPH_TRUST_PROXY');
  const bad = items.find((item) => {
    const [address, bits, ...rest] = item.split('/');
    const family = net.isIP(address ?? '');
    if (family === 0 || rest.length > 0) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  if (bad !== undefined) {
    throw new ConfigError(
      `COOPGRAPH_TRUST_PROXY must be true, false or a list of proxy addresses / CIDR ranges, got "${bad}"`,
    );
  }
  return items.join(',');
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function neo4jSettings(env: Env): Neo4jSettings | null {
  const uri = env.NEO4J_URI;
  if (!uri) return null;
  const scheme = /^([a-z0-9+]+):\/\//.exec(uri)?.[1];
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI must start with one of ${NEO4J_SCHEMES.map((s) => s + '://').join(', ')}, got "${uri}"`,
    );
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set');
  return {
    uri,
    username: env.NEO4J_USERNAME || 'neo4j',
    password,
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

/** COOPGRAPH_NON_COOPERATION_KINDS: Agreement kinds that are not cooperation (core/cooperation.ts). */
function nonCooperationKinds(env: Env): string[] {
  try {
    return parseNonCooperationKinds(env.COOPGRAPH_NON_COOPERATION_KINDS);
  } catch (error) {
    throw new ConfigError(`COOPGRAPH_NON_COOPERATION_KINDS: ${(error as Error).message}`);
  }
}

export function loadConfig(env: Env = process.env): Config {
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const apiKeys = list(env, 'COOPGRAPH_API_KEYS');
  const shortKey = apiKeys.find((key) => key.length < 16);
  if (shortKey !== undefined) throw new ConfigError('COOPGRAPH_API_KEYS: every key must be at least 16 characters');
  const origins = list(env, 'COOPGRAPH_CORS_ORIGINS');
  const requestMs = integer(env, 'COOPGRAPH_REQUEST_TIMEOUT_MS', 60_000, 100, 3_600_000);
  const headersMs = integer(env, 'COOPGRAPH_HEADERS_TIMEOUT_MS', 10_000, 100, 3_600_000);
  if (headersMs > requestMs) {
    throw new ConfigError(
      `COOPGRAPH_HEADERS_TIMEOUT_MS (${headersMs}) must not exceed COOPGRAPH_REQUEST_TIMEOUT_MS (${requestMs})`,
    );
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    logLevel,
    neo4j: neo4jSettings(env),
    apiKeys,
    requireKeyForReads: boolean(env, 'COOPGRAPH_REQUIRE_KEY_FOR_READS', false),
    corsOrigins: origins.length === 0 || origins.includes('*') ? true : origins,
    frameAncestors: frameAncestors(env),
    queryTimeoutMs: integer(env, 'COOPGRAPH_QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
    bodyLimitBytes: integer(env, 'COOPGRAPH_BODY_LIMIT_BYTES', 10 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    writeRateLimitPerMinute: integer(env, 'COOPGRAPH_WRITE_RATE_LIMIT', 120, 1, 1_000_000),
    authFailuresPerMinute: integer(env, 'COOPGRAPH_AUTH_FAILURE_RATE_LIMIT', 20, 1, 1_000_000),
    trustProxy: trustProxy(env),
    serveWeb: boolean(env, 'COOPGRAPH_SERVE_WEB', true),
    nonCooperationKinds: nonCooperationKinds(env),
    seed: seedMode(env),
    warmUpIntervalMs: integer(env, 'COOPGRAPH_WARM_UP_INTERVAL_MS', 2_000, 0, 3_600_000),
    database: {
      poolSize: integer(env, 'COOPGRAPH_NEO4J_POOL_SIZE', 100, 1, 10_000),
      acquireTimeoutMs: integer(env, 'COOPGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS', 3_000, 10, 600_000),
      connectTimeoutMs: integer(env, 'COOPGRAPH_NEO4J_CONNECT_TIMEOUT_MS', 2_000, 10, 600_000),
      probeIntervalMs: integer(env, 'COOPGRAPH_NEO4J_PROBE_INTERVAL_MS', 500, 50, 600_000),
      probeTimeoutMs: integer(env, 'COOPGRAPH_NEO4J_PROBE_TIMEOUT_MS', 1_000, 50, 600_000),
    },
    admission: {
      concurrency: integer(env, 'COOPGRAPH_HEAVY_CONCURRENCY', 4, 1, 10_000),
      queue: integer(env, 'COOPGRAPH_HEAVY_QUEUE', 16, 0, 100_000),
      queueTimeoutMs: integer(env, 'COOPGRAPH_HEAVY_QUEUE_TIMEOUT_MS', 10_000, 1, 600_000),
    },
    pressure: pressure(env),
    timeouts: {
      requestMs,
      headersMs,
      connectionMs: integer(env, 'COOPGRAPH_CONNECTION_TIMEOUT_MS', 120_000, 100, 3_600_000),
    },
  };
}
