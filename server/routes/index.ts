/**
 * API routes
 * ==========
 *
 * Every route plugin of the service, mounted under /api by app.ts. One plugin per resource.
 */
import type { FastifyPluginAsync } from 'fastify';

import health from './health.js';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(health);
};

export default routes;
