/**
 * Filters that mean what users think, in headless Chromium on the seed: a country "works with" brings its
 * partners and the links to them; a field finds the institutions in it; a year window that matches nothing says
 * so; ids in a link that name nothing are reported, not dropped.
 */
import assert from 'node:assert/strict';
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
  waitForStatus,
} from './explorer-harness.js';

const skip = e2eSkipReason();

describe('explorer filters (headless Chromium)', { skip }, () => {
  let db: Database;
  let served: Served;
  let browser: Browser;

  const open = async (query = ''): Promise<{ page: Page; errors: string[] }> => {
    const opened = await openPage(browser);
    await opened.page.goto(`${served.url}/${query}`);
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

  it('a country: "located in" its nodes, "works with" its partners and the links to them', async () => {
    const { page, errors } = await open('?countries=DE');
    await waitForSettledGraph(page);
    const located = await page.evaluate(() => ({
      nodes: window.__coopgraph!.graph.order,
      edges: window.__coopgraph!.graph.size,
    }));
    assert.equal(located.edges, 0, 'no link between two German nodes in the seed');
    await page.getByRole('group', { name: 'Country filter' }).getByRole('button', { name: 'Works with' }).click();
    await page.waitForURL(/countryMode=partners/);
    await page.waitForFunction(
      (n) => window.__coopgraph!.state.status.type === 'ready' && window.__coopgraph!.graph.order > n,
      located.nodes,
    );
    const works = await page.evaluate(() => {
      const { graph } = window.__coopgraph!;
      return {
        edges: graph.size,
        partner: graph.hasNode('ocean-university-of-china'),
        german: graph.filterNodes((_n, a) => a.country === 'DE').length,
      };
    });
    assert.ok(works.edges > 0 && works.partner, 'the partners of German institutions and the links to them');
    assert.ok(works.german >= 1);
    await screenshot(page, 'filters-works-with-germany');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a field finds the institutions in it', async () => {
    const { page, errors } = await open('?fields=quantum-computing');
    await waitForSettledGraph(page);
    assert.equal(
      await page.evaluate(() => window.__coopgraph!.graph.hasNode('faculty-of-information-science-and-engineering')),
      true,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says when a year window matches nothing, and reports ids in the link that name nothing', async () => {
    const { page, errors } = await open('?from=2030&to=2031&selected=no-such-institution');
    await waitForStatus(page, 'ready');
    await page.getByRole('heading', { name: 'No partnership in these years' }).waitFor();
    await page.getByRole('status').filter({ hasText: '“no-such-institution”, which is not in the graph' }).waitFor();
    await screenshot(page, 'filters-nothing-matches');
    await page.getByRole('button', { name: 'All years' }).first().click();
    await page.waitForFunction(() => window.__coopgraph!.state.years.from === null);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
