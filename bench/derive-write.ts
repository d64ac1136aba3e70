/**
 * A small write, from its commit to the first analytics answer: scoped and patched against whole, side by side
 * ==========================================================================================================
 *
 * npm run bench:derive-write -- [--institutions 10000] [--rounds 3] [--graph F]
 *
 * On the synthetic graph (bench/lib), each round writes one new joint agreement between a hub institution and an
 * ordinary one (what a reviewer's commit of one page looks like) twice, each with its own id:
 *
 * - the derivation: once scoped, as the write flags it (server/ingest/derive.ts: the institutions the write can
 *   change), once for every institution (the write's flag widened to all, as before scopes). Both leave the
 *   same number of COOPERATES_WITH edges; the bench checks it.
 * - the first analytics answer after it (GET /api/analytics/country-network's computation, engine.ts): from an
 *   engine that held the snapshot of the version before, which patches it from the change records, against a
 *   new engine, which reads the whole graph (what every first answer after a change did before the records).
 *
 * The written agreements are deleted at the end.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';

import type { Dataset } from '../core/dataset.js';
import { AnalyticsEngine } from '../server/analytics/engine.js';
import { Database, int } from '../server/db/database.js';
import { deriveCooperation, markPending, readDerivationState } from '../server/ingest/derive.js';
import { writeDataset } from '../server/ingest/write.js';
import { openBenchGraph } from './lib/synthetic-graph.js';

const { values } = parseArgs({
  options: {
    institutions: { type: 'string' },
    rounds: { type: 'string' },
    graph: { type: 'string' },
  },
});
const institutions = Number(values.institutions ?? 10_000);
const rounds = Number(values.rounds ?? 3);
const origin = { file: 'bench/derive-write.ts', record: 'inline' };

const agreement = (id: string, parties: string[]): Dataset => ({
  nodes: [
    { id, type: 'Agreement', properties: { name: id, kind: 'joint-lab', startYear: 2026 }, mentions: [], origin },
  ],
  relationships: parties.map((source) => ({
    type: 'PARTY_TO',
    source,
    target: id,
    properties: {},
    mentions: [],
    origin,
  })),
});

const graph = await openBenchGraph({ institutions, graphFile: values.graph });
const db = new Database(graph.settings, { queryTimeoutMs: 3_600_000 });
const written: string[] = [];
try {
  const count = async () => Number((await db.read('derive/count'))[0]?.count ?? 0);
  // A hub and an ordinary institution, from the first page of the analytics' own read (edges per institution).
  const [page = {}] = await db.read('analytics/institution-columns', { after: '', limit: int(10_000) });
  const keys = page.keys as number[];
  const ids = page.ids as string[];
  const degree = new Map<number, number>();
  for (const source of page.sources as number[]) degree.set(source, (degree.get(source) ?? 0) + 1);
  const ranked = keys
    .map((key, k) => ({ id: ids[k]!, degree: degree.get(key) ?? 0 }))
    .sort((a, b) => b.degree - a.degree);
  const hub = ranked[0]!;
  const ordinary = ranked[Math.floor(ranked.length / 2)]!;
  console.log(
    `${graph.institutions} institutions, ${await count()} COOPERATES_WITH edges; the write: a new agreement between ` +
      `${hub.id} (${hub.degree} edges in its page) and ${ordinary.id} (${ordinary.degree})`,
  );

  const rows: { round: number; scopedMs: number; scope: number; fullMs: number; patchedMs: number; wholeMs: number }[] =
    [];
  // An engine holding the current version, as a running service does after its warm-up.
  const warm = new AnalyticsEngine(db);
  let started = performance.now();
  await warm.prefetch();
  console.log(`analytics snapshot read whole to start with: ${(performance.now() - started).toFixed(0)} ms`);
  for (let round = 1; round <= rounds; round++) {
    const load = os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    // Scoped: as the write flags it.
    const scopedId = `bench-write-${round}-scoped`;
    written.push(scopedId);
    await writeDataset(db, agreement(scopedId, [hub.id, ordinary.id]), { skipDerive: true });
    const scope = (await readDerivationState(db)).scope?.length ?? -1;
    started = performance.now();
    await deriveCooperation(db);
    const scopedMs = performance.now() - started;
    const afterScoped = await count();
    started = performance.now();
    const patched = await warm.run('country-network', {});
    const patchedMs = performance.now() - started;
    const cold = new AnalyticsEngine(db);
    started = performance.now();
    const whole = await cold.run('country-network', {}).finally(() => cold.close());
    const wholeMs = performance.now() - started;
    if (JSON.stringify(patched.value) !== JSON.stringify(whole.value))
      throw new Error('coopgraph bench: the patched and the whole snapshot answer differently');
    // Full: the same kind of write, its flag widened to every institution.
    const fullId = `bench-write-${round}-full`;
    written.push(fullId);
    await writeDataset(db, agreement(fullId, [hub.id, ordinary.id]), { skipDerive: true });
    await db.writeTransaction((tx) => markPending(tx, null));
    started = performance.now();
    await deriveCooperation(db);
    const fullMs = performance.now() - started;
    // The second agreement joins the same pair: no new edge, so both runs leave the same count.
    if ((await count()) !== afterScoped) throw new Error('coopgraph bench: scoped and full runs disagree on the edges');
    rows.push({ round, scopedMs, scope, fullMs, patchedMs, wholeMs });
    // A full run touches anything: the warm engine reads the whole graph again (untimed) for the next round.
    await warm.prefetch();
    console.log(
      `round ${round} (load ${load}): derivation scoped ${scopedMs.toFixed(0)} ms (${scope} institutions), ` +
        `full ${fullMs.toFixed(0)} ms (${(scopedMs / fullMs).toFixed(4)}x); first analytics answer after it: ` +
        `patched ${patchedMs.toFixed(0)} ms, read whole ${wholeMs.toFixed(0)} ms (${(patchedMs / wholeMs).toFixed(3)}x)`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const of = (key: 'scopedMs' | 'fullMs' | 'patchedMs' | 'wholeMs') => median(rows.map((r) => r[key])).toFixed(0);
  console.log(
    `median: derivation scoped ${of('scopedMs')} ms, full ${of('fullMs')} ms; ` +
      `first analytics answer patched ${of('patchedMs')} ms, read whole ${of('wholeMs')} ms (${warm.patches} patches)`,
  );
  await warm.close();
} finally {
  // Leave the shared graph as it was: the written agreements go, and the edges follow (a full run).
  for (const id of written) await db.write('writes/delete-node', { id, label: 'Agreement' }).catch(() => undefined);
  await db.writeTransaction((tx) => markPending(tx, null));
  await deriveCooperation(db).catch(() => undefined);
  await db.close();
  await graph.stop();
}
