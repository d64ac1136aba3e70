/**
 * npm run bench:queries -- [--institutions 100000] [--seed S] [--graph F]
 * =======================================================================
 *
 * The rewritten queries of issue 13 PROFILEd old against new on one synthetic graph (bench/lib/synthetic-graph.ts;
 * `--graph` runs on the one `npm run bench:graph` keeps running): database hits, rows, the
 * largest row count of any operator (how much the plan expanded on the way) and the wall time of the profiled
 * run (the second of two, so plans are cached). Old: bench/baseline (the text before the rewrite); new:
 * cypher/queries. Each pair runs with the same parameters, taken from the graph: the neighbourhood of a median
 * institution and of the best-connected one, the network's default view, a search word.
 */
import { parseArgs } from 'node:util';

import { query } from '../server/db/cypher.js';
import { Database, int } from '../server/db/database.js';
import { type Profile, profile } from '../server/db/profile.js';
import { luceneQuery } from '../server/repositories/lucene.js';
import { baselineQuery } from './lib/baseline.js';
import { describeMachine, formatMachine } from './lib/machine.js';
import { openBenchGraph } from './lib/synthetic-graph.js';
import { DEFAULT_SEED } from './synthetic/dataset.js';
import type { QueryName } from '../server/db/query-names.js';

const whole = (value: number) => Math.round(value).toLocaleString('en-US');

interface Pair {
  label: string;
  old: { name: string; params: Record<string, unknown> }[];
  now: { name: string; params: Record<string, unknown> }[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      institutions: { type: 'string', default: '100000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      graph: { type: 'string' },
    },
  });
  const graph = await openBenchGraph({
    institutions: Number(values.institutions),
    seed: Number(values.seed),
    graphFile: values.graph,
  });
  const db = new Database(graph.settings, { queryTimeoutMs: 600_000 });
  try {
    console.log(`machine: ${formatMachine(await describeMachine(db))}`);
    const institutions = await db.read('stats/top-institutions', { limit: int(1_000_000) });
    const hub = institutions[0]!;
    const median = institutions[Math.floor(institutions.length / 2)]!;
    const kept = async (id: unknown) =>
      (await db.read('neighborhood/nodes', { id, code: null, depth: int(1), limit: int(500) })).map((row) =>
        String(row.id),
      );
    const word =
      String(median.name)
        .split(/\s+/)
        .find((part) => part.length > 3) ?? String(median.name);
    const types = ['Institution', 'Country'];
    const top = await db.read('network/top-nodes', { types, countries: null, limit: int(20_000) });
    const topIds = top.map((row) => String(row.node).split(' ')[0]!);
    const none = { countries: null, kinds: null, fields: null, yearFrom: null, yearTo: null };
    const pairs: Pair[] = [
      ...[
        ['median', median],
        ['hub', hub],
      ]
        .map(([label, row]) => ({ label, row }))
        .map(({ label, row }) => ({
          label: `neighbourhood edges, ${label} institution`,
          old: [{ name: 'neighborhood/edges', params: { ids: [] as string[] } }],
          now: [{ name: 'neighborhood/edges', params: { ids: [] as string[] } }],
          id: (row as Record<string, unknown>).id,
        })),
      {
        label: 'network, default view (20,000 nodes)',
        old: [
          { name: 'network/nodes', params: { types, ...none } },
          { name: 'network/edges', params: { cooperation: true, types: [], filtered: false, ...none } },
        ],
        now: [
          { name: 'network/top-nodes', params: { types, countries: null, limit: int(20_000) } },
          { name: 'network/totals', params: { types, countries: null } },
          { name: 'network/edges-between', params: { ids: topIds, types: ['COOPERATES_WITH'] } },
        ],
      },
      {
        label: `search "${word}", no type filter`,
        old: [{ name: 'search/entities', params: { lucene: luceneQuery(word), types: null, limit: int(20) } }],
        now: [{ name: 'search/entities', params: { lucene: luceneQuery(word), types: null, limit: int(20) } }],
      },
    ];
    for (const pair of pairs as (Pair & { id?: unknown })[]) {
      if (pair.id === undefined) continue;
      const ids = await kept(pair.id);
      pair.old[0]!.params.ids = ids;
      pair.now[0]!.params.ids = ids;
      pair.label += ` (${ids.length} nodes kept)`;
    }

    const run = async (steps: Pair['old'], old: boolean) => {
      const sum: Profile = { dbHits: 0, rows: 0, records: [], maxOperatorRows: 0, operators: [], ms: 0 };
      for (const step of steps) {
        const text = (old && baselineQuery(step.name)) || query(step.name as QueryName); // old steps may name baseline-only texts
        await profile(db.driver, db.database, text, step.params); // plan it once
        const figures = await profile(db.driver, db.database, text, step.params);
        sum.dbHits += figures.dbHits;
        sum.rows += figures.rows;
        sum.maxOperatorRows = Math.max(sum.maxOperatorRows, figures.maxOperatorRows);
        sum.ms += figures.ms;
      }
      return sum;
    };
    console.log(
      '\n| query | old db hits | new db hits | old rows (largest operator) | new rows (largest operator) | old ms | new ms |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const pair of pairs) {
      const before = await run(pair.old, true);
      const after = await run(pair.now, false);
      console.log(
        `| ${pair.label} | ${whole(before.dbHits)} | ${whole(after.dbHits)} | ${whole(before.rows)} (${whole(before.maxOperatorRows)}) | ` +
          `${whole(after.rows)} (${whole(after.maxOperatorRows)}) | ${whole(before.ms)} | ${whole(after.ms)} |`,
      );
    }
  } finally {
    await db.close();
    await graph.stop();
  }
}

main().then(
  () => undefined,
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
