/**
 * GET /api/paths: shortest paths over the structural relationships have the length a breadth-first search of
 * the seed finds, two parties of one agreement meet through it, unknown ends are a 404 naming them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { expectError } from '../../helpers/openapi.js';
import { byName, distance, nodeById, nodesOf, relsOf, seed } from '../../helpers/seed-graph.js';

const { get } = testApp();

/** Structural relationships; the seed's COOPERATES_WITH are all stated, so they count too. */
const STRUCTURAL = [
  'PART_OF',
  'PARTY_TO',
  'WITH_COUNTRY',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'HOSTED',
  'SIGNED_AT',
  'MEMBER_OF',
  'COOPERATES_WITH',
];

type Path = {
  length: number;
  nodes: { id: string; type: string }[];
  edges: { type: string; source: string; target: string }[];
};

function assertWellFormed(path: Path, from: string, to: string) {
  assert.equal(path.nodes.length, path.length + 1);
  assert.equal(path.edges.length, path.length);
  assert.equal(path.nodes[0]!.id, from);
  assert.equal(path.nodes.at(-1)!.id, to);
  path.edges.forEach((edge, i) => {
    const ends = new Set([edge.source, edge.target]);
    assert.ok(
      ends.has(path.nodes[i]!.id) && ends.has(path.nodes[i + 1]!.id),
      `edge ${i} joins nodes ${i} and ${i + 1}`,
    );
    assert.ok(STRUCTURAL.includes(edge.type));
    assert.ok(
      seed.relationships.some((r) => r.type === edge.type && r.source === edge.source && r.target === edge.target),
      `${edge.source} ${edge.type} ${edge.target} is in the seed`,
    );
  });
}

describe('GET /api/paths', () => {
  it('joins University of Aberdeen and University of Texas through the agreement they share', async () => {
    const aberdeen = byName('University of Aberdeen').id;
    const texas = byName('University of Texas').id;
    const shared = relsOf('PARTY_TO')
      .filter((r) => r.source === aberdeen)
      .map((r) => r.target)
      .filter((agreement) => relsOf('PARTY_TO').some((r) => r.source === texas && r.target === agreement));
    assert.ok(shared.length > 0);
    const { data } = await get(`/api/paths?from=${aberdeen}&to=${texas}`);
    assert.equal(data.from, aberdeen);
    assert.equal(data.to, texas);
    assert.equal(data.paths.length, shared.length);
    for (const path of data.paths) {
      assert.equal(path.length, 2);
      assertWellFormed(path, aberdeen, texas);
      assert.ok(shared.includes(path.nodes[1].id));
    }
    assert.deepEqual(new Set(data.agreements.map((a: { id: string }) => a.id)), new Set(shared));
    assert.equal(data.agreements[0].name, nodeById.get(data.agreements[0].id)!.name);
  });

  it('finds paths as long as a breadth-first search of the seed says, with the people on them', async () => {
    const pairs: [string, string][] = [
      [byName('Heriot-Watt University').id, byName('Ocean University of China').id],
      [byName('University of Aberdeen').id, nodesOf('Person').find((p) => p.name === 'Gusakov')!.id],
      [byName('Hewlett-Packard').id, nodesOf('Country').find((c) => c.code === 'RU')!.id],
    ];
    let sawPerson = false;
    for (const [from, to] of pairs) {
      const hops = distance(from, to, STRUCTURAL);
      const { data } = await get(`/api/paths?from=${from}&to=${to}&maxLength=8`);
      if (hops > 8) {
        assert.deepEqual(data.paths, []);
        continue;
      }
      assert.ok(data.paths.length > 0 && data.paths.length <= 25, `${from} -> ${to}`);
      for (const path of data.paths) {
        assert.equal(path.length, hops, `${from} -> ${to}`);
        assertWellFormed(path, from, to);
      }
      const people = new Set(
        data.paths.flatMap((p: Path) => p.nodes.filter((n) => n.type === 'Person').map((n) => n.id)),
      );
      assert.deepEqual(new Set(data.people.map((p: { id: string }) => p.id)), people);
      sawPerson ||= people.size > 0;
    }
    assert.ok(sawPerson, 'a path through a person');
  });

  it('answers an empty list when the ends are further apart than maxLength', async () => {
    const from = byName('University of Aberdeen').id;
    const to = nodesOf('Person').find((p) => p.name === 'Gusakov')!.id;
    const hops = distance(from, to, STRUCTURAL);
    assert.ok(hops > 2 && hops <= 8);
    const { data } = await get(`/api/paths?from=${from}&to=${to}&maxLength=${hops - 1}`);
    assert.deepEqual(data.paths, []);
    assert.deepEqual(data.agreements, []);
  });

  it('accepts ISO codes and answers a zero-length path from an entity to itself', async () => {
    const gb = nodesOf('Country').find((c) => c.code === 'GB')!;
    const { data } = await get('/api/paths?from=GB&to=gb');
    assert.deepEqual(data.paths, [{ length: 0, nodes: [{ id: gb.id, type: 'Country', name: gb.name }], edges: [] }]);
  });

  it('answers 404 naming the unknown end, 400 for a bad maxLength', async () => {
    await expectError(get, '/api/paths?from=no-such-thing&to=university-of-texas', 404, 'from');
    await expectError(get, '/api/paths?from=university-of-texas&to=no-such-thing', 404, 'to');
    await expectError(get, '/api/paths?from=university-of-texas&to=country-gb&maxLength=9', 400, 'maxLength');
    await expectError(get, '/api/paths?to=country-gb', 400, 'from');
  });
});
