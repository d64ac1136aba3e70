/**
 * npm run bench:api -- [--institutions 100000] [--duration 10] [--connections 10] [--seed S]
 * ==========================================================================================
 *
 * How much the API costs on top of the database, on the synthetic graph (bench/lib/synthetic-graph.ts: a
 * throwaway Neo4j sized like the main instance, the dataset generated and loaded with the online loader):
 *
 * - the real app (logger off) listens on a free loopback port and autocannon drives GET /api/network,
 *   GET /api/neighborhood/:id (an institution of median degree) and GET /api/search for `duration` seconds
 *   each with `connections` concurrent connections: requests per second, p50 and p99 latency;
 * - then the same Cypher, with the parameters the repositories send, through the bare driver
 *   (`driver.executeQuery`, no Fastify, no validation, no JSON) with the same concurrency for the same time;
 * - and the ratio API / driver for throughput and for median latency: what HTTP, validation, mapping and
 *   serialisation add.
 *
 * Everything runs on one machine, so client, server and database share its cores; the ratios are the figure
 * to compare across machines. The instance is destroyed at the end, on failure and on Ctrl-C.
 */
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { query } from '../server/db/cypher.js';
import { Database, int } from '../server/db/database.js';
import { luceneQuery } from '../server/repositories/lucene.js';
import { DEFAULT_SEED } from '../seed/synthetic/dataset.js';
import { describeMachine, formatMachine } from './lib/machine.js';
import { startSyntheticGraph } from './lib/synthetic-graph.js';

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** Requests that did not answer 2xx (API) or failed (driver); any is a benchmark failure. */
  failed: number;
}

interface Target {
  name: string;
  url: string;
  /** The route's queries through the bare driver, with the parameters its repository sends. */
  driver: (driver: Driver) => Promise<unknown>;
}

const fmt = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

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
  return { perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failed };
}

async function cannon(url: string, connections: number, seconds: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Reads through the driver as the service does: a read transaction, routed to a reader. */
const read = (driver: Driver, name: string, params: Record<string, unknown>) =>
  driver.executeQuery(query(name), params, { database: 'neo4j', routing: neo4j.routing.READ });

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      institutions: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const institutions = positive(values.institutions, 'institutions');
  const duration = positive(values.duration, 'duration');
  const connections = positive(values.connections, 'connections');
  const seed = positive(values.seed, 'seed');

  const graph = await startSyntheticGraph({ institutions, seed });
  const { uri, username, password } = graph.settings;
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent', COOPGRAPH_SERVE_WEB: 'false' });
  const db = new Database(config.neo4j!, { queryTimeoutMs: config.queryTimeoutMs });
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true, logging: { level: 'error', logger: () => undefined } });
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    app = await buildApp({ config, db, logger: false });
    console.log(`machine: ${formatMachine(await describeMachine(db))}`);
    console.log(`graph: ${whole(institutions)} institutions, ${whole(graph.input.nodes)} input nodes, ${whole(graph.load.cooperationEdges)} cooperation edges`);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // An institution of median degree (the network lists nodes best-connected first) and a word of its name.
    const network = (await (await fetch(`${base}/api/network?types=Institution&limit=200000`)).json()) as { nodes: { id: string; name: string; partners: number }[] };
    const median = network.nodes[Math.floor(network.nodes.length / 2)];
    if (!median) throw new Error('coopgraph bench: the network is empty');
    const word = median.name.split(/\s+/).find((part) => part.length > 3) ?? median.name;
    console.log(`neighborhood of ${median.id} (${median.partners} partners); search for "${word}"`);

    const targets: Target[] = [
      {
        name: 'GET /api/network',
        url: `${base}/api/network`,
        driver: (d) =>
          Promise.all([
            read(d, 'network/nodes', { types: ['Institution', 'Country'], countries: null, kinds: null, fields: null, yearFrom: null, yearTo: null }),
            read(d, 'network/edges', { cooperation: true, types: [], filtered: false, kinds: null, fields: null, yearFrom: null, yearTo: null }),
          ]),
      },
      {
        name: 'GET /api/neighborhood/:id',
        url: `${base}/api/neighborhood/${median.id}`,
        driver: async (d) => {
          const nodes = await read(d, 'neighborhood/nodes', { id: median.id, code: null, depth: int(1), limit: int(200) });
          return read(d, 'neighborhood/edges', { ids: nodes.records.map((record) => record.get('id')) });
        },
      },
      {
        name: 'GET /api/search',
        url: `${base}/api/search?q=${encodeURIComponent(word)}`,
        driver: (d) => read(d, 'search/entities', { lucene: luceneQuery(word), types: null, limit: int(10) }),
      },
    ];

    const rows: string[] = [];
    for (const target of targets) {
      // Warm both paths (query plans, JIT) before anything is timed.
      for (let i = 0; i < 5; i += 1) {
        await fetch(target.url).then((response) => response.arrayBuffer());
        await target.driver(driver);
      }
      const api = await cannon(target.url, connections, duration);
      const bare = await closedLoop(() => target.driver(driver), connections, duration);
      if (api.failed > 0 || bare.failed > 0) throw new Error(`coopgraph bench: ${target.name}: ${api.failed} API and ${bare.failed} driver failures`);
      const line =
        `${target.name.padEnd(27)} API ${fmt(api.perSecond)} req/s, p50 ${fmt(api.p50)} ms, p99 ${fmt(api.p99)} ms | ` +
        `driver ${fmt(bare.perSecond)} /s, p50 ${fmt(bare.p50)} ms, p99 ${fmt(bare.p99)} ms | ` +
        `API/driver: throughput ${fmt(api.perSecond / bare.perSecond, 2)}x, p50 ${fmt(api.p50 / bare.p50, 2)}x`;
      console.log(line);
      rows.push(
        `| ${target.name} | ${fmt(api.perSecond)} | ${fmt(api.p50)} | ${fmt(api.p99)} | ${fmt(bare.perSecond)} | ${fmt(bare.p50)} | ${fmt(bare.p99)} | ` +
          `${fmt(api.perSecond / bare.perSecond, 2)}x | ${fmt(api.p50 / bare.p50, 2)}x |`,
      );
    }
    console.log(`\n${whole(institutions)} institutions, ${connections} connections, ${duration} s per route and path:`);
    console.log('| route | API req/s | API p50 ms | API p99 ms | driver /s | driver p50 ms | driver p99 ms | throughput API/driver | p50 API/driver |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
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
