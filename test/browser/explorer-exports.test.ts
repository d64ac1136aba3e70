/**
 * Exports in headless Chromium on the seed, on a small laptop with the details drawer open: the PNG is the whole
 * graph at 2x with the legend and edge keys under it, not the part the drawer leaves; the SVG has a circle per node
 * and a line per link on screen, the labels and the legend; the view's GEXF carries
 * `r g b` colours (networkx reads it); the CSV of the links on screen has every partnership with its weight.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import type { Database } from '../../server/db/database.js';
import { loadSeed, openTestDatabase } from '../helpers/context.js';
import {
  type Served,
  SCREENSHOTS,
  e2eSkipReason,
  openAt,
  serveExplorer,
  waitForSettledGraph,
} from './explorer-harness.js';

const skip = e2eSkipReason();

describe('explorer exports (headless Chromium)', { skip }, () => {
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

  it('exports the whole graph at 2x with its legend, the GEXF with r g b colours, and the links on screen', async () => {
    const opened = await openAt(served, { width: 1024, height: 700 }, '?selected=ocean-university-of-china');
    const { page, errors } = opened;
    try {
      await waitForSettledGraph(page);
      await page.locator('#details-title').waitFor();
      const exportMenu = page.locator('.toolbar .menu > summary');

      await exportMenu.click();
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'PNG image of the view' }).click(),
      ]);
      const bytes = readFileSync((await png.path())!);
      const width = bytes.readUInt32BE(16);
      const height = bytes.readUInt32BE(20);
      assert.equal(width, 3200, 'the whole graph at 2x, whatever the drawer covers');
      assert.ok(height > 2000, `with the legend strip under the graph: ${height}`);
      await png.saveAs(`${SCREENSHOTS}/export-view.png`);
      // Drawn across the width (the right part is under the drawer on screen), and the legend strip has text.
      const ink = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        // No helper function here: the test runner's transform would name it with a helper the page lacks.
        const regions = [
          [image.width * 0.6, 0, image.width * 0.4, 2000],
          [0, 2000, image.width, image.height - 2000],
        ];
        const inked = regions.map(([x0, y0, w, h]) => {
          const pixels = context.getImageData(x0, y0, w, h).data;
          let n = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (Math.abs(pixels[i] - 248) > 24 || Math.abs(pixels[i + 2] - 252) > 24) n += 1;
          return n;
        });
        return { right: inked[0], legend: inked[1] };
      }, bytes.toString('base64'));
      assert.ok(ink.right > 500, `the right of the graph is drawn: ${ink.right}`);
      assert.ok(ink.legend > 500, `the legend is drawn: ${ink.legend}`);

      await exportMenu.click();
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: /SVG image of the view/ }).click(),
      ]);
      const svg = readFileSync((await svgDownload.path())!, 'utf8');
      const shown = await page.evaluate(() => window.__coopgraph!.state.counts!);
      assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1600"/);
      const count = (pattern: RegExp) => (svg.match(pattern) ?? []).length;
      const nodeGroup = svg.slice(svg.indexOf('<g class="nodes"'), svg.indexOf('<g class="labels"'));
      assert.equal((nodeGroup.match(/<circle /g) ?? []).length, shown.nodes, 'one circle per node on screen');
      assert.equal(count(/<line /g), shown.edges, 'one line per link on screen');
      assert.match(svg, />Ocean University of China</);
      assert.match(svg, /<g class="legend">.*>coopgraph<.*>Agreements \(thicker: more\)</s);
      // The browser reads it as an image of that size; a screenshot of it to look at.
      const size = await page.evaluate(async (text) => {
        const image = new Image();
        image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        await image.decode();
        return { width: image.naturalWidth, height: image.naturalHeight };
      }, svg);
      assert.equal(size.width, 1600);
      assert.ok(size.height > 1000, `the legend under the graph: ${size.height}`);
      await svgDownload.saveAs(`${SCREENSHOTS}/export-view.svg`);

      await exportMenu.click();
      const [gexf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'GEXF of the view (Gephi)' }).click(),
      ]);
      const xml = readFileSync((await gexf.path())!, 'utf8');
      assert.match(xml, /<gexf[^>]*version="1\.2"/);
      assert.match(xml, /xmlns:viz="http:\/\/www\.gexf\.net\/1\.2draft\/viz"/);
      assert.match(xml, /<viz:color r="\d+" g="\d+" b="\d+"/);
      assert.doesNotMatch(xml, /hex=/);

      await exportMenu.click();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: /CSV of the links on screen/ }).click(),
      ]);
      const lines = readFileSync((await csv.path())!, 'utf8')
        .trim()
        .split(/\r\n/);
      const counts = await page.evaluate(() => window.__coopgraph!.state.counts!);
      assert.equal(lines.length, counts.edges + 1);
      const partnerships = lines.filter((line) => /,partnership,\d+,/.test(line));
      assert.ok(partnerships.length > 0, 'derived partnerships with their weight');
      assert.deepEqual(errors, []);
    } finally {
      await opened.close();
    }
  });
});
