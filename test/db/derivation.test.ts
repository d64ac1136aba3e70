/**
 * The derived cooperation edges under concurrency and interruption (server/ingest/derive.ts), on the small
 * hand-made graph: derivations from two processes (two drivers) and concurrent imports neither fail nor lose
 * edges; a write whose derivation did not run is flagged in the same transaction, reported by health and stats,
 * and repaired by the next write even when that write changes nothing; a write whose derivation cannot run (the
 * lease is held elsewhere) is answered "written, pending", never "failed", and a later run catches up.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies read field by field */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import type { Dataset } from '../../core/dataset.js';
import { int } from '../../server/db/database.js';
import { cooperationState, deriveCooperation } from '../../server/ingest/derive.js';
import { loadDataset } from '../../server/ingest/load.js';
import { writeDataset } from '../../server/ingest/write.js';
import { API_KEY, withKey } from '../helpers/api.js';
import { buildTestApp, openTestDatabase, resetDatabase } from '../helpers/context.js';
import { smallGraph } from '../helpers/small-graph.js';

const db = openTestDatabase();
/** A second driver: what another process (npm run load beside the server) looks like to the database. */
const other = openTestDatabase();
let app: FastifyInstance;

const origin = { file: 'derivation.test.ts', record: 'inline' };

/** A joint lab between two institutions of the small graph: one new derived pair. */
function jointLab(id: string, a: string, b: string): Dataset {
  return {
    nodes: [{ id, type: 'Agreement', properties: { name: id, kind: 'joint-lab' }, mentions: [], origin }],
    relationships: [a, b].map((source) => ({
      type: 'PARTY_TO',
      source,
      target: id,
      properties: {},
      mentions: [],
      origin,
    })),
  };
}

async function cooperationCount(): Promise<number> {
  const [row] = await db.read('derive/count');
  return Number(row?.count ?? 0);
}

async function hasPair(a: string, b: string): Promise<boolean> {
  const params = { source: a, type: 'COOPERATES_WITH', target: b, undirected: true };
  return (await db.read('writes/find-relationship', params)).length > 0;
}

async function get(url: string): Promise<any> {
  const response = await app.inject({ method: 'GET', url });
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

before(async () => {
  await resetDatabase(db);
  assert.deepEqual((await loadDataset(db, smallGraph())).errors, []);
  app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
});
after(async () => {
  await app?.close();
  await other.close();
  await db.close();
});

describe('concurrent derivations', () => {
  it('from two processes and beside concurrent imports, all complete and the edges are those of one run', async () => {
    const pairs: [string, string][] = [
      ['o', 'h'],
      ['o', 't'],
      ['a', 'f0'],
      ['t', 'h'],
    ];
    const results = await Promise.allSettled([
      deriveCooperation(db),
      deriveCooperation(other),
      ...pairs.map(([a, b], k) => writeDataset(k % 2 ? other : db, jointLab(`race-${k}`, a, b))),
      deriveCooperation(other),
      deriveCooperation(db),
    ]);
    const failures = results.filter((result) => result.status === 'rejected').map((result) => String(result.reason));
    assert.deepEqual(failures, []);
    for (const [a, b] of pairs) assert.ok(await hasPair(a, b), `${a}-${b} derived`);
    const afterRace = await cooperationCount();
    assert.equal(await deriveCooperation(db), afterRace, 'a further run finds nothing to add or remove');
    assert.equal((await cooperationState(db)).state, 'current');
  });
});

describe('a write whose derivation did not run', () => {
  it('is flagged with the data, reported by health and stats, and repaired by the next write', async () => {
    const before = await cooperationCount();
    // The process dies right after the commit: the data is written, the derivation never starts.
    const summary = await writeDataset(db, jointLab('cut-short', 'o', 'f0'), { skipDerive: true });
    assert.equal(summary.nodes.created, 1);
    assert.equal(summary.cooperationPending, true);
    assert.equal(await hasPair('o', 'f0'), false, 'not derived yet');
    assert.equal(await cooperationCount(), before);

    const health = await get('/api/health');
    assert.equal(health.cooperation.state, 'pending');
    assert.ok(health.cooperation.pendingSince);
    assert.equal((await get('/api/stats')).cooperation.state, 'pending');

    // The same input again changes nothing, and still derives: the flag says the edges lag.
    const rerun = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: withKey(),
      payload: {
        nodes: [{ id: 'cut-short', type: 'Agreement', name: 'cut-short', kind: 'joint-lab' }],
        relationships: [
          { type: 'PARTY_TO', source: 'o', target: 'cut-short' },
          { type: 'PARTY_TO', source: 'f0', target: 'cut-short' },
        ],
      },
    });
    assert.equal(rerun.statusCode, 200, rerun.body);
    const body = rerun.json();
    assert.deepEqual([body.nodes.created, body.nodes.updated, body.relationships.created], [0, 0, 0]);
    assert.equal(body.derived, true);
    assert.equal(body.cooperationPending, false);
    assert.ok(await hasPair('o', 'f0'));
    assert.ok(body.cooperationEdges > before);
    assert.equal((await get('/api/health')).cooperation.state, 'current');
    assert.equal((await get('/api/stats')).cooperation.state, 'current');
  });
});

describe('a write whose derivation cannot run now', () => {
  it('is answered "written, pending", not "failed", and a later run catches up', async () => {
    // Another process holds the derivation lease (and keeps it).
    assert.equal((await other.write('derivation/acquire', { run: 'elsewhere', leaseSeconds: int(300) })).length, 1);
    try {
      const summary = await writeDataset(db, jointLab('blocked', 'a', 'h'), { derive: { leaseWaitMs: 300 } });
      assert.equal(summary.nodes.created, 1, 'the data is written');
      assert.equal(summary.derived, false);
      assert.equal(summary.cooperationPending, true);
      assert.equal((await get('/api/health')).cooperation.state, 'deriving', 'the lease holder is deriving');
    } finally {
      await other.write('derivation/release', { run: 'elsewhere', changes: int(-1), completed: false, scoped: null });
    }
    assert.equal((await cooperationState(db)).state, 'pending', 'released without completing: still pending');
    await deriveCooperation(db);
    assert.ok(await hasPair('a', 'h'));
    assert.equal((await cooperationState(db)).state, 'current');
  });
});
