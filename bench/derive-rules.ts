/**
 * The derivation, old rules against new, side by side
 * ===================================================
 *
 * npm run bench:derive-rules -- [--institutions 10000] [--rounds 2] [--old REV] [--graph F]
 *
 * Loads the synthetic graph into a throwaway Neo4j (bench/lib), then re-derives COOPERATES_WITH alternately with
 * the old rules (cypher/queries/derive/institution-pairs and institution-countries as of git revision REV, default
 * a07c060^, the last commit before agreement topology: every pair of parties, every country for every party) and
 * the current ones (deriveCooperation), on the same data, and prints the edge count and the time of each. Counts
 * do not depend on machine load; the times only as a ratio within one round.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

import { Database } from '../server/db/database.js';
import { deriveCooperation } from '../server/ingest/derive.js';
import { openBenchGraph } from './lib/synthetic-graph.js';

const { values } = parseArgs({
  options: {
    institutions: { type: 'string' },
    rounds: { type: 'string' },
    old: { type: 'string' },
    graph: { type: 'string' },
  },
});
const institutions = Number(values.institutions ?? 10_000);
const rounds = Number(values.rounds ?? 2);
const revision = values.old ?? 'a07c060^';
const oldQuery = (name: string) =>
  execFileSync('git', ['show', `${revision}:cypher/queries/derive/${name}.cypher`], { encoding: 'utf8' });
const OLD = ['institution-pairs', 'institution-countries'].map(oldQuery);

const graph = await openBenchGraph({ institutions, graphFile: values.graph });
const db = new Database(graph.settings, { queryTimeoutMs: 3_600_000 });
try {
  const count = async () => Number((await db.autoCommit('derive/count'))[0]?.count ?? 0);
  const runOld = async () => {
    const run = randomUUID();
    const session = db.session('WRITE');
    try {
      for (const text of OLD) await session.run(text, { run });
    } finally {
      await session.close();
    }
    for (const name of ['derive/reset-stated', 'derive/delete-stale', 'derive/clear-marks'] as const) {
      await db.autoCommit(name, { run });
    }
  };
  console.log(
    `${graph.institutions} institutions; loaded with the current rules: ${graph.load.cooperationEdges} COOPERATES_WITH edges`,
  );
  for (let round = 1; round <= rounds; round++) {
    const load = os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    let started = performance.now();
    await runOld();
    const oldSeconds = (performance.now() - started) / 1000;
    const oldCount = await count();
    started = performance.now();
    const newCount = await deriveCooperation(db);
    const newSeconds = (performance.now() - started) / 1000;
    console.log(
      `round ${round} (load average ${load}): old rules ${oldCount} edges in ${oldSeconds.toFixed(1)} s, ` +
        `new rules ${newCount} edges in ${newSeconds.toFixed(1)} s: new/old time ${(newSeconds / oldSeconds).toFixed(2)}`,
    );
  }
} finally {
  await db.close();
  await graph.stop();
}
