/**
 * The countries overview in headless Chromium. On a generated graph of more institutions than a first view draws
 * (2,100 > DEFAULT_NETWORK_NODES), the explorer opens on the countries (GET /api/network/countries), a
 * double-click on a country opens its institutions, Back returns to the overview, the counts line leads to the
 * best-connected institutions and back, and a country chosen in the filters opens its institutions too. On the
 * seed (a small graph) it opens on the institutions, and `?view=countries` shows the seed's overview. Screenshots: test-results/screenshots/explorer-overview-*.png.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { generateDataset } from '../../bench/synthetic/dataset.js';
import { writeDataset } from '../../bench/synthetic/files.js';
import type { CountryOverview } from '../../core/contract/network.js';
import { DEFAULT_NETWORK_NODES } from '../../core/model.js';
import {
  browserOnApp,
  e2eSkipReason,
  nodePoint,
  screenshot,
  waitForSettledGraph,
  waitForStatus,
} from '../helpers/browser.js';

const skip = e2eSkipReason();
const INSTITUTIONS = DEFAULT_NETWORK_NODES + 100;

type Page = Awaited<ReturnType<ReturnType<typeof browserOnApp>['open']>>['page'];

const drawn = (page: Page) =>
  page.evaluate(() => {
    const { graph, state } = window.__coopgraph!;
    return {
      view: state.view,
      overview: state.overview,
      filters: state.filters,
      types: [...new Set(graph.mapNodes((_node, a) => a.entityType))],
      countries: [...new Set(graph.mapNodes((_node, a) => a.country))],
      order: graph.order,
      size: graph.size,
      search: window.location.search,
    };
  });

describe('countries overview of a large graph (headless Chromium)', { skip }, () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-overview-test-'));
  before(() => writeDataset(generateDataset({ institutions: INSTITUTIONS, seed: 11 }), folder, 'json'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const served = browserOnApp({ input: folder });

  it('opens on the countries, a double-click opens one, Back returns, the counts line switches views', async () => {
    const overview = (
      await served.app.inject({ method: 'GET', url: '/api/network/countries' })
    ).json() as CountryOverview;
    assert.equal(overview.total.institutions, INSTITUTIONS);
    const { page, errors } = await served.open();
    await waitForSettledGraph(page);
    const first = await drawn(page);
    assert.equal(first.view, 'countries');
    assert.deepEqual(first.types, ['Country']);
    assert.equal(first.order, overview.nodes.length);
    assert.equal(first.size, overview.edges.length);
    assert.deepEqual(first.overview, {
      countries: overview.nodes.length,
      institutions: INSTITUTIONS,
      links: overview.total.links,
    });
    assert.match(first.search, /view=countries/);
    assert.match(await page.getByTestId('overview-count').innerText(), /countries/);
    // The largest country is drawn largest.
    const sizes = await page.evaluate(() =>
      window.__coopgraph!.graph.mapNodes((node, a) => ({ node, size: a.size, institutions: a.institutions! })),
    );
    const largest = sizes.reduce((a, b) => (b.institutions > a.institutions ? b : a));
    assert.equal(Math.max(...sizes.map((s) => s.size)), largest.size);
    await screenshot(page, 'explorer-overview-countries');

    // Double-click the largest country: its institutions, best connected first. (The first click opens the details
    // panel, which moves the node from under the pointer: the double-click still belongs to it.)
    const code = overview.nodes.find((node) => node.id === largest.node)!.country!;
    const point = await nodePoint(page, largest.node);
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(() => window.__coopgraph!.state.overview === null);
    await waitForSettledGraph(page);
    const opened = await drawn(page);
    assert.deepEqual(opened.filters.countries, [code]);
    assert.ok(opened.types.includes('Institution'));
    assert.deepEqual(opened.countries, [code], 'only what is located in the country');
    const inCountry = overview.nodes.find((node) => node.id === largest.node)!.institutions;
    const institutionsDrawn = await page.evaluate(
      () => window.__coopgraph!.graph.filterNodes((_node, a) => a.entityType === 'Institution').length,
    );
    assert.equal(institutionsDrawn, Math.min(inCountry, DEFAULT_NETWORK_NODES), 'every institution located there');
    assert.match(opened.search, new RegExp(`countries=${code}`));
    assert.doesNotMatch(opened.search, /view=/);
    await screenshot(page, 'explorer-overview-country');

    await page.goBack();
    await page.waitForFunction(() => window.__coopgraph!.state.overview !== null);
    await waitForStatus(page, 'ready');
    assert.deepEqual((await drawn(page)).types, ['Country']);

    // The best-connected institutions, then the overview again, from the counts line.
    await page.getByTestId('view-institutions').click();
    await page.waitForFunction(() => window.__coopgraph!.state.overview === null);
    await waitForStatus(page, 'ready');
    const institutions = await drawn(page);
    assert.equal(institutions.view, 'institutions');
    assert.ok(institutions.types.includes('Institution'));
    assert.equal(institutions.order, DEFAULT_NETWORK_NODES);
    await page.getByTestId('view-countries').click();
    await page.waitForFunction(() => window.__coopgraph!.state.overview !== null);
    await waitForStatus(page, 'ready');
    assert.deepEqual((await drawn(page)).types, ['Country']);

    // The filters panel says the overview reads no filter; choosing a country opens its institutions.
    assert.match(await page.locator('.filter-summary').innerText(), /countries overview/);
    await page.locator(`input[name="country"][value="${code}"]`).check();
    await page.waitForFunction(() => window.__coopgraph!.state.overview === null);
    await waitForStatus(page, 'ready');
    const filtered = await drawn(page);
    assert.deepEqual(filtered.filters.countries, [code]);
    assert.deepEqual(filtered.countries, [code]);
    assert.deepEqual(errors, []);
  });
});

describe('countries overview of a small graph (headless Chromium)', { skip }, () => {
  const served = browserOnApp();

  it('opens on the institutions, and shows the overview when asked', async () => {
    const { page, errors } = await served.open();
    await waitForSettledGraph(page);
    const first = await drawn(page);
    assert.equal(first.view, 'auto');
    assert.equal(first.overview, null);
    assert.ok(first.types.includes('Institution'));
    assert.doesNotMatch(first.search, /view=/);

    await page.goto(`${served.url}/?view=countries`);
    await waitForSettledGraph(page);
    const countries = await drawn(page);
    assert.deepEqual(countries.types, ['Country']);
    assert.ok(countries.order >= 5 && countries.size >= 5, JSON.stringify(countries));
    await screenshot(page, 'explorer-overview-seed');
    assert.deepEqual(errors, []);
  });
});
