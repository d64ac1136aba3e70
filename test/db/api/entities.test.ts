/**
 * GET /api/<type> and /api/<type>/:id against the seed: lists, filters and pagination agree with the seed file,
 * single entities carry their related entities and provenance, bad input is a 400 naming the parameter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { expectError } from '../../helpers/openapi.js';
import { ENTITY_TYPES } from '../../../core/contract/entity-types.js';
import { byName, countryOf, nodeById, nodesOf, relsOf, seed } from '../../helpers/seed-graph.js';
import type { EntityDetail } from '../../../core/contract/entities.js';
import { bumpDataVersion } from '../../../server/db/data-version.js';
import { loadDataset } from '../../../server/ingest/load.js';

const { db, get } = testApp();

/** The API's order: by lower-cased name, then id. */
const sorted = (nodes: { id: string; name?: string; code?: string }[]) =>
  [...nodes]
    .map((n) => ({ id: n.id, key: (n.name ?? n.code ?? n.id).toLowerCase() }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => n.id);

describe('GET /api/<type>', () => {
  it('lists every entity of each type, with the total from the seed', async () => {
    for (const spec of ENTITY_TYPES) {
      const expected = nodesOf(spec.label);
      const { data } = await get(`/api/${spec.segment}?limit=500`);
      assert.equal(data.total, expected.length, spec.segment);
      assert.deepEqual(new Set(data.items.map((item: { id: string }) => item.id)), new Set(expected.map((n) => n.id)));
      assert.ok(data.items.every((item: { type: string }) => item.type === spec.label));
    }
  });

  it('pages in name order: limit and offset slice the same sorted list, total stays', async () => {
    const order = sorted(nodesOf('Institution'));
    const { data } = await get('/api/institutions?limit=7&offset=5');
    assert.equal(data.total, order.length);
    assert.equal(data.limit, 7);
    assert.equal(data.offset, 5);
    assert.deepEqual(
      data.items.map((item: { id: string }) => item.id),
      order.slice(5, 12),
    );

    const seen: string[] = [];
    for (let offset = 0; offset < order.length; offset += 9) {
      seen.push(
        ...(await get(`/api/institutions?limit=9&offset=${offset}`)).data.items.map((i: { id: string }) => i.id),
      );
    }
    assert.deepEqual(seen, order);
    const past = await get(`/api/institutions?offset=${order.length + 10}`);
    assert.deepEqual(past.data.items, []);
    assert.equal(past.data.total, order.length);
  });

  it('filters by text in names and aliases, case-insensitively', async () => {
    const matches = nodesOf('Institution').filter((n) =>
      [n.name ?? '', ...(n.aliases ?? [])].some((text) => text.toLowerCase().includes('university')),
    );
    assert.ok(matches.length > 1);
    const { data } = await get('/api/institutions?q=UNIVERSITY&limit=500');
    assert.equal(data.total, matches.length);
    assert.deepEqual(new Set(data.items.map((i: { id: string }) => i.id)), new Set(matches.map((n) => n.id)));
  });

  it('filters institutions by country (ISO code, either case) and gives each its country', async () => {
    const inGb = nodesOf('Institution').filter((n) => countryOf(n.id) === 'GB');
    assert.ok(inGb.length > 0);
    const { data } = await get('/api/institutions?country=gb&limit=500');
    assert.deepEqual(new Set(data.items.map((i: { id: string }) => i.id)), new Set(inGb.map((n) => n.id)));
    assert.ok(data.items.every((i: { country: string }) => i.country === 'GB'));
    const both = await get('/api/institutions?country=GB,DE&limit=500');
    const inGbDe = nodesOf('Institution').filter((n) => ['GB', 'DE'].includes(countryOf(n.id) ?? ''));
    assert.equal(both.data.total, inGbDe.length);
  });

  it('filters agreements by kind, by field and by start year', async () => {
    const jointLabs = nodesOf('Agreement').filter((n) => n.kind === 'joint-lab');
    assert.ok(jointLabs.length > 0);
    const byKind = await get('/api/agreements?kind=joint-lab&limit=500');
    assert.deepEqual(new Set(byKind.data.items.map((i: { id: string }) => i.id)), new Set(jointLabs.map((n) => n.id)));

    const inField = relsOf('IN_FIELD').find((r) => nodeById.get(r.source)?.type === 'Agreement')!;
    const fieldAgreements = new Set(
      relsOf('IN_FIELD')
        .filter((r) => r.target === inField.target && nodeById.get(r.source)?.type === 'Agreement')
        .map((r) => r.source),
    );
    const byField = await get(`/api/agreements?field=${inField.target}&limit=500`);
    assert.deepEqual(new Set(byField.data.items.map((i: { id: string }) => i.id)), fieldAgreements);

    const years = nodesOf('Agreement').filter((n) => typeof n.startYear === 'number');
    assert.ok(years.length > 0);
    const year = Math.min(...years.map((n) => n.startYear!));
    const byYear = await get(`/api/agreements?yearFrom=${year}&yearTo=${year}`);
    assert.deepEqual(
      new Set(byYear.data.items.map((i: { id: string }) => i.id)),
      new Set(years.filter((n) => n.startYear === year).map((n) => n.id)),
    );
    assert.equal(
      (await get(`/api/agreements?yearFrom=${year + 1}&yearTo=2999`)).data.total,
      years.filter((n) => n.startYear! > year).length,
    );
  });

  it('filters events by the year of their start date', async () => {
    const dated = nodesOf('Event').filter((n) => n.startDate);
    assert.ok(dated.length > 0);
    const year = Number(dated[0]!.startDate!.slice(0, 4));
    const { data } = await get(`/api/events?yearFrom=${year}&yearTo=${year}&limit=500`);
    assert.deepEqual(
      new Set(data.items.map((i: { id: string }) => i.id)),
      new Set(dated.filter((n) => n.startDate!.startsWith(String(year))).map((n) => n.id)),
    );
  });

  it('leaves the large document text out of lists', async () => {
    const { data } = await get('/api/documents?limit=500');
    assert.equal(data.total, nodesOf('Document').length);
    assert.ok(data.items.every((item: Record<string, unknown>) => !('text' in item)));
  });

  it('answers 400 naming the parameter for bad input', async () => {
    await expectError(get, '/api/institutions?limit=1000', 400, 'limit');
    await expectError(get, '/api/institutions?limit=0', 400, 'limit');
    await expectError(get, '/api/institutions?offset=-1', 400, 'offset');
    await expectError(get, '/api/agreements?yearFrom=abc', 400, 'yearFrom');
    await expectError(get, '/api/agreements?yearFrom=2020&yearTo=2010', 400, 'yearTo');
    await expectError(get, '/api/institutions?country=Germany', 400, 'country');
    await expectError(get, '/api/agreements?kind=not-a-kind', 400, 'kind');
    await expectError(get, '/api/fields?country=DE', 400, 'country');
    await expectError(get, '/api/documents?kind=joint-lab', 400, 'kind');
  });
});

describe('GET /api/<type>/:id', () => {
  it('returns the entity with its provenance, as the seed states it', async () => {
    const ocean = byName('Ocean University of China');
    const { data } = await get(`/api/institutions/${ocean.id}`);
    assert.equal(data.entity.id, ocean.id);
    assert.equal(data.entity.type, 'Institution');
    assert.equal(data.entity.name, ocean.name);
    assert.deepEqual(data.entity.aliases, ocean.aliases ?? []);
    assert.equal(data.entity.country, countryOf(ocean.id));
    const spans = (p: { document: string; evidence: string }[]) => new Set(p.map((m) => `${m.document} ${m.evidence}`));
    assert.deepEqual(spans(data.provenance), spans(ocean.mentions ?? []));
    for (const item of data.provenance) assert.equal(item.documentName, nodeById.get(item.document)!.name);
  });

  it('answers for an entity that only its documents mention: no related entities, its provenance', async () => {
    // The seed has none since its bylines became Document metadata (CURATION.md): load one, then remove it.
    const origin = { file: 'entities.test.ts', record: 'inline' };
    const mentions = [
      { document: 'doc-003', evidence: 'Gusakov and Sun Haisheng pressed the start button on the stage.' },
    ];
    const person = {
      id: 'mentioned-only-person',
      type: 'Person',
      properties: { name: 'Mentioned Only' },
      mentions,
      origin,
    };
    assert.deepEqual((await loadDataset(db, { nodes: [person], relationships: [] })).errors, []);
    try {
      const { data } = await get(`/api/people/${person.id}`);
      assert.deepEqual(data.related, []);
      assert.equal(data.relatedTotal, 0);
      assert.equal(data.provenance.length, 1);
    } finally {
      await db.autoCommit('writes/delete-node', { id: person.id, label: 'Person' });
      await bumpDataVersion(db);
    }
  });

  it('lists related entities with direction and per-fact provenance', async () => {
    const heriotWatt = byName('Heriot-Watt University');
    const { data }: { data: EntityDetail } = await get(`/api/institutions/${heriotWatt.id}`);
    const partyTo = relsOf('PARTY_TO').filter((r) => r.source === heriotWatt.id);
    assert.ok(partyTo.length > 0);
    for (const rel of partyTo) {
      const item = data.related.find((r) => r.relationship.type === 'PARTY_TO' && r.node.id === rel.target);
      assert.ok(item, `related PARTY_TO ${rel.target}`);
      assert.equal(item.relationship.direction, 'out');
      assert.equal(item.relationship.id, `${heriotWatt.id}|PARTY_TO|${rel.target}`);
      assert.equal(item.node.type, 'Agreement');
      assert.deepEqual(
        item.provenance.map((p) => [p.document, p.documentName, p.evidence]),
        (rel.mentions ?? []).map((m) => [m.document, nodeById.get(m.document)!.name, m.evidence]),
      );
    }
    const located = data.related.find((r) => r.relationship.type === 'LOCATED_IN');
    assert.ok(located, 'related LOCATED_IN');
    assert.equal(located.node.id, relsOf('LOCATED_IN').find((r) => r.source === heriotWatt.id)!.target);
    assert.ok(data.related.every((r) => r.relationship.type !== 'MENTIONED_IN'));
    assert.equal(data.relatedTotal, data.related.length);
  });

  it('caps related entities at relatedLimit and says how many there are', async () => {
    const china = nodesOf('Country').find((n) => n.code === 'CN')!;
    const all = await get(`/api/countries/${china.id}`);
    assert.ok(all.data.relatedTotal > 3);
    const capped = await get(`/api/countries/${china.id}?relatedLimit=3`);
    assert.equal(capped.data.related.length, 3);
    assert.equal(capped.data.relatedTotal, all.data.relatedTotal);
  });

  it('finds a country by its ISO code in either case', async () => {
    const germany = nodesOf('Country').find((n) => n.code === 'DE')!;
    for (const id of ['DE', 'de', germany.id]) {
      const { data } = await get(`/api/countries/${id}`);
      assert.equal(data.entity.id, germany.id);
      assert.equal(data.entity.code, 'DE');
    }
  });

  it('returns a document with its full text and the entities it mentions', async () => {
    const document = nodesOf('Document')[0]!;
    const { data }: { data: EntityDetail } = await get(`/api/documents/${document.id}`);
    assert.equal(data.entity.text, document.text);
    const mentioning = new Set(
      seed.nodes.filter((n) => n.mentions?.some((m) => m.document === document.id)).map((n) => n.id),
    );
    assert.equal(data.relatedTotal, mentioning.size);
    assert.ok(data.related.every((r) => r.relationship.type === 'MENTIONED_IN' && mentioning.has(r.node.id)));
    assert.ok(data.related.every((r) => r.provenance.length > 0 && r.provenance[0].document === document.id));
  });

  it('answers 404 for an unknown id, or an id of another type', async () => {
    await expectError(get, '/api/institutions/no-such-institution', 404, 'id');
    await expectError(get, `/api/people/${byName('Heriot-Watt University').id}`, 404, 'id');
    await expectError(get, '/api/countries/XX', 404, 'id');
    await expectError(get, '/api/institutions/Not%20A%20Slug!', 400, 'id');
  });
});
