/**
 * Browser lane: the explorer's harness
 * ====================================
 *
 * One place for the browser tests of test/browser/ to get the shared end-to-end helpers (real Chromium, the app
 * on the test Neo4j with the seed) and a few of their own: open the explorer at a size, the free part of the
 * canvas, where a node is on screen.
 */
import type { Page } from 'playwright-core';

import { type Browser, type Served, launchBrowser, openPage } from '../helpers/browser.js';

export * from '../helpers/browser.js';

export interface Opened {
  page: Page;
  errors: string[];
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh browser at a viewport size (a context's viewport is fixed at launch). */
export async function openAt(served: Served, viewport: { width: number; height: number }, query = ''): Promise<Opened> {
  const browser = await launchBrowser(viewport);
  const { page, errors } = await openPage(browser);
  await page.goto(`${served.url}/${query}`);
  return { page, errors, browser, close: () => browser.close() };
}

/** Rectangles of the page (viewport pixels) for the given selectors; null where absent or hidden. */
export function rects(page: Page, selectors: string[]) {
  return page.evaluate((list) => {
    const out: Record<
      string,
      { left: number; top: number; right: number; bottom: number; width: number; height: number } | null
    > = {};
    for (const selector of list) {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element || element.hidden || element.getClientRects().length === 0) {
        out[selector] = null;
        continue;
      }
      const r = element.getBoundingClientRect();
      out[selector] = { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    }
    return out;
  }, selectors);
}

/** True when the two rectangles share area. */
export function overlap(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
