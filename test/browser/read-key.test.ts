/**
 * The explorer on a server that needs a key for reads
 * ===================================================
 *
 * With COOPGRAPH_REQUIRE_KEY_FOR_READS=true every API call answers 401 without a key. The explorer asks for one
 * (ui/key-prompt.ts), keeps it in sessionStorage for the tab, sends it as Bearer on every call (api/client.ts),
 * says so when the key is wrong, and loads the graph with the right one; a reload needs no second prompt.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Database } from '../../server/db/database.js';
import { API_KEY } from '../helpers/api.js';
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
const LOAD_TIMEOUT = 120_000;

describe('explorer with keys required for reads (headless Chromium)', { skip }, () => {
  let db: Database;
  let served: Served;
  let browser: Browser;

  before(async () => {
    db = openTestDatabase();
    await loadSeed(db);
    served = await serveExplorer(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_REQUIRE_KEY_FOR_READS: 'true' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await served?.close();
    await db?.close();
  });

  it('asks for a key, refuses a wrong one, loads the graph with the right one, and keeps it for the tab', async () => {
    const { page, errors } = await openPage(browser);
    const authorizations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) authorizations.push(request.headers().authorization);
    });
    await page.goto(`${served.url}/`);
    const dialog = page.locator('dialog.key-prompt');
    await dialog.waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    await screenshot(page, 'read-key-prompt');

    await dialog.locator('input[name=api-key]').fill('wrong-key-0123456789abcdef');
    await dialog.locator('button.key-prompt-use').click();
    await page.locator('dialog.key-prompt .key-prompt-error').waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });

    await page.locator('dialog.key-prompt input[name=api-key]').fill(API_KEY);
    await page.locator('dialog.key-prompt button.key-prompt-use').click();
    await waitForStatus(page, 'ready', LOAD_TIMEOUT);
    assert.equal(await page.locator('dialog.key-prompt').count(), 0, 'the prompt is gone');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('coopgraph:api-key')), API_KEY);
    assert.ok(authorizations.includes(`Bearer ${API_KEY}`), 'API calls carry the key');
    const nodes = await page.evaluate(() => window.__coopgraph!.graph.order);
    assert.ok(nodes > 10, `${nodes} nodes drawn`);
    await screenshot(page, 'read-key-loaded');

    // A reload in the same tab uses the stored key: no prompt.
    authorizations.length = 0;
    await page.reload();
    await waitForStatus(page, 'ready', LOAD_TIMEOUT);
    assert.equal(await page.locator('dialog.key-prompt').count(), 0);
    assert.ok(
      authorizations.length > 0 && authorizations.every((header) => header === `Bearer ${API_KEY}`),
      String(authorizations),
    );
    assert.deepEqual(errors, []);
  });
});
