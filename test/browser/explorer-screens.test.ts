/**
 * The explorer on a phone, a small laptop and a desktop (390x844, 1024x700, 1440x900), in headless Chromium on the
 * seed: the graph keeps most of the width with a node selected (drawers and sheets float over it and the
 * selection is brought into the part they leave free), nothing overflows sideways, the toolbar folds into a menu
 * on the phone, and the legend sits under the graph, never over it. Screenshots: test-results/screenshots/screen-*.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Database } from '../../server/db/database.js';
import { loadSeed, openTestDatabase } from '../helpers/context.js';
import {
  type Served,
  e2eSkipReason,
  nodePoint,
  openAt,
  overlap,
  rects,
  screenshot,
  serveExplorer,
  waitForSettledGraph,
} from './explorer-harness.js';

const skip = e2eSkipReason();
const SELECTED = 'ocean-university-of-china';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1024, height: 700 },
  { name: 'desktop', width: 1440, height: 900 },
];

describe('explorer screens (headless Chromium)', { skip }, () => {
  let db: Database;
  let served: Served;

  before(async () => {
    db = openTestDatabase();
    await loadSeed(db);
    served = await serveExplorer(db);
  });
  after(async () => {
    await served?.close();
    await db?.close();
  });

  for (const size of SIZES) {
    it(`at ${size.width}x${size.height} with a node selected, the graph keeps the width and shows the selection`, async () => {
      const opened = await openAt(served, size, `?selected=${SELECTED}`);
      const { page, errors } = opened;
      try {
        await waitForSettledGraph(page);
        await page.locator('#details-title', { hasText: 'Ocean University of China' }).waitFor();
        // The reveal after the layout has settled (a camera animation).
        await page.waitForTimeout(1_500);
        const overflow = await page.evaluate(() => ({
          scroll: document.scrollingElement!.scrollWidth,
          inner: window.innerWidth,
        }));
        assert.ok(overflow.scroll <= overflow.inner, `no horizontal overflow: ${overflow.scroll} > ${overflow.inner}`);

        const box = await rects(page, ['#graph', '.details-panel', '.legend', '.toolbar', '.stage-footer']);
        const graph = box['#graph']!;
        const details = box['.details-panel']!;
        assert.ok(details, 'the details panel is open');
        // The part of the canvas the details panel leaves free.
        const freeWidth =
          details.top > graph.top + graph.height / 3 ? graph.width : Math.min(graph.right, details.left) - graph.left;
        assert.ok(freeWidth >= 0.5 * size.width, `the graph keeps most of the width: ${freeWidth} of ${size.width}`);
        if (size.width <= 720) assert.ok(graph.width >= size.width - 1, 'on a phone the canvas is the whole width');
        assert.ok(!overlap(box['.legend']!, graph), 'the legend is not over the graph');

        // The selection is drawn, highlighted, inside the canvas and not under the details panel.
        const point = await nodePoint(page, SELECTED);
        assert.ok(
          point.x > graph.left && point.x < graph.right && point.y > graph.top && point.y < graph.bottom,
          `selected node on the canvas: ${JSON.stringify(point)}`,
        );
        assert.ok(
          !(point.x >= details.left && point.x <= details.right && point.y >= details.top && point.y <= details.bottom),
          'not under the details panel',
        );
        const highlighted = await page.evaluate(
          (id) => window.__coopgraph!.sigma.getNodeDisplayData(id)?.highlighted,
          SELECTED,
        );
        assert.equal(highlighted, true);
        await screenshot(page, `screen-${size.width}x${size.height}-selected`);

        if (size.width <= 720) {
          // The toolbar's actions fold into a menu that opens inside the screen.
          assert.equal(await page.locator('#toolbar-actions').isVisible(), false);
          await page.getByRole('button', { name: 'Menu' }).click();
          await page.getByRole('button', { name: 'Map' }).waitFor();
          const menu = (await rects(page, ['#toolbar-actions']))['#toolbar-actions']!;
          assert.ok(menu.left >= 0 && menu.right <= size.width, 'the menu fits the screen');
          await screenshot(page, `screen-${size.width}x${size.height}-menu`);
          await page.keyboard.press('Escape');
          assert.equal(await page.locator('#toolbar-actions').isVisible(), false);
          // A panel opens as a sheet over the lower part; the graph keeps its width.
          await page.locator('.details-panel .close').click();
          // Nothing open: the graph has the screen, the footer (legend, years) a line or two under it.
          await page.locator('.details-panel').waitFor({ state: 'hidden' });
          await screenshot(page, `screen-${size.width}x${size.height}-plain`);
          const plain = await rects(page, ['#graph', '.time-slider', '.stage-footer']);
          assert.ok(
            plain['.time-slider']!.height <= 48,
            `the year slider is one line: ${plain['.time-slider']!.height}`,
          );
          assert.ok(plain['#graph']!.height >= 0.6 * size.height, `the graph's height: ${plain['#graph']!.height}`);
          await page.getByRole('tab', { name: 'Filters' }).click();
          await page.locator('#panel-filters').waitFor();
          const sheet = await rects(page, ['.sidebar-body', '#graph']);
          assert.ok(sheet['.sidebar-body']!.width >= size.width - 1 && sheet['#graph']!.width >= size.width - 1);
          assert.ok((await page.evaluate(() => document.scrollingElement!.scrollWidth)) <= size.width);
          await screenshot(page, `screen-${size.width}x${size.height}-filters`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await opened.close();
      }
    });
  }
});
