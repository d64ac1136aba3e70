/**
 * API routes
 * ==========
 *
 * Every route plugin of the service, mounted under /api by app.ts. One plugin per resource.
 */
import type { FastifyPluginAsync } from 'fastify';

import entities from './entities/index.js';
import health from './health.js';
import search from './search/index.js';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(entities);
  await app.register(search);
};

export default routes;
