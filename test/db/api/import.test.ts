/**
 * POST /api/import against the seed: the loader's JSON format with the loader's validation, all or nothing
 * (one bad record is a 400 naming it and its field, and nothing changes), idempotent, and an export of the
 * graph imports back as a no-op.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { resetDatabase } from '../../helpers/context.js';
import { API_KEY, graphCounts, isErrorBody, withKey } from '../../helpers/api.js';

const { db, inject } = testApp({ env: { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' } });

const importing = (payload: unknown) =>
  inject({ method: 'POST', url: '/api/import', headers: withKey(), payload: payload as object });

/** A small valid input: a new lab in Germany, party with Ocean University to a new joint lab. */
const dataset = () => ({
  nodes: [
    { id: 'bremen-ocean-lab', type: 'Institution', name: 'Bremen Ocean Lab', kind: 'lab', aliases: ['BOL'] },
    {
      id: 'bremen-qingdao-joint-lab',
      type: 'Agreement',
      name: 'Bremen-Qingdao Joint Lab',
      kind: 'joint-lab',
      startYear: 2024,
      mentions: [{ document: 'doc-002', evidence: 'joint laboratories' }],
    },
  ],
  relationships: [
    { type: 'LOCATED_IN', source: 'bremen-ocean-lab', target: 'country-de' },
    { type: 'PARTY_TO', source: 'bremen-ocean-lab', target: 'bremen-qingdao-joint-lab', role: 'partner' },
    { type: 'PARTY_TO', source: 'ocean-university-of-china', target: 'bremen-qingdao-joint-lab', role: 'lead' },
  ],
});

interface Problem {
  record: string;
  field: string | null;
  message: string;
}

describe('POST /api/import', () => {
  it('writes a valid input, derives cooperation, and counts what it did', async () => {
    const before = await graphCounts(db);
    const response = await importing(dataset());
    assert.equal(response.statusCode, 200, response.body);
    const summary = response.json();
    assert.deepEqual(summary.nodes, { created: 2, updated: 0, unchanged: 0 });
    // Three relationships and one MENTIONED_IN.
    assert.deepEqual(summary.relationships, { created: 4, updated: 0, unchanged: 0 });
    const after = await graphCounts(db);
    assert.equal(after.Institution, before.Institution! + 1);
    assert.equal(after.Agreement, before.Agreement! + 1);
    // The two parties now cooperate, and the new lab with Ocean University's country.
    assert.equal(after.COOPERATES_WITH, summary.cooperationEdges);
    for (const [source, target] of [
      ['bremen-ocean-lab', 'ocean-university-of-china'],
      ['bremen-ocean-lab', 'country-cn'],
    ]) {
      const [edge] = await db.read('writes/find-relationship', {
        source,
        target,
        type: 'COOPERATES_WITH',
        undirected: true,
      });
      assert.deepEqual(
        (edge?.properties as { agreementIds?: string[] })?.agreementIds,
        ['bremen-qingdao-joint-lab'],
        `${source} ${target}`,
      );
    }
    const partners = await inject({ method: 'GET', url: '/api/partners/bremen-ocean-lab' });
    assert.equal(partners.statusCode, 200, partners.body);
    const ids = partners.json().partners.map((p: { partner: { id: string } }) => p.partner.id);
    assert.ok(ids.includes('ocean-university-of-china'), ids.join(', '));
  });

  it('is idempotent: the same input again changes nothing', async () => {
    const before = await graphCounts(db);
    const response = await importing(dataset());
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json().nodes, { created: 0, updated: 0, unchanged: 2 });
    assert.deepEqual(response.json().relationships, { created: 0, updated: 0, unchanged: 4 });
    assert.deepEqual(await graphCounts(db), before);
  });

  it('is all or nothing: one bad record is a 400 naming it and its field, and nothing is written', async () => {
    const before = await graphCounts(db);
    const input = dataset();
    input.nodes[0]!.id = 'kiel-ocean-lab';
    input.relationships = input.relationships.map((r) =>
      r.source === 'bremen-ocean-lab' ? { ...r, source: 'kiel-ocean-lab' } : r,
    );
    input.nodes.push({ id: 'broken-lab', type: 'Institution', name: 'Broken Lab', kind: 'volcano', aliases: [] });
    const response = await importing(input);
    assert.equal(response.statusCode, 400);
    const body = response.json() as { field: string; message: string; problems: number; errors: Problem[] };
    assert.ok(isErrorBody(body));
    assert.equal(body.problems, 1);
    assert.deepEqual(body.errors, [
      {
        record: 'nodes[2] (id "broken-lab")',
        field: 'kind',
        message: `must be one of university, college, faculty, academy, research-institute, company, government, association, alliance, lab, centre, other, got "volcano"`,
      },
    ]);
    assert.equal(body.field, 'kind');
    assert.match(body.message, /nothing was written/);
    assert.match(body.message, /nodes\[2\] \(id "broken-lab"\): field "kind"/);
    assert.deepEqual(await graphCounts(db), before);
    assert.equal((await inject({ method: 'GET', url: '/api/institutions?q=kiel%20ocean' })).json().total, 0);
  });

  it('lists every problem of an input in input order, each with its record and field', async () => {
    const before = await graphCounts(db);
    const response = await importing({
      nodes: [
        { id: 'Bad Id', type: 'Institution', name: 'X', kind: 'lab' },
        { id: 'no-name', type: 'Person' },
        { id: 'a-thing', type: 'Spaceship', name: 'X' },
        'not an object',
        { id: 'ocean-university-of-china', type: 'Person', name: 'Not a university' },
      ],
      relationships: [
        { type: 'PARTY_TO', source: 'no-such-institution', target: 'hp-software-laboratory' },
        { type: 'LIKES', source: 'ocean-university-of-china', target: 'hewlett-packard' },
        { type: 'LOCATED_IN', source: 'ocean-university-of-china', target: 'country-cn', colour: 'red' },
      ],
    });
    assert.equal(response.statusCode, 400);
    const body = response.json() as { problems: number; errors: Problem[] };
    const found = body.errors.map((error) => [error.record.replace(/ \(.*\)$/, ''), error.field]);
    for (const expected of [
      ['nodes[0]', 'id'],
      ['nodes[1]', 'name'],
      ['nodes[2]', 'type'],
      ['nodes[3]', null],
      ['nodes[4]', 'id'],
      ['relationships[0]', 'source'],
      ['relationships[1]', 'type'],
      ['relationships[2]', 'colour'],
    ]) {
      assert.ok(
        found.some(([record, field]) => record === expected[0] && field === expected[1]),
        `${expected.join(' ')} in ${JSON.stringify(found)}`,
      );
    }
    assert.equal(body.problems, body.errors.length);
    // An id that exists under another label would give a node two labels: refused.
    const relabel = body.errors.find((error) => error.record.startsWith('nodes[4]') && error.field === 'id');
    assert.match(String(relabel?.message), /already exists as a Institution/);
    assert.deepEqual(await graphCounts(db), before);
  });

  it('refuses what is not the loader format', async () => {
    for (const payload of [{ nodes: 'all of them' }, { relationships: { type: 'PARTY_TO' } }]) {
      const response = await importing(payload);
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.ok(isErrorBody(response.json()));
    }
    const list = await importing([{ id: 'x' }]);
    assert.equal(list.statusCode, 400);
    assert.ok(isErrorBody(list.json()));
  });

  it('takes an export of the graph back as a no-op, and loads it into an empty database', async () => {
    const exported = (await inject({ method: 'GET', url: '/api/export?format=json' })).json();
    const before = await graphCounts(db);
    const again = await importing(exported);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().nodes.created + again.json().nodes.updated, 0);
    assert.equal(again.json().relationships.created + again.json().relationships.updated, 0);
    assert.deepEqual(await graphCounts(db), before);

    await resetDatabase(db);
    const into = await importing(exported);
    assert.equal(into.statusCode, 200, into.body);
    assert.deepEqual(await graphCounts(db), before);
  });
});
