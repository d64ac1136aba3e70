/**
 * Write routes
 * ============
 *
 * Entity and relationship writes under /api. Every one needs an API key (server/plugins/auth.ts) and draws from
 * the shared write rate limit (server/plugins/limits.ts).
 */
import type { FastifyPluginAsync } from 'fastify';

import entities from './entities.js';
import relationships from './relationships.js';

const writes: FastifyPluginAsync = async (app) => {
  await app.register(entities);
  await app.register(relationships);
};

export default writes;
