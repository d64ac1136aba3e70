/**
 * Cooperation semantics on a small hand-made graph (test/helpers/small-graph.ts), through the real loader,
 * derivation and GET /api/partners: agreement topology, the pair limit for big consortia, non-cooperation kinds,
 * country-level agreements, roll-up along PART_OF and ties through alliances. Every expected answer is worked
 * out by hand in the comments.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies validated against the OpenAPI document, read field by field */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';

import { deriveCooperation } from '../../server/ingest/derive.js';
import { loadDataset } from '../../server/ingest/load.js';
import { buildTestApp, openTestDatabase, resetDatabase } from '../helpers/context.js';
import { MEMBERS, smallGraph } from '../helpers/small-graph.js';

const db = openTestDatabase();
let app: FastifyInstance;

async function edges(): Promise<Set<string>> {
  const out = new Set<string>();
  const session = db.session('READ');
  try {
    const result = await session.run(
      'MATCH (x)-[c:COOPERATES_WITH]->(y) RETURN x.id AS x, y.id AS y, coalesce(c.stated, false) AS stated',
    );
    for (const record of result.records) {
      const [x, y] = [String(record.get('x')), String(record.get('y'))];
      out.add(
        record.get('stated') ? `${x}>${y} (stated)` : y.startsWith('country-') ? `${x}>${y}` : [x, y].sort().join('-'),
      );
    }
  } finally {
    await session.close();
  }
  return out;
}

async function partners(id: string, query = '') {
  const response = await app.inject({ method: 'GET', url: `/api/partners/${id}${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

before(async () => {
  await resetDatabase(db);
  const result = await loadDataset(db, smallGraph());
  assert.deepEqual(result.errors, []);
  app = await buildTestApp(db);
});
after(async () => {
  await app?.close();
  await db.close();
});

describe('derivation rules', () => {
  it('derives exactly the hand-worked edges', async () => {
    const consortium = MEMBERS.slice(1).map((id) => ['m01', id].sort().join('-'));
    assert.deepEqual(
      [...(await edges())].sort(),
      [
        // hub-ag: the lead with each partner, the partners never with each other; lead -> partners' countries,
        // each partner -> the lead's country only.
        'a-fac',
        'fac-t',
        'fac>country-gb',
        'fac>country-us',
        'a>country-cn',
        't>country-cn',
        // joint-ag and lab-ag: a pair each, both ways to the other's country.
        'h-uni',
        'uni>country-gb',
        'h>country-cn',
        'f0-lab',
        'lab>country-fr',
        'f0>country-cn',
        // big-ag: 13 parties > 10, so m01 (the lead) with the 12 others: 11 members and uni; the lead reaches
        // China through uni, uni reaches France through the lead, m02..m12 reach only France, their own.
        ...consortium,
        'm01-uni',
        'm01>country-cn',
        'uni>country-fr',
        // the alliance's stated edge survives; test-ag (test centre) and state-ag (no party) derive nothing.
        'al>country-ru (stated)',
      ].sort(),
    );
  });

  it('makes the partners of a hub no partners of each other (GET /api/partners/a)', async () => {
    const body = await partners('a');
    assert.deepEqual(body.partners.map((p: { partner: { id: string } }) => p.partner.id).sort(), ['country-cn', 'fac']);
  });

  it('derives every pair of a joint agreement below the limit, and the test centre when asked', async () => {
    // With no non-cooperation kinds the test centre makes uni cooperate with Austria.
    await deriveCooperation(db, { nonCooperationKinds: [] });
    assert.ok((await edges()).has('uni>country-at'));
    await deriveCooperation(db);
    assert.ok(!(await edges()).has('uni>country-at'));
  });
});

describe('GET /api/partners: roll-up and alliances', () => {
  it('rolls up units at any depth, marks them via the unit, and ties through the alliance', async () => {
    const body = await partners('uni');
    const byId = new Map(body.partners.map((p: any) => [p.partner.id, p]));
    // Direct: h, m01, GB (joint-ag), FR (big-ag). Through fac: a, t, US, and GB again (stays direct).
    // Through lab (PART_OF fac PART_OF uni): f0, and France again. Through the alliance: the alliance, o, Russia.
    assert.deepEqual(body.counts, { direct: 4, unit: 4, alliance: 3 });
    assert.equal(body.total, 11);
    const tie = (id: string) => (byId.get(id) as { tie: string }).tie;
    assert.deepEqual(['h', 'm01', 'country-gb', 'country-fr'].map(tie), ['direct', 'direct', 'direct', 'direct']);
    assert.deepEqual(['a', 't', 'country-us', 'f0'].map(tie), ['unit', 'unit', 'unit', 'unit']);
    assert.deepEqual(['al', 'o', 'country-ru'].map(tie), ['alliance', 'alliance', 'alliance']);
    assert.deepEqual(
      (byId.get('a') as any).via.map((v: { id: string }) => v.id),
      ['fac'],
    );
    assert.deepEqual(
      (byId.get('f0') as any).via.map((v: { id: string }) => v.id),
      ['lab'],
    );
    const gb = byId.get('country-gb') as any;
    assert.equal(gb.direct, true);
    assert.deepEqual(
      gb.via.map((v: { id: string }) => v.id),
      ['fac'],
    );
    assert.equal(gb.weight, 2); // joint-ag (uni's own) and hub-ag (the faculty's)
    // The unit's agreement is listed for the partner it brings.
    assert.deepEqual(
      (byId.get('a') as any).agreements.map((x: { id: string }) => x.id),
      ['hub-ag'],
    );
    // Strongest tie first.
    const ties = body.partners.map((p: { tie: string }) => p.tie);
    assert.deepEqual(
      ties,
      [...ties].sort(
        (x: string, y: string) => ['direct', 'unit', 'alliance'].indexOf(x) - ['direct', 'unit', 'alliance'].indexOf(y),
      ),
    );
    assert.deepEqual(
      body.through.map((t: { id: string; partners: number }) => [t.id, t.partners]),
      [
        ['fac', 4],
        ['lab', 2],
        ['al', 3],
      ],
    );
    // The faculty and the lab are the institution's own units, never its partners.
    assert.ok(!byId.has('fac') && !byId.has('lab'));
  });

  it('answers its own edges only with directOnly=true', async () => {
    const body = await partners('uni', '?directOnly=true');
    assert.deepEqual(body.partners.map((p: { partner: { id: string } }) => p.partner.id).sort(), [
      'country-fr',
      'country-gb',
      'h',
      'm01',
    ]);
    assert.deepEqual(body.counts, { direct: 4, unit: 0, alliance: 0 });
  });
});
