/**
 * API routes
 * ==========
 *
 * Every route plugin of the service, mounted under /api by app.ts. One plugin per resource.
 */
import type { FastifyPluginAsync } from 'fastify';

import entities from './entities/index.js';
import health from './health.js';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(entities);
};

export default routes;
