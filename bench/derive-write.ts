/**
 * A small write's derivation: scoped against full, side by side
 * =============================================================
 *
 * npm run bench:derive-write -- [--institutions 10000] [--rounds 3] [--graph F]
 *
 * On the synthetic graph (bench/lib), each round writes one new joint agreement between a hub institution and an
 * ordinary one of another country (what a reviewer's commit of one page looks like) twice, each with its own id,
 * and times its derivation: once scoped, as the write flags it (server/ingest/derive.ts: the institutions the
 * write can change), once for every institution (the write's flag widened to all, as before scopes). Both leave
 * the same number of COOPERATES_WITH edges; the bench checks it. The written agreements are deleted at the end.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';

import type { Dataset } from '../core/dataset.js';
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

  const rows: { round: number; scopedMs: number; scope: number; fullMs: number }[] = [];
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
    let started = performance.now();
    await deriveCooperation(db);
    const scopedMs = performance.now() - started;
    const afterScoped = await count();
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
    rows.push({ round, scopedMs, scope, fullMs });
    console.log(
      `round ${round} (load ${load}): scoped ${scopedMs.toFixed(0)} ms (${scope} institutions), ` +
        `full ${fullMs.toFixed(0)} ms; scoped / full ${(scopedMs / fullMs).toFixed(4)}x`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `median: scoped ${median(rows.map((r) => r.scopedMs)).toFixed(0)} ms, full ${median(rows.map((r) => r.fullMs)).toFixed(0)} ms`,
  );
} finally {
  // Leave the shared graph as it was: the written agreements go, and the edges follow (a full run).
  for (const id of written) await db.write('writes/delete-node', { id, label: 'Agreement' }).catch(() => undefined);
  await db.writeTransaction((tx) => markPending(tx, null));
  await deriveCooperation(db).catch(() => undefined);
  await db.close();
  await graph.stop();
}
