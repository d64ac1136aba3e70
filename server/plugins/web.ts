/**
 * Explorer
 * ========
 *
 * Serves the explorer built by Vite (`dist/web`) at `/`. Unknown non-API paths fall back to index.html so that
 * shared links with a path still open the app.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../project-root.js';

export const WEB_DIST = path.join(PROJECT_ROOT, 'dist', 'web');

export default fp(
  async (app: FastifyInstance) => {
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
      app.log.warn(`explorer not built (${WEB_DIST} missing): run npm run build`);
      return;
    }
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      // The decoded path, as the router saw it: `/%61pi/x` is an API path too.
      const path = (request.params as { '*'?: string })['*'] ?? '';
      if (path === 'api' || path.startsWith('api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  },
  { name: 'coopgraph-web' },
);
