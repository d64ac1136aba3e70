/**
 * API routes
 * ==========
 *
 * Every route plugin of the service, mounted under /api by app.ts. One plugin per resource.
 */
import type { FastifyPluginAsync } from 'fastify';

import analytics from './analytics/index.js';
import entities from './entities/index.js';
import exportRoute from './export/index.js';
import health from './health.js';
import partners from './partners/index.js';
import importRoute from './import/index.js';
import search from './search/index.js';
import relationships from './relationships/index.js';
import review from './review/index.js';
import network from './network/index.js';
import neighborhood from './neighborhood/index.js';
import paths from './paths/index.js';
import places from './places/index.js';
import stats from './stats/index.js';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(entities);
  await app.register(search);
  await app.register(partners);
  await app.register(relationships);
  await app.register(importRoute);
  await app.register(exportRoute);
  await app.register(network);
  await app.register(neighborhood);
  await app.register(analytics);
  await app.register(paths);
  await app.register(places);
  await app.register(stats);
  await app.register(review);
};

export default routes;
