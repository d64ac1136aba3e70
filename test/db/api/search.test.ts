/**
 * GET /api/search: misspelt and partial names find the right entity first, types filter, and no input, however
 * hostile to Lucene, is anything but a normal answer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { testApp } from '../../helpers/app.js';
import { expectError } from '../../helpers/openapi.js';
import { byName, nodesOf } from '../../helpers/seed-graph.js';

const { get } = testApp();

const search = async (q: string, extra = '') => (await get(`/api/search?q=${encodeURIComponent(q)}${extra}`)).data.hits;

describe('GET /api/search', () => {
  it('finds seed entities first from misspelt, partial or transliterated names', async () => {
    const gusakov = nodesOf('Person').find((n) => n.name === 'Gusakov')!;
    const cases: [string, string][] = [
      ['Heriot Wat', byName('Heriot-Watt University').id],
      ['heriot-watt', byName('Heriot-Watt University').id],
      ['Gushakov', gusakov.id],
      ['Gusekof', gusakov.id],
      ['Qilu Univercity', byName('Qilu University of Technology (Shandong Academy of Sciences)').id],
      ['Univ of Aberdean', byName('University of Aberdeen').id],
      ['Ocean Universty China', byName('Ocean University of China').id],
      ['Hewlet Packard', byName('Hewlett-Packard').id],
      ['Shandong Vocational Colege', byName('Shandong Vocational College of Technology').id],
      ['École Centrale Nante', byName('Ecole Centrale de Nantes').id],
    ];
    for (const [q, id] of cases) {
      const hits = await search(q);
      assert.equal(hits[0]?.id, id, `"${q}" -> ${JSON.stringify(hits.slice(0, 3).map((h: { id: string }) => h.id))}`);
    }
  });

  it('gives each hit its type, aliases and a descending score', async () => {
    const hits = await search('university', '&limit=20');
    assert.ok(hits.length > 1);
    for (const hit of hits) {
      const node = nodesOf(hit.type).find((n) => n.id === hit.id);
      assert.ok(node, `${hit.id} is a ${hit.type} in the seed`);
      assert.deepEqual(hit.aliases, node.aliases ?? []);
    }
    for (let i = 1; i < hits.length; i += 1) assert.ok(hits[i - 1].score >= hits[i].score);
  });

  it('matches an ISO code to its country', async () => {
    const germany = nodesOf('Country').find((n) => n.code === 'DE')!;
    assert.equal((await search('DE'))[0].id, germany.id);
  });

  it('keeps only the requested types and at most limit hits', async () => {
    const people = await search('Gusakov', '&types=Event');
    assert.ok(people.length > 0);
    assert.ok(people.every((hit: { type: string }) => hit.type === 'Event'));
    const two = await search('university', '&types=Institution,Agreement&limit=2');
    assert.equal(two.length, 2);
    assert.ok(two.every((hit: { type: string }) => ['Institution', 'Agreement'].includes(hit.type)));
  });

  it('answers every hostile query normally, never a 500', async () => {
    const hostile = [
      '"',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '~',
      '*',
      '?',
      ':',
      '\\',
      '/',
      '^',
      '!',
      '+',
      '-',
      '&&',
      '||',
      'AND',
      'OR NOT',
      'name:*',
      'id:[a TO z]',
      'heriot^999',
      '"unclosed phrase',
      'a~~~~',
      '/regex.*/',
      '\\"; MATCH (n) DETACH DELETE n //',
      '*:*',
      '🙂 大学',
      'ä ö ü',
      'x'.repeat(200),
    ];
    for (const q of hostile) {
      const hits = await search(q);
      assert.ok(Array.isArray(hits), q);
    }
    assert.equal(nodesOf('Institution').length, (await get('/api/institutions?limit=1')).data.total);
  });

  it('answers 400 naming the parameter for a missing or bad one', async () => {
    await expectError(get, '/api/search', 400, 'q');
    await expectError(get, '/api/search?q=', 400, 'q');
    await expectError(get, '/api/search?q=x&limit=1000', 400, 'limit');
    await expectError(get, '/api/search?q=x&types=Planet', 400, 'types');
    await expectError(get, `/api/search?q=${'x'.repeat(201)}`, 400, 'q');
  });
});
