/**
 * Explorer benchmark (npm run bench:web)
 * ======================================
 *
 * For synthetic graphs of 1k, 10k and 50k institutions (bench/lib/synthetic-graph.ts): the /api/network payload
 * (bytes, nodes, edges, server time), the countries overview computed uncached and, in headless Chromium, for two
 * page loads side by side (the default view, which is the countries overview above 2,000 institutions, and
 * `?view=institutions`), the time from navigation to the first rendered frame, plus the cost of the interactions
 * that must stay fluid (hover, select, a camera frame, search).
 *
 * "First rendered frame": sigma's first `afterRender` after the network payload is in the graph, marked by the
 * explorer as `performance.mark('coopgraph:first-render')`; its `startTime` is milliseconds since navigation
 * start. The deterministic ForceAtlas2 then runs in a worker (`coopgraph:layout-done`); the page is interactive
 * meanwhile.
 *
 *   npm run bench:web                      # 1000,10000,50000
 *   npm run bench:web -- --sizes 1000      # some sizes only
 *   npm run bench:web -- --limit 60000     # ask /api/network for more than its default cap (20 000 nodes)
 *
 * Results: printed as a table, and saved to bench/results/web-<time>.json (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { readDataVersion } from '../server/db/data-version.js';
import { Database } from '../server/db/database.js';
import { CountryOverviewRepository } from '../server/repositories/country-overview-repository.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { describeMachine } from './lib/machine.js';
import { openBenchGraph } from './lib/synthetic-graph.js';

interface PageRow {
  /** The page's query: `` (the default view: the countries overview of a large graph) or `?view=institutions`. */
  query: string;
  /** What the page drew: `countries` or `institutions`. */
  drawn: string;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  layoutDoneMs: number | null;
  networkFetchMs: number | null;
  hoverMs: number;
  selectMs: number;
  frameMs: number;
  searchMs: number;
  heapMiB: number | null;
}

interface Row {
  institutions: number;
  limit: number | null;
  payload: { bytes: number; nodes: number; edges: number; totalNodes: number; truncated: boolean; serverMs: number };
  /** GET /api/network/countries computed without the cache (the repository call), and its answer. */
  overview: { computeMs: number; countries: number; edges: number; bytes: number };
  pages: PageRow[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

async function measure(
  institutions: number,
  limit: number | null,
  log: (line: string) => void,
  graphFile?: string,
): Promise<Row> {
  const graph = await openBenchGraph({ institutions, log, graphFile });
  const db = new Database(graph.settings, { queryTimeoutMs: 600_000 });
  const { uri, username, password } = graph.settings;
  const config = loadConfig({
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'silent',
    COOPGRAPH_SERVE_WEB: 'true',
    COOPGRAPH_QUERY_TIMEOUT_MS: '600000',
    // The warm-up (server/plugins/warm-up.ts) as the service runs it; `COOPGRAPH_WARM_UP_INTERVAL_MS=0` measures
    // the first frame without it (the page's network request computes the view).
    COOPGRAPH_WARM_UP_INTERVAL_MS: process.env.COOPGRAPH_WARM_UP_INTERVAL_MS ?? '2000',
  });
  const app = await buildApp({ config, db, logger: false });
  const browser = await launchBrowser();
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const base = `http://127.0.0.1:${address.port}`;
    const query = limit ? `?limit=${limit}` : '';

    // Warm the query once (plans, page cache), then time it.
    await fetch(`${base}/api/network${query}`).then((r) => r.arrayBuffer());
    const started = performance.now();
    const response = await fetch(`${base}/api/network${query}`);
    const body = await response.arrayBuffer();
    const serverMs = performance.now() - started;
    if (!response.ok)
      throw new Error(`/api/network answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 300)}`);
    const network = JSON.parse(new TextDecoder().decode(body)) as {
      nodes: { id: string; name: string }[];
      edges: unknown[];
      total: { nodes: number };
      truncated: boolean;
    };
    log(
      `coopgraph bench: /api/network ${network.nodes.length} nodes, ${network.edges.length} edges, ${(body.byteLength / 1024 ** 2).toFixed(1)} MiB in ${serverMs.toFixed(0)} ms`,
    );

    if (config.warmUpIntervalMs > 0) {
      const waited = performance.now();
      await app.warmUp.whenWarmed(await readDataVersion(db));
      log(`coopgraph bench: warm-up done ${(performance.now() - waited).toFixed(0)} ms after the network timing`);
    } else log('coopgraph bench: warm-up off: the page computes its first view');

    const overviewStarted = performance.now();
    const overview = await new CountryOverviewRepository(db).overview();
    const overviewMs = performance.now() - overviewStarted;
    log(
      `coopgraph bench: countries overview ${overview.nodes.length} countries, ${overview.edges.length} edges computed in ${overviewMs.toFixed(0)} ms`,
    );

    // The default view (the countries overview of a large graph) and the institutions, side by side.
    const pages: PageRow[] = [];
    for (const view of [query, `${query ? `${query}&` : '?'}view=institutions`]) {
      pages.push(await measurePage(browser, base, view));
      log(`coopgraph bench: page ${view || '/'}: ${JSON.stringify(pages[pages.length - 1])}`);
    }

    return {
      institutions,
      limit,
      payload: {
        bytes: body.byteLength,
        nodes: network.nodes.length,
        edges: network.edges.length,
        totalNodes: network.total.nodes,
        truncated: network.truncated,
        serverMs: round(serverMs),
      },
      overview: {
        computeMs: round(overviewMs),
        countries: overview.nodes.length,
        edges: overview.edges.length,
        bytes: Buffer.byteLength(JSON.stringify(overview)),
      },
      pages,
    };
  } finally {
    await browser.close();
    await app.close();
    await graph.stop();
  }
}

/** One page load of the explorer at `query`: the first frame, the layout, and the interactions that must stay fluid. */
async function measurePage(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  base: string,
  query: string,
): Promise<PageRow> {
  const page = await browser.context.newPage();
  // tsx (esbuild keepNames) wraps named functions in evaluate() callbacks with __name(): give the page one.
  await page.addInitScript({ content: 'window.__name = (target) => target;' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('coopgraph:first-render').length > 0, undefined, {
    timeout: 600_000,
  });
  const firstRenderMs = await page.evaluate(() => performance.getEntriesByName('coopgraph:first-render')[0].startTime);
  const layoutDoneMs = await page
    .waitForFunction(() => performance.getEntriesByName('coopgraph:layout-done')[0]?.startTime ?? null, undefined, {
      timeout: 600_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
  await page.waitForTimeout(1_500); // the animation to the computed layout

  const interaction = await page.evaluate(async () => {
    const { explorer, sigma, graph } = window.__coopgraph!;
    const hub = graph.reduceNodes(
      (best, node, a) => (a.partners > graph.getNodeAttribute(best, 'partners') ? node : best),
      graph.nodes()[0],
    );
    const others = graph.nodes().slice(0, 15);
    const time = (fn: () => void) => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    };
    // Hover: the reducers run for every node and edge, then one render (what a mouse-over costs), drawn at once.
    const hover = others.map((node) => time(() => explorer.setHovered(node, true)));
    explorer.setHovered(null, true);
    // A camera frame: pan a little and draw. A partial refresh of nothing is sigma's render alone (no
    // reprocessing), which is what a pan or zoom frame costs.
    const camera = sigma.getCamera();
    const frames = Array.from({ length: 15 }, (_, i) =>
      time(() => {
        camera.setState({ x: 0.5 + i * 0.001 });
        sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      }),
    );
    // Search before selecting: the details panel's requests would otherwise queue in front of it.
    const name = graph.getNodeAttribute(hub, 'label');
    const s0 = performance.now();
    await fetch(`/api/search?q=${encodeURIComponent(name.slice(0, 12))}&limit=10`).then((r) => r.json());
    const search = performance.now() - s0;
    const t0 = performance.now();
    await explorer.select(hub, { centre: false });
    const select = performance.now() - t0;
    const resource = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/network'));
    const { overview } = window.__coopgraph!.state;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      drawn: overview ? 'countries' : 'institutions',
      nodes: graph.order,
      edges: graph.size,
      hover,
      select,
      frames,
      search,
      networkFetchMs: resource ? resource.duration : null,
      heapMiB: memory ? memory.usedJSHeapSize / 1024 ** 2 : null,
    };
  });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  await page.close();

  return {
    query,
    drawn: interaction.drawn,
    nodes: interaction.nodes,
    edges: interaction.edges,
    firstRenderMs: round(firstRenderMs),
    layoutDoneMs: layoutDoneMs === null ? null : round(layoutDoneMs),
    networkFetchMs: interaction.networkFetchMs === null ? null : round(interaction.networkFetchMs),
    hoverMs: round(median(interaction.hover), 1),
    selectMs: round(interaction.select, 1),
    frameMs: round(median(interaction.frames), 1),
    searchMs: round(interaction.search, 1),
    heapMiB: interaction.heapMiB === null ? null : round(interaction.heapMiB),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      limit: { type: 'string' },
      // The graph `npm run bench:graph` keeps running (one size: the graph's).
      graph: { type: 'string' },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 10);
  const limit = values.limit ? Number(values.limit) : null;
  const log = (line: string) => console.log(line);
  const rows: Row[] = [];
  for (const size of sizes) {
    log(`coopgraph bench:web: ${size} institutions${limit ? `, limit ${limit}` : ''}`);
    rows.push(await measure(size, limit, log, values.graph));
    console.log(JSON.stringify(rows[rows.length - 1]));
  }
  const machine = await describeMachine();
  console.log(
    '\n| institutions | /api/network: nodes (of), edges, bytes, time | /api/network/countries: countries, edges, bytes, computed in |',
  );
  console.log('|---:|---|---|');
  for (const { institutions, payload: p, overview: o } of rows) {
    const of = p.truncated ? ` (of ${p.totalNodes.toLocaleString('en')})` : '';
    console.log(
      `| ${institutions.toLocaleString('en')} | ${p.nodes.toLocaleString('en')}${of}, ${p.edges.toLocaleString('en')}, ${(p.bytes / 1024 ** 2).toFixed(1)} MiB, ${p.serverMs} ms | ${o.countries}, ${o.edges.toLocaleString('en')}, ${(o.bytes / 1024).toFixed(0)} KiB, ${o.computeMs} ms |`,
    );
  }
  console.log(
    '\n| institutions | page | drawn | nodes | edges | first frame | layout done | hover | select | frame | search |',
  );
  console.log('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    for (const g of row.pages) {
      console.log(
        `| ${row.institutions.toLocaleString('en')} | ${g.query || '/'} | ${g.drawn} | ${g.nodes.toLocaleString('en')} | ${g.edges.toLocaleString('en')} | ${g.firstRenderMs} ms | ${g.layoutDoneMs ?? '–'} ms | ${g.hoverMs} ms | ${g.selectMs} ms | ${g.frameMs} ms | ${g.searchMs} ms |`,
      );
    }
  }
  const dir = path.resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, rows }, null, 2));
  console.log(`\ncoopgraph bench:web: results in ${file}`);
}

// An explicit exit: something of the closed browser or app keeps the event loop alive after the results are out
// (not found yet), and a benchmark must end.
main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
