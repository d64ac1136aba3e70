/**
 * Configuration
 * =============
 *
 * Read once from the environment and validated at start: a bad value stops the boot with an error naming the
 * variable. `.env.example` lists every variable; keep the two in step.
 */
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
  /** Event-loop delay above which every route answers 503 (@fastify/under-pressure). */
  maxEventLoopDelayMs: number;
  serveWeb: boolean;
  /** Agreement kinds that derive no cooperation (COOPGRAPH_NON_COOPERATION_KINDS, docs/data-model.md). */
  nonCooperationKinds: string[];
  /** When `npm start` loads the seed (server/ingest/seed.ts). */
  seed: 'first-start' | 'if-empty' | 'always' | 'never';
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
    maxEventLoopDelayMs: integer(env, 'COOPGRAPH_MAX_EVENT_LOOP_DELAY_MS', 1_000, 100, 600_000),
    serveWeb: boolean(env, 'COOPGRAPH_SERVE_WEB', true),
    nonCooperationKinds: nonCooperationKinds(env),
    seed: seedMode(env),
  };
}
