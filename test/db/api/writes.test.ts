/**
 * Entity and relationship writes against the seed: create, change and delete round trips seen through the read
 * routes; the loader's validation on every body (400 naming the field, nothing written); 404 and 409; the
 * derived COOPERATES_WITH edges following PARTY_TO changes; the shared write rate limit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { buildTestApp } from '../../helpers/context.js';
import { API_KEY, graphCounts, isErrorBody, withKey } from '../../helpers/api.js';

const { db, inject } = testApp({ env: { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' } });

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  inject({ method, url, headers: withKey(), ...(payload === undefined ? {} : { payload: payload as object }) });
const get = (url: string) => inject({ method: 'GET', url });

/** The stored cooperation edge between two ids, either way round, or null. */
async function cooperation(a: string, b: string): Promise<Record<string, unknown> | null> {
  const [row] = await db.read('writes/find-relationship', {
    source: a,
    target: b,
    type: 'COOPERATES_WITH',
    undirected: true,
  });
  return row ? (row.properties as Record<string, unknown>) : null;
}

/** Asserts a 400 naming `field`, and that the graph did not change. */
async function refused(
  request: () => Promise<{ statusCode: number; json(): unknown }>,
  status: number,
  field?: string,
) {
  const before = await graphCounts(db);
  const response = await request();
  const body = response.json() as { field?: string; message: string };
  assert.equal(response.statusCode, status, JSON.stringify(body));
  assert.ok(isErrorBody(body));
  if (field !== undefined) assert.equal(body.field, field, body.message);
  assert.deepEqual(await graphCounts(db), before);
  return body;
}

describe('POST /api/<type>', () => {
  it('creates an entity with provenance, visible through GET', async () => {
    const response = await send('POST', '/api/institutions', {
      id: 'kiel-marine-lab',
      name: 'Kiel Marine Lab',
      kind: 'lab',
      aliases: ['KML'],
      city: 'Kiel',
      mentions: [{ document: 'doc-002', evidence: 'the HP software laboratory' }],
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.headers.location, '/api/institutions/kiel-marine-lab');
    assert.deepEqual(response.json().entity, {
      id: 'kiel-marine-lab',
      type: 'Institution',
      name: 'Kiel Marine Lab',
      kind: 'lab',
      aliases: ['KML'],
      city: 'Kiel',
    });
    const listed = (await get('/api/institutions?q=kiel%20marine')).json();
    assert.deepEqual(
      listed.items.map((item: { id: string }) => item.id),
      ['kiel-marine-lab'],
    );
    // Located somewhere, it shows on its own page with its provenance and the new relationship.
    const located = await send('POST', '/api/relationships', {
      type: 'LOCATED_IN',
      source: 'kiel-marine-lab',
      target: 'country-de',
    });
    assert.equal(located.statusCode, 201, located.body);
    const read = await get('/api/institutions/kiel-marine-lab');
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json().entity.city, 'Kiel');
    assert.equal(read.json().entity.country, 'DE');
    assert.deepEqual(
      read.json().provenance.map((p: { document: string; evidence: string }) => [p.document, p.evidence]),
      [['doc-002', 'the HP software laboratory']],
    );
  });

  it('fills a new country from world-countries like the loader', async () => {
    const response = await send('POST', '/api/countries', { id: 'country-is', code: 'IS' });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().entity.name, 'Iceland');
    const listed = (await get('/api/countries?q=iceland')).json();
    assert.deepEqual(
      listed.items.map((item: { id: string }) => item.id),
      ['country-is'],
    );
  });

  it('answers 409 for an id that is taken, by any label', async () => {
    const taken = await refused(
      () => send('POST', '/api/institutions', { id: 'kiel-marine-lab', name: 'Again', kind: 'lab' }),
      409,
      'id',
    );
    assert.match(taken.message, /already taken by a Institution/);
    await refused(() => send('POST', '/api/people', { id: 'country-cn', name: 'A Person' }), 409, 'id');
    // A second country with an existing code breaks the code constraint: a conflict, not a 500.
    await refused(() => send('POST', '/api/countries', { id: 'iceland-again', code: 'IS' }), 409, 'code');
  });

  it('validates like the loader: 400 naming the field, nothing written', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['/api/institutions', { id: 'x-lab', name: 'X', kind: 'spaceship' }, 'kind', /must be one of university/],
      ['/api/institutions', { id: 'x-lab', kind: 'lab' }, 'name', /is required/],
      ['/api/institutions', { id: 'Not A Slug', name: 'X', kind: 'lab' }, 'id', /lowercase slug/],
      ['/api/institutions', { name: 'X', kind: 'lab' }, 'id', /is required/],
      ['/api/institutions', { id: 'x-lab', name: 'X', kind: 'lab', colour: 'red' }, 'colour', /is not a property/],
      ['/api/institutions', { id: 'x-lab', name: 42, kind: 'lab' }, 'name', /must be a string/],
      ['/api/institutions', { id: 'x-lab', name: 'X', kind: 'lab', aliases: 'X' }, 'aliases', /list of strings/],
      ['/api/agreements', { id: 'x-deal', name: 'X', kind: 'mou', startYear: '2020' }, 'startYear', /must be a year/],
      [
        '/api/agreements',
        { id: 'x-deal', name: 'X', kind: 'mou', startYear: 2020, endYear: 2019 },
        'endYear',
        /before startYear/,
      ],
      [
        '/api/events',
        { id: 'x-event', name: 'X', kind: 'forum', startDate: '2020-02-30' },
        'startDate',
        /date YYYY-MM-DD/,
      ],
      ['/api/countries', { id: 'country-xx', code: 'XX' }, 'code', /not an ISO 3166-1/],
      ['/api/institutions', { id: 'x-lab', name: 'X', kind: 'lab', type: 'Person' }, 'type', /takes a Institution/],
      [
        '/api/institutions',
        { id: 'x-lab', name: 'X', kind: 'lab', mentions: [{ document: 'nowhere', evidence: 'e' }] },
        'mentions[0].document',
        /unknown document/,
      ],
      ['/api/institutions', { id: 'x-lab', name: 'X', kind: 'lab', mentions: 'doc-000' }, 'mentions', /must be a list/],
    ];
    for (const [url, body, field, message] of cases) {
      const error = await refused(() => send('POST', url, body), 400, field);
      assert.match(error.message, message, `${field}: ${error.message}`);
      assert.ok(error.message.startsWith(`body ${field}`), error.message);
    }
    await refused(() => send('POST', '/api/institutions', ['not', 'an', 'object']), 400);
    await refused(
      () =>
        inject({
          method: 'POST',
          url: '/api/institutions',
          headers: { ...withKey(), 'content-type': 'application/json' },
          payload: '{"id": "x",',
        }),
      400,
    );
  });
});

describe('PATCH /api/<type>/:id', () => {
  it('changes the given properties, keeps the others, and removes those set to null', async () => {
    const response = await send('PATCH', '/api/institutions/kiel-marine-lab', {
      city: 'Kiel-Nord',
      website: 'https://kml.example',
      aliases: null,
    });
    assert.equal(response.statusCode, 200, response.body);
    const entity = (await get('/api/institutions/kiel-marine-lab')).json().entity;
    assert.equal(entity.city, 'Kiel-Nord');
    assert.equal(entity.website, 'https://kml.example');
    assert.equal(entity.name, 'Kiel Marine Lab');
    assert.deepEqual(entity.aliases, []);
    // Provenance is untouched by a property change.
    assert.equal((await get('/api/institutions/kiel-marine-lab')).json().provenance.length, 1);
  });

  it('finds a country by its ISO code', async () => {
    const response = await send('PATCH', '/api/countries/is', { aliases: ['Ísland'] });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json().entity.aliases, ['Ísland']);
  });

  it('refuses invalid changes, other ids and unknown entities', async () => {
    await refused(() => send('PATCH', '/api/institutions/kiel-marine-lab', { kind: 'castle' }), 400, 'kind');
    await refused(() => send('PATCH', '/api/institutions/kiel-marine-lab', { name: null }), 400, 'name');
    await refused(() => send('PATCH', '/api/institutions/kiel-marine-lab', { id: 'other-id' }), 400, 'id');
    await refused(() => send('PATCH', '/api/institutions/kiel-marine-lab', { mentions: [] }), 400, 'mentions');
    await refused(() => send('PATCH', '/api/institutions/no-such-institution', { city: 'X' }), 404, 'id');
    // The id exists, but it is a Country, not an Institution.
    await refused(() => send('PATCH', '/api/institutions/country-cn', { city: 'X' }), 404, 'id');
  });
});

describe('relationships and derived cooperation', () => {
  const partyTo = { type: 'PARTY_TO', source: 'kiel-marine-lab', target: 'hp-software-laboratory', role: 'partner' };
  const partyToId = 'kiel-marine-lab|PARTY_TO|hp-software-laboratory';

  it('creates a relationship, and the derivation adds the cooperation it implies', async () => {
    assert.equal(await cooperation('kiel-marine-lab', 'ocean-university-of-china'), null);
    const response = await send('POST', '/api/relationships', {
      ...partyTo,
      mentions: [
        { document: 'doc-002', evidence: 'the HP software laboratory between Ocean University and Hewlett-Packard' },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const relationship = response.json().relationship;
    assert.equal(relationship.id, partyToId);
    assert.deepEqual(relationship.documents, ['doc-002']);
    assert.equal(relationship.role, 'partner');
    const derived = await cooperation('kiel-marine-lab', 'ocean-university-of-china');
    assert.ok(derived, 'a COOPERATES_WITH edge to the other party of the agreement');
    assert.deepEqual(derived.agreementIds, ['hp-software-laboratory']);
    assert.notEqual(derived.stated, true);
    // Visible on the entity page too.
    const related = (await get('/api/institutions/kiel-marine-lab')).json().related;
    assert.ok(related.some((item: { relationship: { id: string } }) => item.relationship.id === partyToId));
  });

  it('answers 409 for an existing relationship and 400 for one the model does not allow', async () => {
    await refused(() => send('POST', '/api/relationships', partyTo), 409, 'target');
    await refused(() => send('POST', '/api/relationships', { ...partyTo, target: 'country-cn' }), 400, 'target');
    await refused(() => send('POST', '/api/relationships', { ...partyTo, source: 'no-such-thing' }), 400, 'source');
    await refused(() => send('POST', '/api/relationships', { ...partyTo, type: 'LIKES' }), 400, 'type');
    await refused(() => send('POST', '/api/relationships', { ...partyTo, role: 'owner' }), 400, 'role');
    await refused(
      () => send('POST', '/api/relationships', { ...partyTo, target: 'kiel-marine-lab', type: 'PART_OF' }),
      400,
      'target',
    );
    // Derived edges are the derivation's: a client cannot create one.
    await refused(
      () =>
        send('POST', '/api/relationships', {
          type: 'COOPERATES_WITH',
          source: 'kiel-marine-lab',
          target: 'country-is',
          stated: false,
        }),
      400,
      'stated',
    );
  });

  it('refuses to delete a derived cooperation edge (409), naming its agreements', async () => {
    const edge = await cooperation('kiel-marine-lab', 'ocean-university-of-china');
    const id = encodeURIComponent(String(edge?.id));
    const body = await refused(() => send('DELETE', `/api/relationships/${id}`), 409, 'id');
    assert.match(body.message, /hp-software-laboratory/);
  });

  it('marks a derived pair stated, and deleting the statement leaves it derived', async () => {
    // Either order of the pair names the same edge; it is stored from the smaller id to the larger.
    const response = await send('POST', '/api/relationships', {
      type: 'COOPERATES_WITH',
      source: 'ocean-university-of-china',
      target: 'kiel-marine-lab',
      mentions: [{ document: 'doc-002', evidence: 'cooperation' }],
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().relationship.id, 'kiel-marine-lab|COOPERATES_WITH|ocean-university-of-china');
    const stated = await cooperation('kiel-marine-lab', 'ocean-university-of-china');
    assert.equal(stated?.stated, true);
    assert.deepEqual(stated?.agreementIds, ['hp-software-laboratory'], 'the derivation still fills the agreements');
    await refused(
      () =>
        send('POST', '/api/relationships', {
          type: 'COOPERATES_WITH',
          source: 'kiel-marine-lab',
          target: 'ocean-university-of-china',
        }),
      409,
    );

    const removed = await send(
      'DELETE',
      '/api/relationships/ocean-university-of-china%7CCOOPERATES_WITH%7Ckiel-marine-lab',
    );
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal(removed.json().rederived, true);
    const after = await cooperation('kiel-marine-lab', 'ocean-university-of-china');
    assert.ok(after, 'still derived from the agreement');
    assert.notEqual(after.stated, true);
  });

  it('deletes a relationship by id, and the derivation drops the cooperation it implied', async () => {
    const response = await send('DELETE', `/api/relationships/${encodeURIComponent(partyToId)}`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { id: partyToId, type: 'PARTY_TO', rederived: true });
    assert.equal(await cooperation('kiel-marine-lab', 'ocean-university-of-china'), null);
    await refused(() => send('DELETE', `/api/relationships/${encodeURIComponent(partyToId)}`), 404, 'id');
    await refused(() => send('DELETE', '/api/relationships/a%7CLIKES%7Cb'), 400, 'id');
    await refused(() => send('DELETE', '/api/relationships/not-an-id'), 400, 'id');
  });
});

describe('DELETE /api/<type>/:id', () => {
  it('detach-deletes the entity; GET answers 404 afterwards', async () => {
    const before = await graphCounts(db);
    const response = await send('DELETE', '/api/institutions/kiel-marine-lab');
    assert.equal(response.statusCode, 200, response.body);
    // Its MENTIONED_IN and LOCATED_IN went with it.
    assert.deepEqual(response.json(), { id: 'kiel-marine-lab', type: 'Institution', deletedRelationships: 2 });
    assert.equal((await get('/api/institutions/kiel-marine-lab')).statusCode, 404);
    const now = await graphCounts(db);
    assert.equal(now.Institution, before.Institution! - 1);
    assert.equal(now.MENTIONED_IN, before.MENTIONED_IN! - 1);
    assert.equal(now.LOCATED_IN, before.LOCATED_IN! - 1);
    await refused(() => send('DELETE', '/api/institutions/kiel-marine-lab'), 404, 'id');
    await refused(() => send('DELETE', '/api/people/country-cn'), 404, 'id');
  });

  it('deleting an agreement removes the cooperation derived from it', async () => {
    const [row] = await db.read('writes/find-relationship', {
      source: 'hewlett-packard',
      target: 'ocean-university-of-china',
      type: 'COOPERATES_WITH',
      undirected: true,
    });
    assert.ok(row, 'the seed derives Hewlett-Packard and Ocean University from the HP software laboratory');
    const agreements = (row.properties as { agreementIds: string[] }).agreementIds;
    for (const agreement of agreements) {
      assert.equal((await send('DELETE', `/api/agreements/${agreement}`)).statusCode, 200);
    }
    const after = await cooperation('hewlett-packard', 'ocean-university-of-china');
    assert.ok(after === null || after.stated === true);
  });

  it('deleting a document also drops it from the provenance of relationships', async () => {
    const citing = (relationships: { type: string; documents?: string[] }[]) =>
      relationships.filter((r) => r.type !== 'MENTIONED_IN' && (r.documents ?? []).includes('doc-003'));
    const before = (await get('/api/export?format=json')).json();
    assert.ok(citing(before.relationships).length > 0, 'the seed cites doc-003 on relationships');
    const response = await send('DELETE', '/api/documents/doc-003');
    assert.equal(response.statusCode, 200, response.body);
    const after = (await get('/api/export?format=json')).json();
    assert.deepEqual(citing(after.relationships), []);
    // documents and evidence stay parallel lists.
    for (const relationship of after.relationships as { type: string; documents?: string[]; evidence?: string[] }[]) {
      if (relationship.type !== 'MENTIONED_IN')
        assert.equal(relationship.documents?.length, relationship.evidence?.length);
    }
  });
});

describe('write rate limit', () => {
  it('answers 429 in the error body once the shared budget is spent; reads are not limited', async () => {
    const limited = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '3' });
    try {
      const write = (url: string) =>
        limited.inject({ method: 'PATCH', url, headers: withKey(), payload: { description: 'rate limit test' } });
      // Three writes over different routes draw from one budget.
      assert.equal((await write('/api/institutions/ocean-university-of-china')).statusCode, 200);
      assert.equal(
        (await limited.inject({ method: 'POST', url: '/api/import', headers: withKey(), payload: {} })).statusCode,
        200,
      );
      assert.equal(
        (await limited.inject({ method: 'DELETE', url: '/api/relationships/a%7CPARTY_TO%7Cb', headers: withKey() }))
          .statusCode,
        404,
      );
      const response = await write('/api/people/no-such-person');
      assert.equal(response.statusCode, 429);
      assert.ok(isErrorBody(response.json()));
      assert.match(response.json().message, /at most 3 per minute/);
      assert.ok(Number(response.headers['retry-after']) > 0);
      for (let i = 0; i < 5; i += 1)
        assert.equal((await limited.inject({ method: 'GET', url: '/api/institutions?limit=1' })).statusCode, 200);
    } finally {
      await limited.close();
    }
  });
});
