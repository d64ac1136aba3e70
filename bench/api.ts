/**
 * npm run bench:api -- [--institutions 100000] [--duration 10] [--connections 10] [--seed S] [--skip-export] [--network-only] [--graph F]
 * ===========================================================================================================================
 *
 * `--graph file.json` runs on the graph that `npm run bench:graph` keeps running instead of loading one.
 *
 * How much the API costs on top of the database, on the synthetic graph (bench/lib/synthetic-graph.ts: a
 * throwaway Neo4j sized like the main instance, the dataset generated and loaded with the online loader):
 *
 * - the real app (logger off) listens on a free loopback port and autocannon drives GET /api/network,
 *   GET /api/neighborhood/:id (an institution of median degree) and GET /api/search for `duration` seconds
 *   each with `connections` concurrent connections: requests per second, p50 and p99 latency;
 * - then the same Cypher with the same parameters through the bare driver (`driver.executeQuery`, no Fastify, no
 *   validation, no mapping, no JSON) with the same concurrency for the same time. The app runs on a recording
 *   Database, so the queries replayed are exactly those one request of the route sent (those it ran in parallel
 *   are replayed in parallel), whatever the repositories do now;
 * - and the ratio API / driver for throughput and for median latency: what HTTP, validation, mapping and
 *   serialisation add.
 * - **old and new side by side** (issue 13): every route and its driver replay run again with the baseline
 *   Cypher (bench/baseline, the queries before the rewrite; bench/lib/baseline.ts) where a query changed. The
 *   network's old path (every candidate read, capped in JavaScript, no cache) cannot be replayed through HTTP
 *   any more: it runs in-process (repository + JSON.stringify) and its two queries through the driver. For the
 *   network's new path: the first request of a data version (uncached), the repeat (cached), a 304
 *   revalidation, and the bytes of JSON and Arrow, raw and gzipped.
 *
 * - and GET /api/export of the whole graph in each format, read as a stream: size, time, and the process's peak
 *   heap while it streams (the export reads the graph page by page, so the heap should not grow with the graph).
 *
 * Everything runs on one machine, so client, server and database share its cores; the ratios are the figure
 * to compare across machines. The instance is destroyed at the end, on failure and on Ctrl-C.
 */
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { query } from '../server/db/cypher.js';
import { Database, type Params, type Row } from '../server/db/database.js';
import type { QueryName } from '../server/db/query-names.js';
import { bumpDataVersion, readDataVersion } from '../server/db/data-version.js';
import { NetworkRepository } from '../server/repositories/network-repository.js';
import { baselineQuery } from './lib/baseline.js';
import { DEFAULT_SEED } from './synthetic/dataset.js';
import { describeMachine, formatMachine } from './lib/machine.js';
import { openBenchGraph } from './lib/synthetic-graph.js';

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** Requests that did not answer 2xx (API: by status, `timeout` for autocannon's 10 s limit) or failed (driver). */
  failed: number;
  failures: string;
}

interface Target {
  name: string;
  url: string;
  /** The named queries the route runs (those with a baseline are measured old and new). */
  queries: string[];
}

const ARROW = 'application/vnd.apache.arrow.stream';

interface Call {
  name: QueryName;
  params: Params;
  /** Calls issued while an earlier one was still running share its group: the route ran them in parallel. */
  group: number;
}

/** A Database that notes every named read it runs, to replay them through the bare driver. */
class RecordingDatabase extends Database {
  recording = false;
  /** Run the baseline text of a query where there is one (the app as it was before the rewrite). */
  baseline = false;
  calls: Call[] = [];
  private running = 0;
  private group = 0;

  override async read(name: QueryName, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    if (this.running === 0) this.group += 1;
    if (this.recording) this.calls.push({ name, params, group: this.group });
    this.running += 1;
    try {
      const old = this.baseline ? baselineQuery(name) : null;
      return await (old ? this.managed('READ', old, params, timeoutMs) : super.read(name, params, timeoutMs));
    } finally {
      this.running -= 1;
    }
  }
}

/** Replays recorded calls through the driver, each group in parallel, groups in order; old: the baseline text. */
async function replay(driver: Driver, calls: Call[], old = false): Promise<void> {
  const groups = [...new Set(calls.map((call) => call.group))];
  for (const group of groups) {
    await Promise.all(
      calls
        .filter((call) => call.group === group)
        .map((call) => {
          const text = (old && baselineQuery(call.name)) || query(call.name);
          return driver.executeQuery(text, call.params, { database: 'neo4j', routing: neo4j.routing.READ });
        }),
    );
  }
}

/** Median milliseconds of `work` over `rounds` runs. */
async function medianMs(work: () => Promise<unknown>, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

const fmt = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function positive(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`);
  return number;
}

/** Runs `work` from `connections` concurrent loops for `seconds`; latencies in milliseconds. */
async function closedLoop(work: () => Promise<unknown>, connections: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        try {
          await work();
          latencies.push(performance.now() - start);
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failed,
    failures: failed ? `${failed} errors` : '',
  };
}

async function cannon(url: string, connections: number, seconds: number, timeoutSeconds: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: timeoutSeconds });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, stats]) => `${stats.count ?? 0}x ${code}`);
  if (result.timeouts > 0) statuses.push(`${result.timeouts}x timeout`);
  return {
    // Successful answers only: a 503 from under-pressure is quick and would flatter the figure.
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
    failures: statuses.join(', '),
  };
}

// A garbage collection on demand, so the heap before an export means something (as bench/analytics.ts does).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Downloads an export as a stream, sampling this process's heap (the server runs here) while it flows. */
async function timeExport(
  url: string,
): Promise<{ bytes: number; seconds: number; heapBefore: number; peakHeap: number }> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const started = performance.now();
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) throw new Error(`coopgraph bench: ${url} answered ${response.status}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
    return { bytes, seconds: (performance.now() - started) / 1000, heapBefore, peakHeap };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      institutions: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      // A graph already loaded (JSON of { uri, username, password, database }), instead of a new synthetic one.
      graph: { type: 'string' },
      'skip-export': { type: 'boolean', default: false },
      // Only the network's old / new figures (no autocannon rounds).
      'network-only': { type: 'boolean', default: false },
    },
  });
  const institutions = positive(values.institutions, 'institutions');
  const duration = positive(values.duration, 'duration');
  const connections = positive(values.connections, 'connections');
  const seed = positive(values.seed, 'seed');

  const graph = await openBenchGraph({ institutions, seed, graphFile: values.graph });
  const { uri, username, password } = graph.settings;
  // The service's own settings from the environment (e.g. COOPGRAPH_HEAVY_CONCURRENCY), the graph's address here.
  const settings = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('COOPGRAPH_')));
  const config = loadConfig({
    // No warm-up unless asked: its analytics load after each data-version bump of the network rounds below would
    // compete with what they measure.
    COOPGRAPH_WARM_UP_INTERVAL_MS: '0',
    ...settings,
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'silent',
    COOPGRAPH_SERVE_WEB: 'false',
  });
  const db = new RecordingDatabase(config.neo4j!, { queryTimeoutMs: config.queryTimeoutMs });
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    app = await buildApp({ config, db, logger: false });
    console.log(`machine: ${formatMachine(await describeMachine(db))}`);
    console.log(
      `graph: ${whole(graph.institutions)} institutions, ${whole(graph.input.nodes)} input nodes, ${whole(graph.load.cooperationEdges)} cooperation edges`,
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // With the warm-up on (server/plugins/warm-up.ts), measure after its analytics load, as a visitor would meet the
    // service, not while that read competes with every request.
    if (config.warmUpIntervalMs > 0) await app.warmUp.whenWarmed(await readDataVersion(db));

    // An institution of median degree (the network lists nodes best-connected first) and a word of its name.
    const listed = await fetch(`${base}/api/network?types=Institution&limit=200000`);
    if (!listed.ok) throw new Error(`coopgraph bench: /api/network answered ${listed.status}: ${await listed.text()}`);
    const network = (await listed.json()) as {
      nodes: { id: string; name: string; partners: number }[];
    };
    const median = network.nodes[Math.floor(network.nodes.length / 2)];
    const hub = network.nodes[0];
    if (!median || !hub) throw new Error('coopgraph bench: the network is empty');
    const word = median.name.split(/\s+/).find((part) => part.length > 3) ?? median.name;
    console.log(
      `neighborhood of ${median.id} (${median.partners} partners) and of the hub ${hub.id} (${hub.partners}); search for "${word}"`,
    );

    const targets: Target[] = [
      // The network's repeat requests are cache hits: see the old / new lines below for its first request.
      { name: 'GET /api/network', url: `${base}/api/network`, queries: [] },
      {
        name: 'GET /api/neighborhood/:id',
        url: `${base}/api/neighborhood/${median.id}`,
        queries: ['neighborhood/edges'],
      },
      {
        name: 'GET /api/neighborhood/:id (hub)',
        url: `${base}/api/neighborhood/${hub.id}`,
        queries: ['neighborhood/edges'],
      },
      {
        name: 'GET /api/search',
        url: `${base}/api/search?q=${encodeURIComponent(word)}`,
        queries: ['search/entities'],
      },
    ];

    const rows: string[] = [];
    /** Times a route (API) and its recorded queries (driver); old: with the baseline Cypher. */
    const measure = async (target: Target, old: boolean) => {
      db.baseline = old;
      // Record the queries of one request; warm both paths (query plans, JIT) before anything is timed.
      db.calls = [];
      db.recording = true;
      const first = await fetch(target.url);
      await first.arrayBuffer();
      db.recording = false;
      if (!first.ok) throw new Error(`coopgraph bench: ${target.url} answered ${first.status}`);
      const calls = db.calls;
      if (calls.length === 0) throw new Error(`coopgraph bench: ${target.name} ran no query`);
      let single = 0;
      for (let i = 0; i < 3; i += 1) {
        const started = performance.now();
        await fetch(target.url).then((response) => response.arrayBuffer());
        single = performance.now() - started;
        await replay(driver, calls, old);
      }
      // A heavy route gets fewer connections, so that each completes a few requests within the duration (more
      // would only queue on the machine's cores and time out), and a timeout that fits it.
      const used = Math.max(1, Math.min(connections, Math.floor((duration * 1000) / (4 * single))));
      const timeout = Math.max(10, Math.ceil((3 * used * single) / 1000));
      const label = `${target.name}${old ? ' (old Cypher)' : ''}`;
      console.log(
        `${label}: one request ${fmt(single)} ms alone; ${used} connection(s); replaying ${calls.map((call) => call.name).join(', ')}`,
      );
      const api = await cannon(target.url, used, duration, timeout);
      const bare = await closedLoop(() => replay(driver, calls, old), used, duration);
      db.baseline = false;
      // Failures are reported, not fatal: under load, under-pressure's 503s are the service doing its job.
      const failures = [api.failures && `API not 2xx: ${api.failures}`, bare.failures && `driver: ${bare.failures}`]
        .filter(Boolean)
        .join('; ');
      console.log(
        `${label.padEnd(40)} ${used} conn. | API ${fmt(api.perSecond)} req/s, p50 ${fmt(api.p50)} ms, p99 ${fmt(api.p99)} ms | ` +
          `driver ${fmt(bare.perSecond)} /s, p50 ${fmt(bare.p50)} ms, p99 ${fmt(bare.p99)} ms | ` +
          `API/driver: throughput ${fmt(api.perSecond / bare.perSecond, 2)}x, p50 ${fmt(api.p50 / bare.p50, 2)}x` +
          (failures ? ` | ${failures}` : ''),
      );
      rows.push(
        `| ${target.name} | ${old ? 'old' : 'new'} | ${used} | ${fmt(api.perSecond)} | ${fmt(api.p50)} | ${fmt(api.p99)} | ${fmt(bare.perSecond)} | ` +
          `${fmt(bare.p50)} | ${fmt(bare.p99)} | ${fmt(api.perSecond / bare.perSecond, 2)}x | ${fmt(api.p50 / bare.p50, 2)}x | ${failures || 'none'} |`,
      );
    };
    for (const target of values['network-only'] ? [] : targets) {
      const changed = target.queries.some((name) => baselineQuery(name) !== null);
      if (changed) await measure(target, true);
      await measure(target, false);
    }

    // The network, old path against new: the old one in-process (it has no route any more), each median of 3,
    // at the default cap and at a cap that cuts (at 10k institutions the default keeps everything).
    const repository = new NetworkRepository(db);
    const networkLines: string[] = [];
    for (const limit of [20_000, 2_000]) {
      const url = `${base}/api/network?limit=${limit}`;
      const filters = { types: ['Institution', 'Country'] as ('Institution' | 'Country')[], limit };
      const oldMs = await medianMs(async () => JSON.stringify(await repository.candidates(filters)), 3);
      db.calls = [];
      db.recording = true;
      await repository.candidates(filters);
      db.recording = false;
      const oldCalls = db.calls;
      const oldDriverMs = await medianMs(() => replay(driver, oldCalls, true), 3);
      const uncached = (accept: string) =>
        medianMs(async () => {
          await bumpDataVersion(db); // a new data version: the next request misses the cache
          await fetch(url, { headers: { accept, 'accept-encoding': 'gzip' } }).then((response) =>
            response.arrayBuffer(),
          );
        }, 3);
      const uncachedMs = await uncached('application/json');
      const uncachedArrowMs = await uncached(ARROW);
      const repeatMs = await medianMs(
        () => fetch(url, { headers: { accept: ARROW, 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer()),
        10,
      );
      const etag = (await fetch(url)).headers.get('etag') ?? '';
      const notModifiedMs = await medianMs(
        () => fetch(url, { headers: { 'if-none-match': etag } }).then((r) => r.arrayBuffer()),
        10,
      );
      const sizes: string[] = [];
      for (const [name, accept] of [
        ['JSON', 'application/json'],
        ['Arrow', ARROW],
      ] as const) {
        const raw = (await app.inject({ method: 'GET', url: `/api/network?limit=${limit}`, headers: { accept } }))
          .rawPayload.length;
        const headers = { accept, 'accept-encoding': 'gzip' };
        const zipped = (await app.inject({ method: 'GET', url: `/api/network?limit=${limit}`, headers })).rawPayload
          .length;
        sizes.push(`${name} ${fmt(raw / 1024 ** 2, 2)} MiB (gzipped ${fmt(zipped / 1024 ** 2, 2)} MiB)`);
      }
      const lines = [
        `| limit ${whole(limit)}: old, every candidate capped in JavaScript (in-process: repository + JSON.stringify) | ${whole(oldMs)} ms |`,
        `| limit ${whole(limit)}: old, its queries through the driver (${oldCalls.map((call) => call.name).join(', ')}) | ${whole(oldDriverMs)} ms |`,
        `| limit ${whole(limit)}: new, first request of a data version, JSON gzipped (top-k in Cypher, serialised, cached) | ${whole(uncachedMs)} ms |`,
        `| limit ${whole(limit)}: new, first request of a data version, Arrow gzipped | ${whole(uncachedArrowMs)} ms |`,
        `| limit ${whole(limit)}: new, repeat request (cached, Arrow gzipped) | ${fmt(repeatMs)} ms |`,
        `| limit ${whole(limit)}: new, revalidation, If-None-Match -> 304 | ${fmt(notModifiedMs)} ms |`,
        `| limit ${whole(limit)}: bytes on the wire | ${sizes.join('; ')} |`,
      ];
      for (const line of lines) console.log(line);
      networkLines.push(...lines);
    }

    const exports: string[] = [];
    for (const format of values['skip-export'] ? [] : ['json', 'csv', 'graphml', 'gexf']) {
      const figures = await timeExport(`${base}/api/export?format=${format}`);
      const heap = `heap ${whole(figures.heapBefore / 1024 ** 2)} → peak ${whole(figures.peakHeap / 1024 ** 2)} MiB`;
      console.log(
        `GET /api/export?format=${format}: ${fmt(figures.bytes / 1024 ** 2)} MiB in ${fmt(figures.seconds)} s, ${heap}`,
      );
      exports.push(
        `| ${format} | ${fmt(figures.bytes / 1024 ** 2)} MiB | ${fmt(figures.seconds)} s | ${fmt(figures.bytes / 1024 ** 2 / figures.seconds)} MiB/s | ${heap} |`,
      );
    }

    console.log(
      `\n${whole(graph.institutions)} institutions, up to ${connections} connections, ${duration} s per route and path:`,
    );
    console.log(
      '| route | Cypher | connections | API req/s | API p50 ms | API p99 ms | driver /s | driver p50 ms | driver p99 ms | throughput API/driver | p50 API/driver | failures |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const row of rows) console.log(row);
    console.log('\n| GET /api/network (institutions and countries) | |');
    console.log('|---|---:|');
    for (const line of networkLines) console.log(line);
    console.log('\n| export (whole graph) | size | time | rate | server heap (same process) |');
    console.log('|---|---:|---:|---:|---|');
    for (const row of exports) console.log(row);
    return 0;
  } finally {
    // Closing the app closes its driver; without an app, close it here.
    await (app ? app.close() : db.close());
    await driver.close();
    await graph.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
