/**
 * Database plugin
 * ===============
 *
 * Decorates the app with `app.db` (one driver per process) and closes it when the app closes.
 */
import fp from 'fastify-plugin';

import type { Database } from '../db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

export default fp<{ db: Database; closeDriver: boolean }>(
  async (app, options) => {
    app.decorate('db', options.db);
    if (options.closeDriver) app.addHook('onClose', async () => options.db.close());
  },
  { name: 'coopgraph-database' },
);
