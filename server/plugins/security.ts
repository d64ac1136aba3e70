/**
 * Security headers and CORS
 * =========================
 *
 * @fastify/helmet with a strict Content-Security-Policy for the explorer, and @fastify/cors for API clients on
 * other origins.
 *
 * - Embedding: the pages that may frame the explorer (`?embed=1`) are a setting, COOPGRAPH_FRAME_ANCESTORS
 *   (default `'self'`), sent as CSP `frame-ancestors`. X-Frame-Options cannot express a list, so it is sent only
 *   for the two values it can say (`'self'` as SAMEORIGIN, `'none'` as DENY); browsers that know CSP ignore it.
 * - HTTPS only over HTTPS: `Strict-Transport-Security` and `upgrade-insecure-requests` are sent when the request
 *   came over https. Over plain HTTP (an intranet without TLS, the common case) they would make the browser ask
 *   for every asset over https, and the page would never load.
 * - CORS answers preflights for every method the API has, with the headers it reads.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

export interface SecurityOptions {
  frameAncestors: readonly string[];
  corsOrigins: string[] | true;
}

const HSTS = 'max-age=31536000; includeSubDomains';

function frameguard(ancestors: readonly string[]): false | { action: 'sameorigin' | 'deny' } {
  if (ancestors.length === 1 && ancestors[0] === "'self'") return { action: 'sameorigin' };
  if (ancestors.length === 1 && ancestors[0] === "'none'") return { action: 'deny' };
  return false;
}

export default fp<SecurityOptions>(
  async (app, options) => {
    await app.register(helmet, {
      // The explorer draws with WebGL and inline styles; workers come from blob: URLs.
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: [...options.frameAncestors],
          // Added below for https requests only.
          upgradeInsecureRequests: null,
        },
      },
      frameguard: frameguard(options.frameAncestors),
      strictTransportSecurity: false,
    });

    app.addHook('onSend', async (request, reply, payload) => {
      if (request.protocol !== 'https') return payload;
      reply.header('strict-transport-security', HSTS);
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string' && !policy.includes('upgrade-insecure-requests')) {
        reply.header('content-security-policy', `${policy};upgrade-insecure-requests`);
      }
      return payload;
    });

    await app.register(cors, {
      origin: options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
      exposedHeaders: [
        'Content-Disposition',
        'Location',
        'Retry-After',
        'WWW-Authenticate',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
      ],
      maxAge: 600,
    });
  },
  { name: 'coopgraph-security' },
);
