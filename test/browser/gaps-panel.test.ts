/**
 * The explorer's Gaps panel in headless Chromium, against the real API on the seed graph: it analyses the
 * selected institution (missing countries, recommended partners, the heatmap), lights a recommendation and its
 * shared partner on the graph, colours nodes by community and back, and links every table to its CSV.
 * Skipped, with the reason, without Chromium or a built explorer (test/helpers/browser.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';

import { communityColor } from '../../web/panels/gaps/graph-modes.js';
import { browserOnApp, e2eSkipReason, screenshot, waitForSettledGraph } from '../helpers/browser.js';

const skip = e2eSkipReason();

describe('Gaps panel (headless Chromium)', { skip }, () => {
  const served = browserOnApp();

  /** The explorer with `selected` selected and the Gaps panel open. */
  async function openGaps(selected: string): Promise<{ page: Page; errors: string[] }> {
    const opened = await served.open(`?selected=${selected}`);
    await waitForSettledGraph(opened.page).catch(async (error: Error) => {
      const status = await opened.page.evaluate(() => JSON.stringify(window.__coopgraph?.state.status));
      throw new Error(`${error.message}; explorer status ${status}; page errors ${opened.errors.join(' | ')}`);
    });
    await opened.page.click('#tab-gaps');
    return opened;
  }

  const texts = (page: Page, selector: string) =>
    page.$$eval(selector, (elements) => elements.map((element) => element.textContent?.trim() ?? ''));

  it("analyses the selected institution: SVCT's missing countries, recommendations and heatmap", async () => {
    const { page, errors } = await openGaps('shandong-vocational-college-of-technology');
    try {
      const sections = page.locator('#panel-gaps .gaps-institution > .gaps-section');
      // Missing countries, the first section: Japan from two peers first (see test/db/analytics/routes.test.ts); no
      // Austria (a test centre is not cooperation, issue 11).
      await sections.nth(0).locator('.gaps-item').first().waitFor();
      const gaps = await texts(
        page,
        '#panel-gaps .gaps-institution > .gaps-section:nth-of-type(1) .gaps-item .fact-head .entity-link',
      );
      assert.deepEqual(gaps, ['Japan', 'Ukraine', 'New Zealand', 'Belarus', 'France', 'Russia']);
      await sections.nth(1).locator('.gaps-item').first().waitFor();
      const first = await sections.nth(1).locator('.gaps-item').first().textContent();
      assert.match(first ?? '', /Faculty of Information Science and Engineering/);
      // Only Germany says something: Australia is where its partner PwC Australia is (before: four countries).
      assert.match(first ?? '', /both cooperate with Germany/);
      // The heatmap: SVCT's fields as rows, its countries as columns, one agreement per programme.
      await sections.nth(2).locator('table.gaps-heatmap').waitFor();
      const columns = await texts(page, '#panel-gaps table.gaps-heatmap thead .gaps-column');
      assert.ok(columns.includes('AU') && columns.includes('DE'), columns.join());
      const accounting = page.locator('#panel-gaps table.gaps-heatmap tbody tr', { hasText: 'Accounting' });
      assert.deepEqual((await accounting.locator('td').allTextContents()).filter(Boolean), ['1']);
      // None of its peers has an agreement in its fields: no empty cell is hatched as a gap, and the note says so.
      assert.equal(await page.locator('#panel-gaps table.gaps-heatmap td.gap').count(), 0);
      assert.match((await sections.nth(2).textContent()) ?? '', /0 of \d+ empty cells are gaps/);
      await screenshot(page, 'gaps-panel-svct');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('lights a recommendation and the partner it shares on the graph', async () => {
    const { page, errors } = await openGaps('hewlett-packard');
    try {
      const button = page
        .locator('#panel-gaps .gaps-institution > .gaps-section:nth-of-type(2) .gaps-item .entity-link')
        .first();
      await button.waitFor();
      assert.equal((await button.textContent())?.trim(), 'SNP');
      await button.click();
      await page.waitForFunction(() => window.__coopgraph!.explorer.display.path.nodes.size > 0);
      const lit = await page.evaluate(() => [...window.__coopgraph!.explorer.display.path.nodes].sort());
      assert.deepEqual(lit, ['hewlett-packard', 'ocean-university-of-china', 'snp']);
      await page.locator('#panel-gaps button', { hasText: 'Clear highlight' }).click();
      await page.waitForFunction(() => window.__coopgraph!.explorer.display.path.nodes.size === 0);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('colours nodes by community and gives the kinds colours back', async () => {
    const { page, errors } = await openGaps('ocean-university-of-china');
    try {
      const colourOf = (id: string) =>
        page.evaluate((node) => window.__coopgraph!.graph.getNodeAttribute(node, 'color'), id);
      const before = await colourOf('ecole-centrale-de-nantes');
      await page.locator('#panel-gaps input[name="byCommunity"]').check();
      await page.waitForFunction(
        (colour) => window.__coopgraph!.graph.getNodeAttribute('ecole-centrale-de-nantes', 'color') !== colour,
        before,
      );
      // Every node drawn takes the colour of its community in /api/analytics/brokers (scope cooperation).
      const brokers = (
        await served.app.inject({ method: 'GET', url: '/api/analytics/brokers?scope=cooperation&nodes=true&limit=1' })
      ).json();
      const community = new Map<string, number>(
        brokers.nodes.map((node: { id: string; community: number }) => [node.id, node.community]),
      );
      const drawn = await page.evaluate(() =>
        window.__coopgraph!.graph.mapNodes((node, attributes) => [node, attributes.color] as [string, string]),
      );
      for (const [node, colour] of drawn) assert.equal(colour, communityColor(community.get(node)), node);
      assert.ok(new Set(drawn.map(([, colour]) => colour)).size > 2);
      await page.locator('#panel-gaps input[name="byBetweenness"]').check();
      await page.waitForFunction(() => {
        const graph = window.__coopgraph!.graph;
        return (
          graph.getNodeAttribute('faculty-of-information-science-and-engineering', 'size') >
          graph.getNodeAttribute('ecole-centrale-de-nantes', 'size')
        );
      });
      await page.evaluate(() => window.__coopgraph!.explorer.select(null));
      await screenshot(page, 'gaps-panel-communities');
      await page.locator('#panel-gaps input[name="byCommunity"]').uncheck();
      await page.waitForFunction(
        (colour) => window.__coopgraph!.graph.getNodeAttribute('ecole-centrale-de-nantes', 'color') === colour,
        before,
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('links every table to its CSV', async () => {
    const { page } = await openGaps('ocean-university-of-china');
    try {
      await page.locator('#panel-gaps .gaps-institution > .gaps-section:nth-of-type(3) table.gaps-heatmap').waitFor();
      await page.locator('#panel-gaps .gaps-network .gaps-csv').nth(2).waitFor();
      const links = await page.$$eval('#panel-gaps a.gaps-csv', (anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
      );
      assert.equal(links.length, 6);
      for (const href of links) {
        assert.match(href, /^\/api\/analytics\/[a-z-]+\?.*format=csv/);
        const response = await served.app.inject({ method: 'GET', url: href });
        assert.equal(response.statusCode, 200, href);
        assert.match(String(response.headers['content-type']), /^text\/csv/);
      }
    } finally {
      await page.close();
    }
  });
});
