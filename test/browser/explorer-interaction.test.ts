/**
 * The first view and the interactions graph users expect, in headless Chromium on the seed: the connected
 * network with the unconnected nodes behind a toggle, key labels (the UK, Ukraine, the Jinan conference), the
 * faculty's PART_OF tie, the legend following the Gaps panel's community colours; expand around a node (a ring,
 * marked new, collapsible), drag and pin, shift-click and the lasso, hide and show, undo and redo, and Back and
 * Forward through views without leaving the app; the Layout panel's circular and radial layouts and ForceAtlas2's
 * parameters.
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
  nodePoint,
  openPage,
  screenshot,
  serveExplorer,
  waitForSettledGraph,
} from './explorer-harness.js';

const skip = e2eSkipReason();
const CONFERENCE = 'international-exchange-and-cooperation-conference-of-local-science-academies';
const FACULTY = 'faculty-of-information-science-and-engineering';
const OUC = 'ocean-university-of-china';

describe('explorer first view and interaction (headless Chromium)', { skip }, () => {
  let db: Database;
  let served: Served;
  let browser: Browser;

  const open = async (query = ''): Promise<{ page: Page; errors: string[] }> => {
    const opened = await openPage(browser);
    await opened.page.goto(`${served.url}/${query}`);
    await waitForSettledGraph(opened.page);
    return opened;
  };
  const display = (page: Page, id: string) =>
    page.evaluate((node) => window.__coopgraph!.sigma.getNodeDisplayData(node) ?? null, id);

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

  it('first shows the connected network, with the key nodes labelled and the rest behind a toggle', async () => {
    const { page, errors } = await open();
    const state = await page.evaluate(() => {
      const { graph, state } = window.__coopgraph!;
      const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
      return { counts: state.counts!, isolated, types: state.filters.types };
    });
    assert.deepEqual(state.types, ['Institution', 'Country', 'Event']);
    assert.ok(state.isolated.length > 0, 'the seed has unconnected nodes');
    assert.equal(state.counts.isolated, state.isolated.length);
    assert.equal(state.counts.nodes, state.counts.loadedNodes - state.isolated.length);
    for (const node of state.isolated) assert.equal((await display(page, node))?.hidden, true, `${node} is left out`);

    // Hubs, countries with partners and events carry their label; the conference has presence.
    const labelled = await page.evaluate(() => [...window.__coopgraph!.sigma.getNodeDisplayedLabels()]);
    for (const node of [
      'country-gb',
      'country-ua',
      CONFERENCE,
      'qilu-university-of-technology-shandong-academy-of-sciences',
    ]) {
      assert.ok(labelled.includes(node), `${node} is labelled`);
    }
    const conference = (await display(page, CONFERENCE))!;
    assert.equal(conference.hidden, false);
    assert.ok(conference.size >= 9, `the conference is drawn large: ${conference.size}`);

    // The faculty's tie to its university is drawn, and the legend says what it is.
    const partOf = await page.evaluate(
      ([a, b]) => {
        const { graph, sigma } = window.__coopgraph!;
        const edge = graph.edges(a, b).find((e) => graph.getEdgeAttribute(e, 'relType') === 'PART_OF');
        return edge ? sigma.getEdgeDisplayData(edge)?.hidden === false : false;
      },
      [FACULTY, OUC],
    );
    assert.equal(partOf, true);
    await page.getByRole('region', { name: 'Legend' }).getByText('Part of (a faculty and its university)').waitFor();
    await page.getByRole('region', { name: 'Legend' }).getByText('Colour: kind').waitFor();

    // "N not connected" shows them, in the link too.
    await page.getByTestId('isolated-toggle').click();
    await page.waitForFunction(
      () => window.__coopgraph!.state.counts!.nodes === window.__coopgraph!.state.counts!.loadedNodes,
    );
    assert.match(page.url(), /isolated=1/);
    assert.equal((await display(page, state.isolated[0]))?.hidden, false);

    // The label density goes up to every node.
    await page.getByTestId('label-density').click();
    await page.getByTestId('label-density').click();
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.labelMode), 'all');
    assert.equal((await display(page, state.isolated[0]))?.forceLabel, true);
    await screenshot(page, 'first-view-all-labels');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says in the legend when the Gaps panel colours by community, in a palette of its own', async () => {
    const { page, errors } = await open();
    const kindColours = await page.evaluate(() => window.__coopgraph!.graph.mapNodes((_n, a) => a.color));
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.locator('#panel-gaps input[name="byCommunity"]').check();
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByText('Colour: community (Louvain)').waitFor();
    await legend.getByText('Community 1', { exact: true }).waitFor();
    const communityColours = await page.evaluate(() => window.__coopgraph!.graph.mapNodes((_n, a) => a.color));
    const kinds = new Set(kindColours);
    assert.ok(
      communityColours.filter((c) => c !== '#e2e8f0' && c !== '#94a3b8').every((c) => !kinds.has(c)),
      'no community colour is a kind colour',
    );
    await page.locator('#panel-gaps input[name="byBetweenness"]').check();
    await legend.getByText(/Size: betweenness/).waitFor();
    await page.locator('#panel-gaps input[name="byCommunity"]').uncheck();
    await legend.getByText('Colour: kind').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('expands around the node, marks the new nodes, collapses them, and undoes and redoes it', async () => {
    const { page, errors } = await open(`?selected=${OUC}`);
    await page.locator('#details-title', { hasText: 'Ocean University of China' }).waitFor();
    const before = await page.evaluate(() => window.__coopgraph!.graph.order);
    await page.locator('.details-panel').getByRole('button', { name: 'Expand' }).click();
    await page.getByTestId('fresh').waitFor();
    await page.waitForTimeout(800); // the local layout's animation
    const added = await page.evaluate((centre) => {
      const { graph, explorer } = window.__coopgraph!;
      const fresh = [...explorer.display.fresh];
      const c = graph.getNodeAttributes(centre);
      const xs = graph.mapNodes((_n, a) => a.x);
      const spanX = Math.max(...xs) - Math.min(...xs);
      return {
        fresh,
        order: graph.order,
        distances: fresh.map(
          (n) => Math.hypot(graph.getNodeAttribute(n, 'x') - c.x, graph.getNodeAttribute(n, 'y') - c.y) / spanX,
        ),
        positions: new Set(
          fresh.map((n) => `${graph.getNodeAttribute(n, 'x').toFixed(3)},${graph.getNodeAttribute(n, 'y').toFixed(3)}`),
        ).size,
      };
    }, OUC);
    assert.ok(added.fresh.length > 0, 'the expansion brought nodes in');
    assert.equal(added.order, before + added.fresh.length);
    assert.equal(added.positions, added.fresh.length, 'no two new nodes on the same spot');
    assert.ok(
      added.distances.every((d) => d > 0.005 && d < 0.6),
      `around the node, not on it: ${added.distances.map((d) => d.toFixed(3))}`,
    );
    const marked = await display(page, added.fresh[0]);
    assert.match(String(marked?.label), / · new$/);
    await screenshot(page, 'interaction-expanded');

    await page.getByTestId('fresh').getByRole('button', { name: 'Collapse' }).click();
    await page.waitForFunction((n) => window.__coopgraph!.graph.order === n, before);
    await page.getByRole('button', { name: /^Redo Expand/ }).click();
    await page.waitForFunction((n) => window.__coopgraph!.graph.order === n, added.order);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.__coopgraph!.graph.order === n, before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('drags and pins a node, picks with shift-click and the lasso, hides and shows, with undo', async () => {
    const { page, errors } = await open();
    const id = 'university-of-aberdeen';
    const start = await page.evaluate((node) => window.__coopgraph!.graph.getNodeAttributes(node), id);
    const p = await nodePoint(page, id);
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    await page.mouse.move(p.x + 40, p.y + 30, { steps: 6 });
    await page.mouse.move(p.x + 80, p.y + 60, { steps: 6 });
    await page.mouse.up();
    const moved = await page.evaluate((node) => window.__coopgraph!.graph.getNodeAttributes(node), id);
    assert.ok(Math.hypot(moved.x - start.x, moved.y - start.y) > 0, 'the node moved');
    assert.equal(moved.fixed, true, 'a dropped node is pinned');
    const after = await nodePoint(page, id);
    assert.ok(Math.abs(after.x - (p.x + 80)) < 6 && Math.abs(after.y - (p.y + 60)) < 6, 'it is under the mouse');
    assert.equal(await page.evaluate(() => window.__coopgraph!.state.selected), null, 'a drag does not select');
    await page.keyboard.press('Control+z');
    const back = await page.evaluate((node) => window.__coopgraph!.graph.getNodeAttributes(node), id);
    assert.deepEqual([back.x, back.y, back.fixed], [start.x, start.y, false]);

    // Shift-click picks two nodes; Hide hides them; Undo shows them again. Two that no other drawn node crowds on
    // screen: a click where two discs overlap hits the one on top, whichever the layout made it.
    const [one, other] = await page.evaluate(() => {
      const { sigma, graph } = window.__coopgraph!;
      const box = sigma.getContainer().getBoundingClientRect();
      // Drawn nodes on screen; candidates clear of the canvas's edges and the overlays along them.
      const drawn = graph
        .filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === false)
        .map((n) => ({ n, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!) }));
      const candidates = drawn
        .filter(
          (p) =>
            graph.getNodeAttribute(p.n, 'entityType') === 'Institution' &&
            p.x > 90 &&
            p.x < box.width - 90 &&
            p.y > 110 &&
            p.y < box.height - 60,
        )
        .map((p) => ({
          n: p.n,
          room: Math.min(...drawn.filter((q) => q.n !== p.n).map((q) => Math.hypot(q.x - p.x, q.y - p.y))),
        }));
      return candidates
        .sort((a, b) => b.room - a.room || (a.n < b.n ? -1 : 1))
        .slice(0, 2)
        .map((p) => p.n);
    });
    assert.ok(one && other, 'two institutions to pick');
    for (const node of [one!, other!]) {
      const q = await nodePoint(page, node);
      await page.keyboard.down('Shift');
      await page.mouse.click(q.x, q.y);
      await page.keyboard.up('Shift');
      // Past the double-click window: two quick clicks are a double click, which zooms instead of picking.
      await page.waitForTimeout(400);
    }
    await page.waitForFunction(() => window.__coopgraph!.state.picked.length === 2);
    assert.equal((await display(page, other))?.highlighted, true);
    await page.getByTestId('picked').getByRole('button', { name: 'Hide' }).click();
    await page.waitForFunction(() => window.__coopgraph!.state.counts!.hidden === 2);
    assert.equal((await display(page, one!))?.hidden, true);
    await page.getByRole('button', { name: /^Undo Hide/ }).click();
    await page.waitForFunction(() => window.__coopgraph!.state.counts!.hidden === 0);
    assert.equal((await display(page, one!))?.hidden, false);

    // A lasso (shift + drag on the background) around a node picks it. From a clean slate (the bar of picks gone),
    // and once the view has stopped moving (showing nodes again may move the camera), so the node is where drawn.
    if ((await page.evaluate(() => window.__coopgraph!.state.picked.length)) > 0) {
      await page.getByTestId('picked').getByRole('button', { name: 'Clear' }).click();
    }
    await page.waitForFunction(() => window.__coopgraph!.state.picked.length === 0);
    let c = await nodePoint(page, other!);
    for (let tries = 0; tries < 20; tries++) {
      await page.waitForTimeout(150);
      const now = await nodePoint(page, other!);
      const still = Math.hypot(now.x - c.x, now.y - c.y) < 0.5;
      c = now;
      if (still) break;
    }
    await page.keyboard.down('Shift');
    await page.mouse.move(c.x - 30, c.y - 30);
    await page.mouse.down();
    for (const [dx, dy] of [
      [30, -30],
      [30, 30],
      [-30, 30],
      [-30, -30],
    ])
      await page.mouse.move(c.x + dx, c.y + dy, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const picked = await page.evaluate(() => window.__coopgraph!.state.picked);
    assert.ok(picked.includes(other!), `the lasso picked ${other}: ${picked}`);
    await screenshot(page, 'interaction-lasso');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('steps Back and Forward through views without leaving the app', async () => {
    const { page, errors } = await open();
    const home = page.url();
    await page.evaluate((id) => window.__coopgraph!.explorer.select(id), OUC);
    await page.waitForURL(/selected=ocean-university-of-china/);
    await page.evaluate((id) => window.__coopgraph!.explorer.select(id), FACULTY);
    await page.waitForURL(/selected=faculty-of-information/);
    await page.goBack();
    await page.waitForFunction((id) => window.__coopgraph!.state.selected === id, OUC);
    await page.locator('#details-title', { hasText: 'Ocean University of China' }).waitFor();
    await page.goForward();
    await page.waitForFunction((id) => window.__coopgraph!.state.selected === id, FACULTY);
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => window.__coopgraph!.state.selected === null);
    assert.equal(page.url(), home, 'back at the first view, still in the app');
    assert.ok(await page.evaluate(() => window.__coopgraph !== undefined));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lays the graph out on a circle, in rings around the selection, and runs ForceAtlas2 with its parameters', async () => {
    const { page, errors } = await open(`?selected=${OUC}`);
    await page.getByRole('tab', { name: 'Layout' }).click();
    await page.locator('#panel-layout').getByRole('button', { name: 'Circular' }).click();
    await page.waitForTimeout(1_000);
    const radii = await page.evaluate(() => {
      const { graph } = window.__coopgraph!;
      const xs = graph.mapNodes((_n, a) => a.x);
      const ys = graph.mapNodes((_n, a) => a.y);
      const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
      const cy = ys.reduce((a, b) => a + b, 0) / ys.length;
      return xs.map((x, i) => Math.hypot(x - cx, ys[i] - cy));
    });
    assert.ok(Math.max(...radii) - Math.min(...radii) < 1e-6 * Math.max(...radii) + 1e-6, 'every node on one circle');

    await page.locator('#panel-layout').getByRole('button', { name: 'Radial around the selection' }).click();
    await page.waitForTimeout(1_000);
    const rings = await page.evaluate((centre) => {
      const { graph } = window.__coopgraph!;
      const c = graph.getNodeAttributes(centre);
      return graph
        .neighbors(centre)
        .map((n) => Math.hypot(graph.getNodeAttribute(n, 'x') - c.x, graph.getNodeAttribute(n, 'y') - c.y));
    }, OUC);
    assert.ok(
      rings.length > 0 && rings.every((r) => Math.abs(r - rings[0]) < 1e-6),
      'the neighbours on the first ring',
    );
    await screenshot(page, 'layout-radial');
    await page.getByRole('button', { name: /^Undo Radial layout/ }).waitFor();

    await page.locator('#panel-layout input[name="gravity"]').fill('3');
    await page.locator('#panel-layout input[name="gravity"]').dispatchEvent('change');
    await page.locator('#panel-layout input[name="linLogMode"]').check();
    assert.deepEqual(
      await page.evaluate(() => {
        const s = window.__coopgraph!.explorer.liveSettings;
        return [s.gravity, s.linLogMode];
      }),
      [3, true],
    );
    await page.locator('#panel-layout').getByRole('button', { name: 'Run ForceAtlas2' }).click();
    await page.waitForFunction(() => window.__coopgraph!.state.layoutRunning);
    await page.locator('#panel-layout').getByRole('button', { name: 'Stop ForceAtlas2' }).click();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
