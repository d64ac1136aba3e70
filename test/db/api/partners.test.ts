/**
 * GET /api/partners/:id: every institution's and country's partners match COOPERATES_WITH as docs/data-model.md
 * derives it from the seed, with the agreements behind each partnership and evidence from the documents.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { expectError } from '../../helpers/openapi.js';
import type { PartnersResponse } from '../../../core/contract/partners.js';
import {
  byName,
  cooperation,
  countryPartners,
  institutionPartners,
  nodeById,
  nodesOf,
  relsOf,
} from '../../helpers/seed-graph.js';

const { get } = testApp();
const edges = cooperation();

const ids = (data: { partners: { partner: { id: string } }[] }) => new Set(data.partners.map((p) => p.partner.id));

describe('GET /api/partners/:id', () => {
  it("lists Heriot-Watt's partner through their shared programme: the Ocean University of China faculty", async () => {
    const heriotWatt = byName('Heriot-Watt University');
    const ocean = byName('Ocean University of China');
    const { data }: { data: PartnersResponse } = await get(`/api/partners/${heriotWatt.id}`);
    assert.deepEqual(data.entity, { id: heriotWatt.id, type: 'Institution', name: heriotWatt.name });
    // The seed names the faculty of Ocean University of China as Heriot-Watt's party; the faculty is PART_OF it.
    const programme = relsOf('PARTY_TO').find((r) => r.source === heriotWatt.id)!.target;
    const faculty = relsOf('PARTY_TO').find((r) => r.target === programme && r.source !== heriotWatt.id)!.source;
    assert.ok(relsOf('PART_OF').some((r) => r.source === faculty && r.target === ocean.id));
    const partnership = data.partners.find((p) => p.partner.id === faculty);
    assert.ok(partnership, `${faculty} is a partner`);
    assert.equal(partnership.partner.type, 'Institution');
    assert.equal(partnership.partner.country, 'CN');
    assert.equal(partnership.weight, 1);
    assert.deepEqual(partnership.kinds, [nodeById.get(programme)!.kind]);
    const fields = relsOf('IN_FIELD')
      .filter((r) => r.source === programme)
      .map((r) => nodeById.get(r.target)!.name);
    assert.deepEqual(partnership.agreements, [
      {
        id: programme,
        name: nodeById.get(programme)!.name,
        kind: nodeById.get(programme)!.kind,
        startYear: null,
        topology: nodeById.get(programme)!.topology,
        fields,
      },
    ]);
    // The evidence is the spans that name each side as party to the programme.
    const spans = relsOf('PARTY_TO')
      .filter((r) => r.target === programme && [heriotWatt.id, faculty].includes(r.source))
      .flatMap((r) => r.mentions ?? []);
    assert.ok(spans.length > 0);
    assert.deepEqual(
      new Set(partnership.evidence.map((e) => `${e.document}|${e.documentName}|${e.evidence}`)),
      new Set(spans.map((m) => `${m.document}|${nodeById.get(m.document)!.name}|${m.evidence}`)),
    );
  });

  it('matches the derivation from the seed for every institution (directOnly: its own edges)', async () => {
    for (const institution of nodesOf('Institution')) {
      const expected = institutionPartners(institution.id, edges);
      const { data } = await get(`/api/partners/${institution.id}?directOnly=true`);
      assert.deepEqual(ids(data), expected, institution.id);
      assert.equal(data.total, expected.size);
      for (const p of data.partners) {
        const edge = [...edges.values()].find(
          (e) => (e.a === institution.id && e.b === p.partner.id) || (e.b === institution.id && e.a === p.partner.id),
        )!;
        assert.equal(p.weight, edge.agreements.size, `${institution.id} - ${p.partner.id}`);
        assert.equal(p.stated, edge.stated);
        assert.deepEqual(new Set(p.agreements.map((a: { id: string }) => a.id)), edge.agreements);
        if (p.stated) assert.ok(p.evidence.length > 0, `stated ${institution.id} - ${p.partner.id} has evidence`);
      }
      for (let i = 1; i < data.partners.length; i += 1)
        assert.ok(data.partners[i - 1].weight >= data.partners[i].weight);
    }
  });

  it("defines a country's partners as the institutions cooperating with it and its institutions' partner countries", async () => {
    for (const country of nodesOf('Country')) {
      const expected = countryPartners(country.id, edges);
      const { data } = await get(`/api/partners/${country.code}`);
      assert.equal(data.entity.id, country.id);
      assert.deepEqual(ids(data), expected, country.id);
      assert.ok(!ids(data).has(country.id));
    }
    const china = nodesOf('Country').find((n) => n.code === 'CN')!;
    const { data }: { data: PartnersResponse } = await get(`/api/partners/${china.id}`);
    const countries = data.partners.filter((p) => p.partner.type === 'Country');
    assert.ok(countries.length > 0);
    for (const p of countries) {
      assert.equal(p.partner.country, nodeById.get(p.partner.id)!.code);
      assert.equal(p.weight, p.agreements.length);
    }
  });

  it('caps partners at limit, strongest first, and keeps the total', async () => {
    const busiest = nodesOf('Institution')
      .map((n) => ({ id: n.id, size: institutionPartners(n.id, edges).size }))
      .sort((a, b) => b.size - a.size)[0]!;
    const { data } = await get(`/api/partners/${busiest.id}?limit=2&directOnly=true`);
    assert.equal(data.partners.length, 2);
    assert.equal(data.total, busiest.size);
  });

  it('answers 404 for unknown ids and for entities that are neither institution nor country', async () => {
    await expectError(get, '/api/partners/no-such-thing', 404, 'id');
    await expectError(get, `/api/partners/${nodesOf('Person')[0]!.id}`, 404, 'id');
    await expectError(get, '/api/partners/XX', 404, 'id');
    await expectError(get, '/api/partners/heriot-watt-university?limit=0', 400, 'limit');
  });
});
