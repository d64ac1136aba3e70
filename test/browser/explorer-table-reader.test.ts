/**
 * The data table and the document reader in headless Chromium on the seed: the table lists the nodes and links
 * drawn now, sorts, filters, follows the selection, downloads its rows as CSV and is the keyboard path to every
 * node (the skip link opens it); a quote opens its source document with the sentence highlighted, and a document
 * found by the search opens there too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import type { Page } from 'playwright-core';

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
  waitForSettledGraph,
} from './explorer-harness.js';

const skip = e2eSkipReason();

describe('explorer data table and document reader (headless Chromium)', { skip }, () => {
  let db: Database;
  let served: Served;
  let browser: Browser;

  const open = async (query = ''): Promise<{ page: Page; errors: string[] }> => {
    const opened = await openPage(browser);
    await opened.page.goto(`${served.url}/${query}`);
    await waitForSettledGraph(opened.page);
    return opened;
  };

  before(async () => {
    db = openTestDatabase();
    await loadSeed(db);
    served = await serveExplorer(db);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await served?.close();
    await db?.close();
  });

  it('tables the nodes and links on screen: sort, filter, selection, CSV', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.locator('#data-table');
    await table.waitFor();
    const counts = await page.evaluate(() => window.__coopgraph!.state.counts!);
    assert.equal(await table.locator('tbody tr').count(), counts.nodes, 'a row per node drawn');

    // Sort by name, ascending.
    await table.getByRole('button', { name: /^Name/ }).click();
    assert.equal(await table.locator('th').first().getAttribute('aria-sort'), 'ascending');
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b)),
    );

    // Filter, then a click on a name selects it; a selection made on the graph marks its row.
    await table.getByRole('searchbox', { name: 'Filter the table rows' }).fill('aberdeen');
    assert.equal(await table.locator('tbody tr').count(), 1);
    await table.getByRole('button', { name: 'University of Aberdeen' }).click();
    await page.waitForFunction(() => window.__coopgraph!.state.selected === 'university-of-aberdeen');
    assert.equal(await table.locator('tbody tr.selected').count(), 1);
    await table.getByRole('searchbox', { name: 'Filter the table rows' }).fill('');
    await page.evaluate(() => window.__coopgraph!.explorer.select('heriot-watt-university'));
    await table.locator('tbody tr.selected', { hasText: 'Heriot-Watt University' }).waitFor();

    // Links: the partnerships on screen with their weight, as CSV.
    await table.getByRole('button', { name: 'Links', exact: true }).click();
    assert.equal(await table.locator('tbody tr').count(), counts.edges);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    assert.equal(csv[0], 'source,sourceName,target,targetName,relationship,weight,kinds,firstYear,stated');
    assert.equal(csv.length, counts.edges + 1);
    const expected = await page.evaluate(() => {
      const { graph } = window.__coopgraph!;
      return graph.filterEdges((_e, a) => a.relType === 'COOPERATES_WITH').length;
    });
    assert.equal(
      csv.filter((line) => /,(partnership|stated cooperation),/.test(line)).length,
      expected,
      'every derived partnership is there',
    );
    await screenshot(page, 'table-links');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('is the keyboard path to every node: the skip link opens it, a name selects with Enter', async () => {
    const { page, errors } = await open();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to the data table of the graph' });
    assert.equal(await skipLink.evaluate((el) => el === document.activeElement), true, 'the skip link comes first');
    await page.keyboard.press('Enter');
    await page.locator('#data-table-title').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'data-table-title');
    assert.equal(await page.locator('h1').count(), 1);
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('table-name'))) break;
    }
    const name = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
    assert.ok(name, 'Tab reaches a node name');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__coopgraph!.state.selected === id, name);
    // Esc closes the details from anywhere outside a text field.
    await page.locator('#data-table-title').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__coopgraph!.state.selected === null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens the source of a quote with the sentence highlighted, and documents found by search', async () => {
    const { page, errors } = await open('?selected=ocean-university-of-china');
    const quote = page.locator('.details-panel .evidence').first();
    await quote.waitFor();
    const evidence = (await quote.locator('p').textContent())!.replace(/^“|”$/g, '');
    await quote.getByRole('button', { name: 'Read in the source' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('mark').waitFor();
    assert.equal(await dialog.locator('mark').textContent(), evidence);
    assert.ok(
      (await dialog.locator('.reader-body').textContent())!.length > evidence.length * 3,
      'the whole text is there',
    );
    await screenshot(page, 'reader-quote');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('#search').fill('International Exchanges Qilu');
    await page.getByRole('option', { name: /International Exchanges and Cooperation of Qilu.*Document/ }).click();
    await dialog.getByRole('heading', { name: /International Exchanges and Cooperation of Qilu/ }).waitFor();
    assert.ok((await dialog.locator('.reader-body').textContent())!.includes('Ukraine'));
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.status.type), 'ready', 'no failed load behind it');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
