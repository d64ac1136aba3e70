/**
 * Browser helpers
 * ===============
 *
 * The explorer in a real headless Chromium (Debian's, driven by playwright-core) against the real app: built
 * in-process on the test Neo4j with the seed loaded, serving the Vite build, listening on a free loopback port.
 * `browserOnApp()` sets all of it up in the `before` of the scope that calls it and tears it down in `after`.
 * Chromium missing: the suite is skipped with a message, unless COOPGRAPH_REQUIRE_E2E=1 (CI), then it fails.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';

import type { FastifyInstance } from 'fastify';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

import { buildApp } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import { WEB_DIST } from '../../server/plugins/web.js';
import { loadInput, openTestDatabase, testConfig } from './context.js';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

const CHROMIUM_CANDIDATES = [process.env.COOPGRAPH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

/**
 * `false` to run the suite, or the reason to skip it. With COOPGRAPH_REQUIRE_E2E=1 a missing Chromium or a
 * missing build throws instead: CI must not pass by skipping.
 */
export function e2eSkipReason(): string | false {
  const problems: string[] = [];
  if (!findChromium()) problems.push('Chromium not found (apt-get install chromium, or set COOPGRAPH_CHROMIUM)');
  if (!existsSync(path.join(WEB_DIST, 'index.html')))
    problems.push(`the explorer is not built (${WEB_DIST}): run npx vite build`);
  if (problems.length === 0) return false;
  const reason = `explorer end-to-end tests skipped: ${problems.join('; ')}`;
  if (process.env.COOPGRAPH_REQUIRE_E2E === '1') throw new Error(`${reason} (COOPGRAPH_REQUIRE_E2E=1)`);
  console.warn(reason);
  return reason;
}

export interface Served {
  app: FastifyInstance;
  url: string;
  /**
   * Closes the app at once: Chromium keeps spare connections that never send a request, which the server's
   * close would wait for until they time out (COOPGRAPH_CONNECTION_TIMEOUT_MS, two minutes).
   */
  close(): Promise<void>;
}

/** The whole app (API + explorer) on a free loopback port; `env` adds configuration (config.ts variables). */
export async function serveExplorer(db: Database, env: Record<string, string> = {}): Promise<Served> {
  const config = testConfig({ COOPGRAPH_SERVE_WEB: 'true', ...env });
  const app = await buildApp({ config, db, closeDriver: false, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  const close = async () => {
    app.server.closeAllConnections();
    await app.close();
  };
  return { app, url: `http://127.0.0.1:${address.port}`, close };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium profile per launch, removed on close; `args` adds command-line switches. */
export async function launchBrowser(viewport = { width: 1440, height: 900 }, args: string[] = []): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()!,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page that fails the test on uncaught page errors (collected in `errors`). */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export interface BrowserOnApp {
  /** The test database, loaded with the scope's input. */
  readonly db: Database;
  /** The app serving the API and the explorer. */
  readonly app: FastifyInstance;
  /** Its address, http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  /** A new page (page errors collected), not navigated yet. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  /** A new page on the explorer at `/<query>`, e.g. `?selected=x`. */
  open(query?: string): Promise<{ page: Page; errors: string[] }>;
}

/**
 * The explorer served on the test database loaded with `input` (default: the curated seed), and a Chromium,
 * both started in the calling scope's `before` and closed in its `after`.
 */
export interface BrowserOnAppOptions {
  /** A file or folder of loader input (default: the curated seed). */
  input?: string;
  viewport?: { width: number; height: number };
}

export function browserOnApp(options: BrowserOnAppOptions = {}): BrowserOnApp {
  let ready: { db: Database; served: Served; browser: Browser } | undefined;
  let db: Database | undefined;
  let served: Served | undefined;
  let browser: Browser | undefined;

  before(async () => {
    db = openTestDatabase();
    await loadInput(db, options.input);
    served = await serveExplorer(db);
    browser = await launchBrowser(options.viewport);
    ready = { db, served, browser };
  });
  after(async () => {
    await browser?.close();
    await served?.close();
    await db?.close();
  });

  const current = () => {
    if (!ready) throw new Error('browserOnApp: started in the before hook of the scope that called browserOnApp()');
    return ready;
  };
  const newPage = () => openPage(current().browser);
  return {
    get db() {
      return current().db;
    },
    get app() {
      return current().served.app;
    },
    get url() {
      return current().served.url;
    },
    get browser() {
      return current().browser;
    },
    newPage,
    async open(query = '') {
      const opened = await newPage();
      await opened.page.goto(`${current().served.url}/${query}`);
      return opened;
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits for the explorer's status to be `status` (ready, empty, error). */
export async function waitForStatus(page: Page, status: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((expected) => window.__coopgraph?.state.status.type === expected, status, { timeout });
}

/** Waits until the graph is loaded, drawn once, and node positions stopped moving (layout settled). */
export async function waitForSettledGraph(page: Page, timeout = 30_000): Promise<void> {
  await waitForStatus(page, 'ready', timeout);
  await page.waitForFunction(() => performance.getEntriesByName('coopgraph:first-render').length > 0, undefined, {
    timeout,
  });
  let previous = '';
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const positions = await page.evaluate(() => {
      const graph = window.__coopgraph!.graph;
      return graph.mapNodes((_node, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`).join(';');
    });
    if (positions === previous) return;
    previous = positions;
    await page.waitForTimeout(400);
  }
  throw new Error('the layout did not settle');
}

/**
 * Pixels drawn on sigma's WebGL node layer: rendered and read in the same task, so the drawing buffer is still
 * there without preserveDrawingBuffer.
 */
export async function inkedNodePixels(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const sigma = window.__coopgraph!.sigma;
    sigma.refresh();
    const source = sigma.getCanvases().nodes;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d')!;
    context.drawImage(source, 0, 0);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
    return inked;
  });
}

/** Viewport coordinates (page pixels) of a node's centre. */
export async function nodePoint(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const sigma = window.__coopgraph!.sigma;
    const data = sigma.getNodeDisplayData(id);
    if (!data) throw new Error(`node ${id} is not drawn`);
    const point = sigma.framedGraphToViewport({ x: data.x, y: data.y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, node);
}
