/**
 * Test app
 * ========
 *
 * The one setup of the database tests, after fastify/demo's `build(t)`: the harness's Neo4j with the seed (or
 * another input) loaded, an app built on it for `inject()`, and the app's OpenAPI document as a validator.
 * `testApp()` and `seededDatabase()` register their own `before` (load, build) and `after` (close) in the scope
 * that calls them, a file or a describe, and return what the tests of that scope use.
 *
 *   const { db, get, inject } = testApp({ env: { COOPGRAPH_API_KEYS: API_KEY } });
 *   it('...', async () => { const { data } = await get('/api/stats'); ... });
 *
 * Node 20 runs the top-level `before` hooks of a file concurrently (inside a describe they run in order): work
 * that needs the loaded database goes in `afterLoad`, not in a second top-level `before`.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

import type { Database } from '../../server/db/database.js';
import { buildTestApp, loadInput, openTestDatabase } from './context.js';
import { type Get, type ValidateResponse, openApiValidator } from './openapi.js';

/**
 * A database on the test Neo4j, emptied and loaded with `input` (default: the curated seed) before the scope's
 * tests, closed after them.
 */
export function seededDatabase(input?: string): Database {
  const db = openTestDatabase();
  before(() => loadInput(db, input));
  after(() => db.close());
  return db;
}

export interface TestAppOptions {
  /** Variables for loadConfig on top of the test Neo4j's (API keys, limits, ...). */
  env?: Record<string, string>;
  /** A database the scope already prepared (`seededDatabase()`): used as it is, and left open. */
  db?: Database;
  /** Without `db`: the file or folder loaded into the test database (default: the curated seed). */
  input?: string;
  /** Runs once the input is loaded, before the app is built: e.g. to note the graph's counts. */
  afterLoad?: (db: Database) => Promise<void>;
}

export interface TestApp {
  /** The database the app runs on. */
  readonly db: Database;
  /** The app, from the scope's `before` on. */
  readonly app: FastifyInstance;
  /** `app.inject()`. */
  inject(request: InjectOptions | string): Promise<LightMyRequestResponse>;
  /** GET, the status asserted (200 unless given), the body validated against the OpenAPI document. */
  get: Get;
  /** Asserts that a response's JSON body fits the schema the OpenAPI document declares for it; returns the body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body already validated against its OpenAPI schema; tests read it field by field
  validate(response: LightMyRequestResponse): Promise<any>;
}

export function testApp(options: TestAppOptions = {}): TestApp {
  const db = options.db ?? openTestDatabase();
  let app: FastifyInstance | undefined;
  // Read from the app at the first validation, not in `before`: scopes that never validate make no extra request.
  let validator: Promise<ValidateResponse> | undefined;

  before(async () => {
    if (!options.db) await loadInput(db, options.input);
    await options.afterLoad?.(db);
    app = await buildTestApp(db, options.env);
  });
  after(async () => {
    await app?.close();
    if (!options.db) await db.close();
  });

  const current = () => {
    if (!app) throw new Error('testApp: the app is built in the before hook of the scope that called testApp()');
    return app;
  };
  const validate = async (response: LightMyRequestResponse) => {
    validator ??= openApiValidator(current()).catch((error: Error) => {
      validator = undefined; // a failed read (a 503 under load) is not kept: the next validation reads again
      throw error;
    });
    return (await validator)(response);
  };
  return {
    db,
    get app() {
      return current();
    },
    inject: (request) => current().inject(request),
    get: async (url, status = 200) => {
      const response = await current().inject({ method: 'GET', url });
      assert.equal(response.statusCode, status, `GET ${url}: ${response.body.slice(0, 300)}`);
      return Object.assign(response, { data: await validate(response) });
    },
    validate,
  };
}
