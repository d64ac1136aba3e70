/**
 * The Review panel in headless Chromium against the real API on the seed graph: a pasted text of the seed's
 * genre shows its proposals with the evidence highlighted in the colours of the graph, the keyboard accepts,
 * edits and rejects, Commit loads the accepted facts, and the network then draws the accepted institution and
 * nothing of the rejected one. Screenshots land in test-results/screenshots/review-*.png.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { FastifyInstance } from 'fastify';

import { buildApp } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import type { Proposal, ProposalsResponse, ReviewDocumentList } from '../../core/contract/review.js';
import { API_KEY } from '../helpers/api.js';
import { loadSeed, openTestDatabase, testConfig } from '../helpers/context.js';
import {
  type Browser,
  e2eSkipReason,
  launchBrowser,
  openPage,
  screenshot,
  waitForSettledGraph,
} from '../helpers/browser.js';

const skip = e2eSkipReason();

const TEXT = `Ocean University of China signs cooperation agreement with University of Bergen
On 12 May 2024, Ocean University of China signed a memorandum of understanding with the University of Bergen in \
Norway. President LI Yuxia attended the signing ceremony. The two universities will set up a joint laboratory for \
marine science. A delegation of Kyoto Marine Institute also visited the university.`;

describe('Review panel (headless Chromium)', { skip }, () => {
  let db: Database;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;

  const api = async <T>(path: string): Promise<T> => {
    const response = await app.inject({ method: 'GET', url: path });
    assert.equal(response.statusCode, 200, `${path}: ${response.body}`);
    return response.json() as T;
  };

  before(async () => {
    db = openTestDatabase();
    await loadSeed(db);
    const config = testConfig({ COOPGRAPH_SERVE_WEB: 'true', COOPGRAPH_API_KEYS: API_KEY });
    app = await buildApp({ config, db, closeDriver: false, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    url = `http://127.0.0.1:${address.port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('pastes a text, reviews it with the keyboard, commits, and the graph shows what was accepted', async () => {
    const { page, errors } = await openPage(browser);
    page.setDefaultTimeout(120_000); // the machine running the suite may be slow; nothing here waits for a timeout
    await page.goto(`${url}/`);
    await waitForSettledGraph(page, 120_000);
    await page.getByRole('tab', { name: 'Review' }).click();

    await page.locator('#review-key').fill(API_KEY);
    await page.locator('#review-key').press('Tab');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('coopgraph:api-key')), API_KEY);
    await page.locator('#review-input').fill(TEXT);
    await page.locator('#review-owner').fill('Ocean University of China');
    await page.locator('#review-propose').click();
    await page.locator('.review-item').first().waitFor({ timeout: 120_000 });

    const { documents } = await api<ReviewDocumentList>('/api/review/documents');
    const doc = documents[0]!.id;
    const { proposals } = await api<ProposalsResponse>(`/api/review/documents/${doc}/proposals`);
    const find = (name: string, kind = 'entity'): Proposal => {
      const found = proposals.find((p) => p.name === name && p.kind === kind);
      assert.ok(found, `no proposal ${name}`);
      return found;
    };
    assert.equal(await page.locator('.review-item').count(), proposals.length);
    assert.match((await page.locator('#review-left').textContent()) ?? '', new RegExp(`^${proposals.length} of`));

    // The evidence is highlighted, in the colour the graph gives a university.
    const mark = page.locator('.review-mark', { hasText: 'University of Bergen' }).first();
    assert.equal(await mark.textContent(), 'University of Bergen');
    const colour = await mark.evaluate((element) => getComputedStyle(element).getPropertyValue('--type-color').trim());
    assert.equal(colour, '#2563eb');
    // Proposals are grouped by sentence.
    assert.ok((await page.locator('.review-sentence').count()) >= 3);
    await screenshot(page, 'review-proposals');

    // Keyboard: pick, then a / r / e; j and k move the cursor.
    const item = (proposal: Proposal) => page.locator(`li.review-item[data-proposal="${proposal.id}"]`);
    const press = async (proposal: Proposal, key: string) => {
      await item(proposal).locator('.review-line').click();
      await page.keyboard.press(key);
    };
    const bergen = find('University of Bergen');
    await item(bergen).locator('.review-line').click();
    const before = await page.locator('li.review-item.current').getAttribute('data-proposal');
    await page.keyboard.press('j');
    assert.notEqual(await page.locator('li.review-item.current').getAttribute('data-proposal'), before);
    await page.keyboard.press('k');
    assert.equal(await page.locator('li.review-item.current').getAttribute('data-proposal'), before);

    await press(find('Ocean University of China'), 'a');
    await press(bergen, 'a');
    await press(find('Memorandum of Understanding'), 'e');
    const name = page.locator('.review-edit input[name="name"]');
    await name.fill('OUC - University of Bergen MoU');
    await name.press('Enter');
    await press(find('Ocean University of China PARTY_TO Memorandum of Understanding', 'relation'), 'a');
    await press(find('University of Bergen PARTY_TO Memorandum of Understanding', 'relation'), 'a');
    await press(find('Kyoto Marine Institute'), 'r');
    await screenshot(page, 'review-decided');
    const said = async () => `status: ${await page.locator('.review-status').textContent()}`;
    assert.equal(await item(find('Kyoto Marine Institute')).getAttribute('data-state'), 'rejected', await said());
    assert.equal(await item(bergen).getAttribute('data-state'), 'accepted');
    assert.match((await page.locator('#review-left').textContent()) ?? '', new RegExp(`^${proposals.length - 6} of`));

    await page.locator('#review-commit').click();
    await page.locator('.review-status[data-kind="done"]', { hasText: 'In the graph' }).waitFor({ timeout: 120_000 });
    await waitForSettledGraph(page, 120_000);
    const drawn = await page.evaluate(() => ({
      bergen: window.__coopgraph!.graph.hasNode('university-of-bergen'),
      kyoto: window.__coopgraph!.graph.nodes().some((id) => id.includes('kyoto')),
      edge: window.__coopgraph!.graph.edges().some((edge) => {
        const graph = window.__coopgraph!.graph;
        const ends = [graph.source(edge), graph.target(edge)].sort().join();
        return ends === 'ocean-university-of-china,university-of-bergen';
      }),
    }));
    assert.deepEqual(drawn, { bergen: true, kyoto: false, edge: true });
    const search = await api<{ hits: Array<{ name: string }> }>('/api/search?q=Kyoto%20Marine%20Institute');
    assert.ok(!search.hits.some((hit) => hit.name === 'Kyoto Marine Institute'), 'the rejected one is nowhere');
    const agreements = await api<{ items: Array<{ name: string }> }>('/api/agreements?limit=500');
    assert.ok(
      agreements.items.some((a) => a.name === 'OUC - University of Bergen MoU'),
      'the edit is what was loaded',
    );
    assert.equal(await item(bergen).locator('.review-state').textContent(), 'in graph');
    await page.evaluate(() => window.__coopgraph!.sigma.refresh());
    await screenshot(page, 'review-committed');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
