/**
 * The coopgraph application
 * =========================
 *
 * `buildApp()` assembles the Fastify app from its plugins, in the order Fastify recommends: ecosystem plugins,
 * then ours, then routes. It does not listen; `main.ts` does, and tests use `app.inject()`.
 */
import compress from '@fastify/compress';
import sensible from '@fastify/sensible';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import underPressure from '@fastify/under-pressure';
import methods from './plugins/methods.js';
import { conformOpenApi } from './openapi.js';
import Fastify, { type FastifyInstance, type FastifySchema, type FastifyServerOptions } from 'fastify';

import type { Config } from './config.js';
import type { Database } from './db/database.js';
import auth from './plugins/auth.js';
import database from './plugins/database.js';
import errors, { frameworkErrorHandler } from './plugins/errors.js';
import hygiene from './plugins/hygiene.js';
import admission from './plugins/admission.js';
import warmUp from './plugins/warm-up.js';
import limits, { Overloaded } from './plugins/limits.js';
import security from './plugins/security.js';
import web from './plugins/web.js';
import routes from './routes/index.js';

export interface BuildOptions {
  config: Config;
  db: Database;
  /** Close the driver when the app closes (true for the server, false for tests that share one driver). */
  closeDriver?: boolean;
  logger?: FastifyServerOptions['logger'];
}

interface QuerySchema {
  properties?: Record<string, { default?: unknown }>;
  required?: string[];
}

/** The router's limit on one path parameter, in characters (a longer one is a 414). */
export const MAX_PARAM_LENGTH = 500;

/**
 * Query parameters with a default are required in the route schemas, so that handlers see the default (Ajv fills
 * it in); a client need not send them, so the OpenAPI document lists them as optional.
 */
function optionalDefaultsInDocs({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  const query = schema?.querystring as QuerySchema | undefined;
  if (!query?.required || !query.properties) return { schema, url };
  const required = query.required.filter((name) => query.properties?.[name]?.default === undefined);
  return { schema: { ...schema, querystring: { ...query, required } }, url };
}

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config } = options;
  const { timeouts } = config;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // Slow clients must not hold connections: the headers, the whole request, and a silent socket are bounded.
    // Node checks the first two every connectionsCheckingInterval (30 s by default, too coarse for 10 s).
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.connectionMs,
    http: {
      headersTimeout: timeouts.headersMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(timeouts.headersMs / 4))),
    },
    trustProxy: config.trustProxy,
    // Long ids and hostile query strings are rejected by schemas; this bounds what is parsed at all. A relationship
    // id (two entity ids of up to 200 characters and a type) stays under it.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrorHandler(MAX_PARAM_LENGTH),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(sensible);
  await app.register(methods);
  await app.register(security, { frameAncestors: config.frameAncestors, corsOrigins: config.corsOrigins });
  // /api/network and the exports run to tens of megabytes and shrink about tenfold. gzip only: brotli at its
  // default quality costs seconds on payloads that large.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  // Guards that can fire (config.ts): the heap below Node's real heap limit, RSS below the memory there is, and
  // the event-loop delay. 0 turns one off. Health answers even then, and says "busy" (routes/health.ts).
  await app.register(underPressure, {
    maxEventLoopDelay: config.pressure.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.pressure.maxHeapUsedBytes,
    maxRssBytes: config.pressure.maxRssBytes,
    retryAfter: 10,
    message: 'The server is under too much load; try again shortly.',
    exposeStatusRoute: false,
    customError: Overloaded,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'coopgraph API',
        description: 'The knowledge graph of international cooperation.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A key from COOPGRAPH_API_KEYS' } },
      },
    },
    transform: optionalDefaultsInDocs,
    transformObject: (documents) =>
      conformOpenApi('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(database, { db: options.db, closeDriver: options.closeDriver ?? true });
  await app.register(errors);
  await app.register(hygiene);
  await app.register(limits, {
    writesPerMinute: config.writeRateLimitPerMinute,
    authFailuresPerMinute: config.authFailuresPerMinute,
  });
  await app.register(auth, { apiKeys: config.apiKeys, requireKeyForReads: config.requireKeyForReads });
  await app.register(admission, config.admission);
  await app.register(warmUp, { intervalMs: config.warmUpIntervalMs });
  await app.register(routes, { prefix: '/api' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  if (config.serveWeb) await app.register(web);

  return app;
}
