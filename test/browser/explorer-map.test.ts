/**
 * The map view in headless Chromium on the seed graph: institutions sit at their city (the gazetteer behind
 * GET /api/places), two cities of one country apart, nearer their city than their country's centroid; the nodes
 * with no country are listed beside the map, not drawn, and a name in the list selects its node.
 * The places are fetched only for the map. On a phone the list starts folded. Screenshots: test-results/screenshots/explorer-map-{cities,china,phone}.png.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { browserOnApp, e2eSkipReason, screenshot, waitForSettledGraph } from '../helpers/browser.js';

const skip = e2eSkipReason();

// Seed institutions and their cities (seed/data/coopgraph.json).
const IN_JINAN = 'qilu-university-of-technology-shandong-academy-of-sciences';
const IN_QINGDAO = 'ocean-university-of-china';

describe('map view (headless Chromium)', { skip }, () => {
  const served = browserOnApp();

  const api = async <T>(url: string): Promise<T> => {
    const response = await served.app.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response.json() as T;
  };

  it('places institutions at their city, and lists the nodes with no country instead of drawing them', async () => {
    const places = await api<{ places: { id: string; city: string; lat: number; lng: number }[] }>('/api/places');
    const jinan = places.places.find((p) => p.id === IN_JINAN);
    const qingdao = places.places.find((p) => p.id === IN_QINGDAO);
    assert.ok(jinan && qingdao, 'the gazetteer resolves Jinan and Qingdao');
    // Jinan is at about 36.7 N 117.0 E (GeoNames).
    assert.ok(Math.abs(jinan.lat - 36.67) < 0.2 && Math.abs(jinan.lng - 117.0) < 0.2, JSON.stringify(jinan));

    const { page, errors } = await served.open('?layout=geo');
    await waitForSettledGraph(page);
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.layout), 'geo');

    const at = (id: string) =>
      page.evaluate((node) => {
        const graph = window.__coopgraph!.graph;
        return { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') };
      }, id);
    const a = await at(IN_JINAN);
    const b = await at(IN_QINGDAO);
    const china = await at('country-cn'); // A country node sits at its centroid.
    const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    // Graph units are degrees of longitude, latitude stretched by 1.15 (web/graph/projection.ts).
    const city = (p: { lat: number; lng: number }) => ({ x: p.lng, y: p.lat * 1.15 });
    assert.ok(distance(a, b) > 3, `Jinan and Qingdao are apart on the map: ${JSON.stringify({ a, b })}`);
    assert.ok(distance(a, city(jinan)) < 2, `the Jinan institution sits at Jinan: ${JSON.stringify(a)}`);
    assert.ok(distance(a, city(jinan)) < distance(a, china), 'nearer its city than the centroid of China');
    assert.ok(distance(b, city(qingdao)) < distance(b, china), 'nearer Qingdao than the centroid of China');

    // The nodes with no country (seed: international bodies) are listed, and hidden from the canvas.
    const network = await api<{ nodes: { id: string; name: string; type: string; country: string | null }[] }>(
      '/api/network?types=Institution,Country,Event',
    );
    const stateless = network.nodes.filter((n) => n.type === 'Institution' && n.country === null);
    assert.ok(stateless.length >= 3, 'the seed has institutions with no country');
    const note = page.getByTestId('off-map');
    await note.waitFor();
    const listed = await note.locator('li button').allTextContents();
    assert.match((await note.locator('summary').textContent()) ?? '', new RegExp(`^${listed.length} not on the map$`));
    for (const node of stateless) assert.ok(listed.includes(node.name), `"${node.name}" is listed`);
    const byName = new Map(network.nodes.map((n) => [n.name, n]));
    for (const name of listed) assert.equal(byName.get(name)?.country ?? null, null, `${name} has no country`);
    const hidden = await page.evaluate(
      (ids) => ids.map((id) => window.__coopgraph!.sigma.getNodeDisplayData(id)?.hidden === true),
      stateless.map((n) => n.id),
    );
    assert.deepEqual(
      hidden,
      stateless.map(() => true),
      'not drawn while the map is on',
    );
    await screenshot(page, 'explorer-map-cities');
    // Close up on eastern China: Jinan, Qingdao and Beijing apart.
    await page.evaluate((node) => {
      const sigma = window.__coopgraph!.sigma;
      const at = sigma.getNodeDisplayData(node)!;
      sigma.getCamera().setState({ x: at.x, y: at.y, ratio: 0.06, angle: 0 });
    }, IN_JINAN);
    await page.waitForTimeout(300);
    await screenshot(page, 'explorer-map-china');
    await page.evaluate(() => window.__coopgraph!.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));

    // A name selects its node.
    const first = stateless[0]!;
    await note.getByRole('button', { name: first.name, exact: true }).click();
    await page.locator('#details-title', { hasText: first.name }).waitFor();
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.selected), first.id);

    // Off the map, the list goes and the nodes come back.
    await page.evaluate(() => window.__coopgraph!.explorer.setLayout('force'));
    await note.waitFor({ state: 'hidden' });
    const back = await page.evaluate((id) => window.__coopgraph!.sigma.getNodeDisplayData(id)?.hidden, first.id);
    assert.equal(back, false);
    assert.deepEqual(errors, []);
    await page.close();
  });
  it('asks for the places only when the map is chosen: the other layouts never read them', async () => {
    const { page, errors } = await served.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/places') asked.push(request.url());
    });
    await page.goto(served.url);
    await waitForSettledGraph(page);
    assert.deepEqual(asked, [], 'the force layout does not fetch the places');
    await page.evaluate(() => window.__coopgraph!.explorer.setLayout('geo'));
    assert.equal(asked.length, 1, 'the map fetches them once');
    // The nodes glide to their places: wait for the institution to arrive at Jinan's longitude (117.0 E).
    await page.waitForFunction(
      (node) => Math.abs(window.__coopgraph!.graph.getNodeAttribute(node, 'x') - 117.0) < 2,
      IN_JINAN,
      { timeout: 10_000 },
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
  it('on a phone the list starts folded to its one-line summary, so it hides little of the map', async () => {
    const { page, errors } = await served.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${served.url}/?layout=geo`);
    await waitForSettledGraph(page);
    const note = page.getByTestId('off-map');
    await note.waitFor();
    assert.equal(await note.evaluate((element) => (element as HTMLDetailsElement).open), false);
    const box = (await note.boundingBox())!;
    const stage = (await page.locator('#stage').boundingBox())!;
    assert.ok(box.height < 48, `one line: ${box.height} px`);
    assert.ok(box.width * box.height < 0.05 * stage.width * stage.height, 'under 5 % of the stage');
    await screenshot(page, 'explorer-map-phone');
    // Unfolded on request, it lists the names.
    await note.locator('summary').click();
    assert.ok((await note.locator('li button').count()) >= 3);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
