/**
 * Hosting the explorer: plain HTTP under an intranet name, and embedding
 * ======================================================================
 *
 * In headless Chromium, with `--host-resolver-rules` mapping made-up intranet names to 127.0.0.1:
 * - served over plain HTTP as http://coopgraph.intranet:<port>/, the page loads and draws the graph, and no
 *   request is upgraded to https (the CSP's `upgrade-insecure-requests` once sent every asset to https);
 * - a page on another origin (a second small HTTP server, http://embedder.intranet:<port>/) iframes
 *   `?embed=1`: shown when COOPGRAPH_FRAME_ANCESTORS allows that origin, refused by the browser when it does not.
 */
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';

import type { Frame, Page } from 'playwright-core';

import type { Database } from '../../server/db/database.js';
import { loadSeed, openTestDatabase } from '../helpers/context.js';
import {
  type Browser,
  type Served,
  e2eSkipReason,
  launchBrowser,
  openPage,
  screenshot,
  serveExplorer,
  waitForStatus,
} from '../helpers/browser.js';

const skip = e2eSkipReason();
const HOST_RULES = '--host-resolver-rules=MAP coopgraph.intranet 127.0.0.1, MAP embedder.intranet 127.0.0.1';

/** Generous: the whole explorer loads in a second or two, but CI machines can be busy. */
const LOAD_TIMEOUT = 120_000;

const portOf = (url: string) => new URL(url).port;

interface Embedder {
  server: Server;
  port: number;
  /** What the page iframes. */
  src: string;
}

/** A page on its own origin (another port) whose only content is an iframe of `embedder.src`. */
async function serveEmbedder(): Promise<Embedder> {
  const embedder: Embedder = { server: createServer(), port: 0, src: 'about:blank' };
  embedder.server.on('request', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Embedder</title><h1>Partner page</h1>
<iframe id="coopgraph" src="${embedder.src}" width="900" height="600" title="coopgraph"></iframe>`);
  });
  await new Promise<void>((resolve) => embedder.server.listen(0, '127.0.0.1', resolve));
  const address = embedder.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  embedder.port = address.port;
  return embedder;
}

/** The iframe's frame, once its navigation finished (or was refused, which leaves an error page). */
async function embeddedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#coopgraph');
  const frame = await handle.contentFrame();
  assert.ok(frame, 'the iframe has a frame');
  await frame.waitForLoadState('load').catch(() => undefined);
  return frame;
}

describe('hosting the explorer (headless Chromium)', { skip }, () => {
  let db: Database;
  let browser: Browser;

  before(async () => {
    db = openTestDatabase();
    await loadSeed(db);
    browser = await launchBrowser({ width: 1280, height: 800 }, [HOST_RULES]);
  });
  after(async () => {
    await browser?.close();
    await db?.close();
  });

  it('loads over plain HTTP under a non-localhost name, with no request upgraded to https', async () => {
    const served = await serveExplorer(db);
    try {
      const origin = `http://coopgraph.intranet:${portOf(served.url)}`;
      const { page, errors } = await openPage(browser);
      const requested: string[] = [];
      const failed: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
      await page.goto(`${origin}/`);
      await waitForStatus(page, 'ready', LOAD_TIMEOUT);
      await screenshot(page, 'hosting-intranet-http');
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
      const assets = requested.filter((url) => new URL(url).pathname.startsWith('/assets/'));
      assert.ok(assets.length > 0, requested.join('\n'));
      const elsewhere = requested.filter(
        (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
      );
      assert.deepEqual(elsewhere, [], 'every request stays on plain HTTP at the intranet name');
      assert.ok((await page.locator('canvas').count()) > 0, 'the graph is drawn');
    } finally {
      await closePages(browser);
      await served.close();
    }
  });

  it('is shown in an iframe on another origin when COOPGRAPH_FRAME_ANCESTORS allows it, refused otherwise', async () => {
    let served: Served | null = null;
    const embedder = await serveEmbedder();
    const embedderOrigin = `http://embedder.intranet:${embedder.port}`;
    try {
      for (const allowed of [true, false]) {
        served = await serveExplorer(db, allowed ? { COOPGRAPH_FRAME_ANCESTORS: `'self' ${embedderOrigin}` } : {});
        embedder.src = `http://coopgraph.intranet:${portOf(served.url)}/?embed=1`;
        const { page } = await openPage(browser);
        const refusals: string[] = [];
        page.on(
          'console',
          (message) => /frame-ancestors|X-Frame-Options/i.test(message.text()) && refusals.push(message.text()),
        );
        await page.goto(`${embedderOrigin}/`);
        const frame = await embeddedFrame(page);
        if (allowed) {
          await frame.waitForFunction(() => window.__coopgraph?.state.status.type === 'ready', undefined, {
            timeout: LOAD_TIMEOUT,
          });
          assert.equal(
            await frame.evaluate(() => document.querySelector('.embed-link') !== null),
            true,
            'the embed view',
          );
          assert.deepEqual(refusals, []);
          await screenshot(page, 'hosting-embed-allowed');
        } else {
          // The browser refuses the frame: no explorer runs in it, and it says why in the console.
          await page.waitForTimeout(1_500);
          const explorer = await frame.evaluate(() => typeof window.__coopgraph).catch(() => 'undefined');
          assert.equal(explorer, 'undefined');
          assert.ok(refusals.length > 0, 'the console names frame-ancestors');
          await screenshot(page, 'hosting-embed-refused');
        }
        await page.close();
        await served.close();
        served = null;
      }
    } finally {
      if (served) await served.close();
      embedder.server.close();
    }
  });
});

async function closePages(browser: Browser): Promise<void> {
  for (const page of browser.context.pages()) await page.close().catch(() => undefined);
}
