/**
 * API keys
 * ========
 *
 * `Authorization: Bearer <key>` with a key from COOPGRAPH_API_KEYS. Writes (POST, PATCH, PUT, DELETE under
 * /api) always need a key: none is a 401, a wrong one a 403. Reads are public unless
 * COOPGRAPH_REQUIRE_KEY_FOR_READS is set; the health probe and the API description stay public either way, so
 * load balancers and API clients can find their way in. The check is by HTTP method, not by route, so a write
 * route added later is protected without anyone remembering to mark it.
 *
 * What is protected is decided on the route the router matched (its URL pattern and config), never on the raw
 * URL: the router decodes percent-escapes before matching, so `/%61pi/institutions` is `/api/institutions`. A
 * request that matched no route is treated as an API request (a write to it needs a key before it learns that
 * the route does not exist).
 *
 * Failed attempts are rate-limited per client (plugins/limits.ts, COOPGRAPH_AUTH_FAILURE_RATE_LIMIT per
 * minute). Once a client has used its budget, every request of it that needs a key is a 429 until the window
 * ends, whatever key it sends: answering a right key then would let keys be guessed at full speed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import { HttpError } from './errors.js';

export interface AuthOptions {
  apiKeys: readonly string[];
  requireKeyForReads: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public`: open even when reads need a key (the health probe, the API description). */
    access?: 'public';
  }
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Route patterns of @fastify/swagger-ui, which takes no route config: the interactive API description. */
const PUBLIC_PREFIX = '/api/docs';

/** Keys are compared as SHA-256 digests: equal lengths for timingSafeEqual, and nothing about a key leaks. */
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** The matched route's pattern (`/api/institutions/:id`), or null when no route matched. */
function routePattern(request: FastifyRequest): string | null {
  return request.is404 ? null : (request.routeOptions.url ?? null);
}

function isApiRoute(pattern: string | null): boolean {
  return pattern === null || pattern === '/api' || pattern.startsWith('/api/');
}

function isPublic(request: FastifyRequest, pattern: string | null): boolean {
  if (pattern === null) return false;
  return (
    request.routeOptions.config.access === 'public' ||
    pattern === PUBLIC_PREFIX ||
    pattern.startsWith(`${PUBLIC_PREFIX}/`)
  );
}

/** The bearer token of a request, or null when there is none (or another scheme). */
function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1] ?? null;
}

export default fp<AuthOptions>(
  async (app, options) => {
    const keys = options.apiKeys.map(digest);

    /** Compares against every key, without stopping at the first match, so timing says nothing about which. */
    const isKnown = (token: string): boolean => {
      const candidate = digest(token);
      let found = false;
      for (const key of keys) found = timingSafeEqual(candidate, key) || found;
      return found;
    };

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const pattern = routePattern(request);
      // CORS preflights carry no credentials by design; @fastify/cors answers them.
      if (request.method === 'OPTIONS') return;
      const write = WRITE_METHODS.has(request.method);
      // The explorer's pages and assets: only GET routes outside /api (writes to them are refused all the same).
      if (!isApiRoute(pattern) && !write) return;
      if (!write && (!options.requireKeyForReads || isPublic(request, pattern))) return;

      await app.authFailures.assertWithinBudget(request, reply);
      const token = bearerToken(request);
      if (token === null) {
        await app.authFailures.count(request);
        reply.header('WWW-Authenticate', 'Bearer realm="coopgraph"');
        throw new HttpError(
          401,
          write
            ? 'Writes need an API key: send Authorization: Bearer <key from COOPGRAPH_API_KEYS>.'
            : 'This server requires an API key for reads: send Authorization: Bearer <key>.',
          'authorization',
        );
      }
      if (!isKnown(token)) {
        await app.authFailures.count(request);
        throw new HttpError(403, 'The API key is not valid for this server.', 'authorization');
      }
    });
  },
  { name: 'coopgraph-auth', dependencies: ['coopgraph-errors', 'coopgraph-limits'] },
);
