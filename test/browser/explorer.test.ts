/**
 * The explorer in headless Chromium, against the real API on the seed graph: it draws the network the API
 * returns, search tolerates typos, a click shows provenance from the seed texts, filters re-query, the path
 * finder lights a path, a shared link restores the view, exports download, and an API outage shows an error with
 * a working Retry. Screenshots land in test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { SEED_DIR } from '../../server/ingest/seed.js';
import {
  browserOnApp,
  e2eSkipReason,
  inkedNodePixels,
  nodePoint,
  screenshot,
  waitForSettledGraph,
  waitForStatus,
} from '../helpers/browser.js';

const skip = e2eSkipReason();

/** Every seed document's text, to check that evidence shown is copied verbatim from a source. */
function seedTexts(): string[] {
  const dir = path.join(SEED_DIR, '..', 'documents');
  return readdirSync(dir).map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

describe('explorer (headless Chromium)', { skip }, () => {
  const served = browserOnApp();
  const { open } = served;

  const api = async <T>(url: string): Promise<T> => {
    const response = await served.app.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response.json() as T;
  };

  it('draws the seed network that /api/network returns', async () => {
    const { page, errors } = await open();
    await waitForSettledGraph(page);
    // The first view: institutions, countries and events (state/app-state.ts FIRST_VIEW_TYPES).
    const network = await api<{ nodes: { id: string }[]; edges: { id: string }[] }>(
      '/api/network?types=Institution,Country,Event',
    );
    assert.ok(network.nodes.length > 20, 'the seed network has nodes');

    const drawn = await page.evaluate(() => ({
      nodes: window.__coopgraph!.graph.nodes().sort(),
      edges: window.__coopgraph!.graph.size,
    }));
    assert.deepEqual(drawn.nodes, network.nodes.map((n) => n.id).sort());
    assert.equal(drawn.edges, network.edges.length);
    const loaded = await page.getByTestId('node-count').getAttribute('data-loaded');
    assert.equal(Number(loaded), network.nodes.length);
    // Drawn: all but the nodes with no link, which the first view leaves behind a toggle.
    const connected = new Set(
      network.edges.flatMap((e) => {
        const edge = e as unknown as { source: string; target: string };
        return [edge.source, edge.target];
      }),
    );
    await page.getByTestId('node-count').getByText(String(connected.size), { exact: true }).waitFor();

    assert.ok((await inkedNodePixels(page)) > 500, 'the WebGL node layer has drawn pixels');
    const mark = await page.evaluate(() => performance.getEntriesByName('coopgraph:first-render')[0]?.startTime);
    assert.ok(typeof mark === 'number' && mark > 0, 'the first-render mark is set');
    await page.getByRole('region', { name: 'Legend' }).getByText('University, college').waitFor();
    await screenshot(page, 'explorer-loaded');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('finds a misspelt institution with the keyboard and selects it', async () => {
    const { page, errors } = await open();
    await waitForSettledGraph(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Heriot Wat');
    const option = page.getByRole('option', { name: /Heriot-Watt University/ });
    await option.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__coopgraph!.state.selected === 'heriot-watt-university');
    await page.locator('#details-title', { hasText: 'Heriot-Watt University' }).waitFor();
    assert.match(page.url(), /selected=heriot-watt-university/);
    const highlighted = await page.evaluate(
      () => window.__coopgraph!.sigma.getNodeDisplayData('heriot-watt-university')?.highlighted,
    );
    assert.equal(highlighted, true);
    await screenshot(page, 'explorer-search');
    // Esc in the panel closes it.
    await page.locator('.details-panel .close').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__coopgraph!.state.selected === null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the provenance of a clicked node, copied from the seed documents', async () => {
    const { page, errors } = await open();
    await waitForSettledGraph(page);
    const id = 'university-of-aberdeen';
    const detail = await api<{ provenance: { evidence: string }[]; related: { provenance: { evidence: string }[] }[] }>(
      `/api/institutions/${id}`,
    );
    const evidence = [...detail.provenance, ...detail.related.flatMap((r) => r.provenance)].map((p) => p.evidence);
    assert.ok(evidence.length > 0, 'the seed has evidence for the institution');
    const texts = seedTexts();
    assert.ok(
      texts.some((text) => text.includes(evidence[0])),
      'the evidence is a span of a seed document',
    );

    const point = await nodePoint(page, id);
    await page.mouse.move(point.x, point.y);
    await page.locator('.graph-tooltip', { hasText: 'University of Aberdeen' }).waitFor();
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((node) => window.__coopgraph!.state.selected === node, id);
    const quote = page.locator('.details-panel .evidence', { hasText: evidence[0] }).first();
    await quote.waitFor();
    assert.ok(texts.some((text) => text.includes(evidence[0])));
    await screenshot(page, 'explorer-provenance');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('re-queries the network when a filter changes, and the counts follow', async () => {
    const { page, errors } = await open();
    await waitForSettledGraph(page);
    const all = await api<{ nodes: unknown[] }>('/api/network?types=Institution,Country,Event');
    const gb = await api<{ nodes: { id: string }[] }>('/api/network?types=Institution,Country,Event&countries=GB');
    assert.ok(gb.nodes.length > 0 && gb.nodes.length < all.nodes.length);

    await page.getByRole('group', { name: 'Countries' }).getByLabel('United Kingdom').check();
    await page.waitForFunction(
      (n) => window.__coopgraph!.graph.order === n && window.__coopgraph!.state.status.type === 'ready',
      gb.nodes.length,
    );
    await waitForSettledGraph(page);
    const drawn = await page.evaluate(() => window.__coopgraph!.graph.nodes().sort());
    assert.deepEqual(drawn, gb.nodes.map((n) => n.id).sort());
    assert.equal(Number(await page.getByTestId('node-count').getAttribute('data-loaded')), gb.nodes.length);
    assert.match(page.url(), /countries=GB/);
    await screenshot(page, 'explorer-filtered');

    // A type filter: no countries at all.
    await page.getByRole('checkbox', { name: 'Country', exact: true }).uncheck();
    await page.waitForFunction(() => {
      const explorer = window.__coopgraph!;
      return (
        explorer.state.status.type !== 'loading' && !explorer.graph.someNode((_n, a) => a.entityType === 'Country')
      );
    });
    assert.match(page.url(), /types=Institution,Event(&|$)/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lights the shortest path between two institutions and lists the agreements on it', async () => {
    const { page, errors } = await open();
    await waitForSettledGraph(page);
    const expected = await api<{ paths: { nodes: { id: string }[] }[]; agreements: { name: string }[] }>(
      '/api/paths?from=university-of-aberdeen&to=university-of-texas',
    );
    assert.ok(expected.paths.length > 0, 'the seed joins the two');

    await page.getByRole('tab', { name: 'Path finder' }).click();
    await page.locator('#path-from').fill('University of Aberdeen');
    await page.getByRole('option', { name: /University of Aberdeen/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#path-to').fill('University of Texas');
    await page.getByRole('option', { name: /University of Texas/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__coopgraph!.state.pathStatus.type === 'found');

    const lit = await page.evaluate(() => {
      const { explorer, sigma } = window.__coopgraph!;
      const edges = [...explorer.display.path.edges];
      return {
        nodes: [...explorer.display.path.nodes],
        edgeColors: edges.map((edge) => sigma.getEdgeDisplayData(edge)?.color),
        drawn: [...explorer.display.path.nodes].every((node) => sigma.getNodeDisplayData(node)?.highlighted === true),
      };
    });
    for (const node of expected.paths[0].nodes) assert.ok(lit.nodes.includes(node.id), `${node.id} is lit`);
    assert.ok(lit.edgeColors.length >= expected.paths[0].nodes.length - 1);
    assert.ok(new Set(lit.edgeColors).size === 1, 'path edges share the path colour');
    assert.equal(lit.drawn, true);
    for (const agreement of expected.agreements.slice(0, 3)) {
      await page.locator('.path-results').getByText(agreement.name, { exact: true }).first().waitFor();
    }
    assert.match(page.url(), /pathFrom=university-of-aberdeen&pathTo=university-of-texas/);
    await screenshot(page, 'explorer-path');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('restores a shared link (selection, layout) and embeds the graph alone', async () => {
    const { page, errors } = await open('?selected=heriot-watt-university&layout=geo');
    await waitForSettledGraph(page);
    await page.locator('#details-title', { hasText: 'Heriot-Watt University' }).waitFor();
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.layout), 'geo');
    assert.equal(await page.evaluate(() => window.__coopgraph!.explorer.world.isVisible()), true);
    await screenshot(page, 'explorer-map');

    await page.goto(`${served.url}/?embed=1`);
    await waitForSettledGraph(page);
    assert.equal(await page.locator('.toolbar').count(), 0);
    assert.equal(await page.locator('.sidebar').count(), 0);
    assert.ok((await inkedNodePixels(page)) > 500);
    await screenshot(page, 'explorer-embed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('exports the view as PNG with its legend and the graph as GEXF', async () => {
    const { page, errors } = await open();
    await waitForSettledGraph(page);
    // The view's GEXF holds what is drawn (the unconnected nodes are left out of the first view).
    const order = await page.evaluate(() => window.__coopgraph!.state.counts!.nodes);

    await page.getByText('Export', { exact: true }).click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PNG image of the view' }).click(),
    ]);
    const pngBytes = readFileSync((await png.path())!);
    assert.deepEqual([...pngBytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.ok(pngBytes.length > 20_000, `a PNG with content (${pngBytes.length} bytes)`);

    await page.getByText('Export', { exact: true }).click();
    const [gexf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'GEXF of the view (Gephi)' }).click(),
    ]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    assert.match(xml, /<gexf[^>]*version="1\.2"/);
    assert.equal(xml.match(/<node /g)?.length, order);

    // The server's export of the same filters, linked from the menu.
    await page.getByText('Export', { exact: true }).click();
    const href = await page.getByRole('menuitem', { name: 'GEXF of the filtered graph (server)' }).getAttribute('href');
    assert.match(href ?? '', /^\/api\/export\?format=gexf&types=Institution,Country,Event$/);
    const server = await page.request.get(`${served.url}${href}`);
    assert.equal(server.status(), 200);
    assert.match(await server.text(), /<gexf/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says so when the API is down, and Retry recovers', async () => {
    const { page, errors } = await served.newPage();
    await page.route('**/api/network**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: 'The database is unavailable' }),
      }),
    );
    await page.goto(`${served.url}/`);
    await waitForStatus(page, 'error');
    const alert = page.getByRole('alert');
    await alert.getByText('The database is unavailable right now.').waitFor();
    await screenshot(page, 'explorer-error');

    await page.unroute('**/api/network**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForSettledGraph(page);
    assert.ok((await page.evaluate(() => window.__coopgraph!.graph.order)) > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('explains an empty result and offers to reset the filters', async () => {
    const { page, errors } = await open('?countries=AQ');
    await waitForStatus(page, 'empty');
    await page.getByText('Nothing matches these filters').waitFor();
    await page.getByRole('button', { name: 'Reset filters' }).last().click();
    await waitForSettledGraph(page);
    assert.doesNotMatch(page.url(), /countries=/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('explorer time slider (headless Chromium)', { skip }, () => {
  const served = browserOnApp({ input: path.join(import.meta.dirname, '..', 'fixtures', 'timeline') });

  it('narrows the partnerships to a window of years with the keyboard, and plays them in order', async () => {
    const response = await served.app.inject({ method: 'GET', url: '/api/network' });
    const network = response.json() as { edges: { firstYear: number | null }[] };
    const years = network.edges.map((e) => e.firstYear).filter((y): y is number => y !== null);
    assert.deepEqual([Math.min(...years), Math.max(...years)], [2008, 2020]);

    const { page, errors } = await served.newPage();
    await page.goto(served.url);
    await waitForSettledGraph(page);
    assert.deepEqual(await page.evaluate(() => window.__coopgraph!.state.yearExtent), [2008, 2020]);

    // The last year down to 2012: Home goes to 2008, four steps right.
    const last = page.getByRole('slider', { name: 'Last year shown' });
    await last.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__coopgraph!.state.years.to === 2012);
    const expected = network.edges.filter((e) => e.firstYear !== null && e.firstYear <= 2012).length;
    const counts = await page.evaluate(() => window.__coopgraph!.state.counts!);
    assert.equal(counts.edges, expected);
    assert.ok(counts.nodes < counts.loadedNodes, 'nodes without a partnership in the window are hidden');
    const hidden = await page.evaluate(() => window.__coopgraph!.sigma.getNodeDisplayData('epsilon-works')?.hidden);
    assert.equal(hidden, true, 'a partner first met in 2020 is not drawn in 2008–2012');
    await page.locator('.year-label', { hasText: 'Signed 2008–2012' }).waitFor();
    assert.match(page.url(), /to=2012/);
    await screenshot(page, 'explorer-timeline');

    // Play: the window grows a year at a time from the first year.
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForFunction(
      () => window.__coopgraph!.state.playing && (window.__coopgraph!.state.years.to ?? 0) >= 2010,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.playing), false);
    await page.getByRole('button', { name: 'All years' }).click();
    await page.waitForFunction(
      () => window.__coopgraph!.state.counts!.edges === window.__coopgraph!.state.counts!.loadedEdges,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
