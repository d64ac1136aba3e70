/**
 * npm run bench:analytics -- [--institutions 100000] [--seed S] [--repeat 5] [--graph F]
 * ==========================================================================
 *
 * How long each analytics route takes on the synthetic graph (bench/lib/synthetic-graph.ts), through the real
 * app (`inject`, so validation, the data-version check and serialisation are counted):
 *
 * - the data-version query every request runs, and the snapshot on its own (reading the rows, building the
 *   graph) with the heap it takes;
 * - per route: cold (the first request for the data version: computed, and for the first route of all the
 *   snapshot loaded too) and cached (the median of `repeat` identical requests afterwards);
 * - the per-institution routes for three institutions: the best-connected one, a median one and one with a
 *   single partner, each cold then cached.
 *
 * The throwaway Neo4j is destroyed at the end, on failure and on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { Database, int } from '../server/db/database.js';
import { type CooperationData, buildCooperationData, institutionPartners } from '../server/analytics/model.js';
import { readDataVersion } from '../server/db/data-version.js';
import { readSnapshotRows } from '../server/analytics/snapshot.js';
import { baselineQuery } from './lib/baseline.js';
import { DEFAULT_SEED } from './synthetic/dataset.js';
import { describeMachine, formatMachine } from './lib/machine.js';
import { openBenchGraph } from './lib/synthetic-graph.js';

const ms = (since: number) => performance.now() - since;
const fmt = (value: number) =>
  value >= 100
    ? Math.round(value).toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (bytes: number) => Math.round(bytes / 1024 ** 2);

// A garbage collection on demand, for heap figures that mean something, without a Node flag in the script.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Row {
  route: string;
  coldMs: number;
  cachedMs: number;
  bytes: number;
}

/** The best-connected institution, one of median degree, and one with a single partner. */
function sampleInstitutions(data: CooperationData): { label: string; id: string }[] {
  const degrees = data.graph
    .filterNodes((_node, attributes) => attributes.type === 'Institution')
    .map((id) => ({ id, degree: institutionPartners(data.graph, id).length }))
    .filter((item) => item.degree > 0)
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  if (degrees.length === 0) throw new Error('coopgraph bench: no institution has a partner');
  const single = degrees.find((item) => item.degree === 1) ?? degrees[degrees.length - 1]!;
  const middle = degrees[Math.floor(degrees.length / 2)]!;
  return [
    { label: `hub (${degrees[0]!.degree} partners)`, id: degrees[0]!.id },
    { label: `median (${middle.degree} partners)`, id: middle.id },
    { label: `leaf (${single.degree} partner)`, id: single.id },
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      institutions: { type: 'string', default: '100000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      repeat: { type: 'string', default: '5' },
      graph: { type: 'string' },
    },
  });
  const institutions = Number(values.institutions);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(institutions) || institutions < 1) throw new Error('--institutions takes a positive integer');
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat takes a positive integer');

  const graph = await openBenchGraph({ institutions, seed: Number(values.seed), graphFile: values.graph });
  const db = new Database(graph.settings, { queryTimeoutMs: 600_000 });
  try {
    console.log(`machine: ${formatMachine(await describeMachine(db))}`);

    // The version check every request makes.
    const versionTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await readDataVersion(db);
      versionTimes.push(ms(started));
    }
    console.log(`data-version query: median ${fmt(median(versionTimes))} ms over 20`);

    // The snapshot on its own.
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    let readMs = 0;
    let buildMs = 0;
    // In a function of its own so that the rows can be collected once the graph is built.
    let data: CooperationData | null = await (async () => {
      let started = performance.now();
      const rows = await readSnapshotRows(db);
      readMs = ms(started);
      started = performance.now();
      const built = buildCooperationData(rows);
      buildMs = ms(started);
      return built;
    })();
    gc();
    const heapMiB = mib(process.memoryUsage().heapUsed - heapBefore);
    console.log(
      `snapshot: ${data.graph.order.toLocaleString('en-US')} nodes, ${data.graph.size.toLocaleString('en-US')} cooperation edges, ` +
        `${data.agreements.length.toLocaleString('en-US')} agreements; read ${fmt(readMs)} ms, built ${fmt(buildMs)} ms, ` +
        `${heapMiB} MiB heap once built`,
    );
    // Old and new side by side (issue 13): the rows the snapshot read before it read columns, through the same
    // driver, in pages of 2,000 rows with the baseline Cypher (bench/baseline), read and decoded, not built.
    const oldStarted = performance.now();
    let oldRows = 0;
    for (const name of ['analytics/institutions-page', 'analytics/agreements-page']) {
      const text = baselineQuery(name);
      if (!text) throw new Error(`coopgraph bench: no baseline for ${name}`);
      for (let after = ''; ;) {
        const { records } = await db.driver.executeQuery(
          text,
          { after, limit: int(2_000) },
          { database: db.database, routing: 'READ' },
        );
        for (const record of records) record.toObject();
        oldRows += records.length;
        if (records.length < 2_000) break;
        after = String(records[records.length - 1]!.get('id'));
      }
    }
    const oldReadMs = ms(oldStarted);
    console.log(
      `snapshot read, old (${oldRows.toLocaleString('en-US')} rows with nested lists): ${fmt(oldReadMs)} ms; new (columns): ${fmt(readMs)} ms`,
    );
    const samples = sampleInstitutions(data);
    // Only the app's own snapshot (in its worker) from here on: a second copy here would only add GC pauses.
    data = null;
    gc();

    const config = loadConfig({
      NEO4J_URI: graph.settings.uri,
      NEO4J_USERNAME: graph.settings.username,
      NEO4J_PASSWORD: graph.settings.password,
      LOG_LEVEL: 'silent',
      COOPGRAPH_QUERY_TIMEOUT_MS: '600000',
      COOPGRAPH_SERVE_WEB: 'false',
    });
    const app = await buildApp({ config, db, closeDriver: false, logger: false });
    const results: Row[] = [];
    const time = async (route: string, url: string) => {
      let begin = performance.now();
      const first = await app.inject({ method: 'GET', url });
      const coldMs = ms(begin);
      if (first.statusCode !== 200)
        throw new Error(`coopgraph bench: ${url} answered ${first.statusCode}: ${first.body.slice(0, 300)}`);
      const times: number[] = [];
      for (let i = 0; i < repeat; i++) {
        begin = performance.now();
        const again = await app.inject({ method: 'GET', url });
        times.push(ms(begin));
        if (again.statusCode !== 200)
          throw new Error(`coopgraph bench: ${url} answered ${again.statusCode} when cached`);
      }
      const row = { route, coldMs, cachedMs: median(times), bytes: first.body.length };
      results.push(row);
      console.log(
        `${route}: cold ${fmt(row.coldMs)} ms, cached ${fmt(row.cachedMs)} ms, ${Math.round(row.bytes / 1024)} KiB`,
      );
      return first;
    };

    try {
      // The first request loads the snapshot: measured apart with the cheapest analysis.
      await time('country-network (first request: loads the snapshot)', '/api/analytics/country-network');
      // The main thread stays free while the worker computes: /api/health keeps answering during cold brokers.
      let computing = true;
      const healthTimes: number[] = [];
      const probe = (async () => {
        while (computing) {
          const begin = performance.now();
          const health = await app.inject({ method: 'GET', url: '/api/health' });
          if (health.statusCode !== 200)
            throw new Error(`coopgraph bench: /api/health answered ${health.statusCode} during brokers`);
          healthTimes.push(ms(begin));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const brokersResponse = await time('brokers', '/api/analytics/brokers').finally(() => (computing = false));
      await probe;
      console.log(
        `  /api/health during cold brokers: ${healthTimes.length} requests, slowest ${fmt(Math.max(...healthTimes))} ms`,
      );
      const brokersBody = brokersResponse.json();
      console.log(`  brokers: ${brokersBody.betweenness.description}; ${brokersBody.communities.count} communities`);
      await time('brokers, scope=cooperation', '/api/analytics/brokers?scope=cooperation');
      await time('brokers, nodes=true', '/api/analytics/brokers?nodes=true');
      await time('weak-spots', '/api/analytics/weak-spots');
      await time('field-country-matrix (network)', '/api/analytics/field-country-matrix');
      for (const sample of samples) {
        await time(`coverage-gaps, ${sample.label}`, `/api/analytics/coverage-gaps?institution=${sample.id}`);
        await time(`recommendations, ${sample.label}`, `/api/analytics/recommendations?institution=${sample.id}`);
        await time(
          `field-country-matrix, ${sample.label}`,
          `/api/analytics/field-country-matrix?institution=${sample.id}`,
        );
      }
      await time('country-network, csv', '/api/analytics/country-network?format=csv');
    } finally {
      await app.close();
    }

    console.log(`\n| route | cold (ms) | cached (ms) | body |`);
    console.log(`|---|---:|---:|---:|`);
    for (const row of results)
      console.log(`| ${row.route} | ${fmt(row.coldMs)} | ${fmt(row.cachedMs)} | ${Math.round(row.bytes / 1024)} KiB |`);
  } finally {
    await db.close();
    await graph.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
