/**
 * Warm-up after a change (server/plugins/warm-up.ts): once a data version has held for one interval, the
 * explorer's first view is computed before anyone asks (its first request is a cache hit), whoever changed the
 * data (here a writer outside the API, as `npm run load` is); and the analytics engine's prefetch loads the
 * snapshot that the first analysis then uses without loading again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { FastifyInstance } from 'fastify';

import { ARROW_STREAM_TYPE } from '../../core/contract/network-arrow.js';
import { AnalyticsEngine } from '../../server/analytics/engine.js';
import { bumpDataVersion, readDataVersion } from '../../server/db/data-version.js';
import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';

const db = openTestDatabase();

// What the explorer sends for its first view (web/api/network.ts with the default filters).
const firstView = () => ({
  method: 'GET' as const,
  url: '/api/network?types=Institution,Country,Event',
  headers: { accept: `${ARROW_STREAM_TYPE}, application/json;q=0.5` },
});

describe('warm-up after a change', () => {
  let app: FastifyInstance;
  before(async () => {
    await loadSeed(db);
    app = await buildTestApp(db, { COOPGRAPH_WARM_UP_INTERVAL_MS: '50' });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  it("computes the explorer's first view before it is asked for, again after each change", async () => {
    await app.warmUp.whenWarmed(await readDataVersion(db));
    const first = await app.inject(firstView());
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['x-coopgraph-cache'], 'hit');
    // Another view was not warmed: this request computes it.
    const other = await app.inject({ ...firstView(), url: '/api/network?types=Institution,Country' });
    assert.equal(other.headers['x-coopgraph-cache'], 'miss');

    await bumpDataVersion(db); // a writer outside the app
    const changed = await readDataVersion(db);
    await app.warmUp.whenWarmed(changed);
    assert.equal(app.warmUp.warmed, changed);
    const again = await app.inject(firstView());
    assert.equal(again.headers['x-coopgraph-cache'], 'hit');
    assert.notEqual(again.headers.etag, first.headers.etag, 'the new version, not the old answer');
  });

  it('prefetches the analytics snapshot: the first analysis after it loads nothing more', async () => {
    const engine = new AnalyticsEngine(db);
    try {
      await engine.prefetch();
      assert.equal(engine.loads, 1);
      const result = await engine.run('country-network', {});
      assert.equal(result.cached, false, 'computed, on the snapshot already loaded');
      assert.equal(engine.loads, 1);
    } finally {
      await engine.close();
    }
  });
});
