/**
 * The seed answers as a careful reader of the four texts would (issue 11), through the API and the CSV. Each
 * test states its expected answer in words from the texts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies validated against the OpenAPI document, read field by field */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';

import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';

const OUC = 'ocean-university-of-china';
const FACULTY = 'faculty-of-information-science-and-engineering';
const QILU = 'qilu-university-of-technology-shandong-academy-of-sciences';
const ABERDEEN = 'university-of-aberdeen';
const TEXAS = 'university-of-texas';

const db = openTestDatabase();
let app: FastifyInstance;

async function get(url: string): Promise<any> {
  let response = await app.inject({ method: 'GET', url });
  // A 503 is the server's load guard (an event loop stalled > 1 s on a busy machine), not an answer: wait, retry.
  for (let attempt = 0; response.statusCode === 503 && attempt < 10; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    response = await app.inject({ method: 'GET', url });
  }
  assert.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 300)}`);
  return response.headers['content-type']?.toString().startsWith('text/csv')
    ? parse(response.body, { columns: true })
    : response.json();
}

const partnerIds = (body: { partners: { partner: { id: string } }[] }) => body.partners.map((p) => p.partner.id);

before(async () => {
  await loadSeed(db);
  app = await buildTestApp(db);
});
after(async () => {
  await app?.close();
  await db.close();
});

describe('hierarchy: a faculty works for its university', () => {
  it("Ocean University of China's partner countries include the United Kingdom, through its faculty", async () => {
    const body = await get(`/api/partners/${OUC}`);
    const uk = body.partners.find((p: any) => p.partner.id === 'country-gb');
    assert.ok(uk, 'the United Kingdom is a partner');
    assert.equal(uk.tie, 'unit');
    assert.deepEqual(
      uk.via.map((v: { id: string }) => v.id),
      [FACULTY],
    );
    // "the Computer Science and Technology (Sino-foreign Cooperation) program in collaboration with Heriot-Watt
    // University in the UK": the faculty's evidence comes with it.
    const heriotWatt = body.partners.find((p: any) => p.partner.id === 'heriot-watt-university');
    assert.ok(heriotWatt.evidence.some((e: any) => /Heriot-Watt University in the UK/.test(e.evidence)));
    // Its own: the HP software laboratory and the joint business intelligence laboratory (HP, SNP, the US, Germany).
    assert.equal(body.counts.direct, 4);
    assert.deepEqual(
      body.through.map((t: { id: string }) => t.id),
      [FACULTY],
    );
    assert.ok(body.through[0].partners > 4);
    const direct = await get(`/api/partners/${OUC}?directOnly=true`);
    assert.deepEqual(partnerIds(direct).sort(), ['country-de', 'country-us', 'hewlett-packard', 'snp']);
  });

  it('the United Kingdom is no coverage gap of Ocean University of China, and Aberdeen no recommendation', async () => {
    const gaps = await get(`/api/analytics/coverage-gaps?institution=${OUC}`);
    assert.ok(gaps.covered.some((c: { code: string }) => c.code === 'GB'));
    assert.ok(!gaps.gaps.some((g: { country: { code: string } }) => g.country.code === 'GB'));
    const recommendations = await get(`/api/analytics/recommendations?institution=${OUC}&limit=100`);
    assert.ok(!recommendations.recommendations.some((r: any) => [ABERDEEN, FACULTY].includes(r.institution.id)));
  });
});

describe('topology: "a programme with A in X, B in Y" is a list of separate partners', () => {
  it('Aberdeen and Texas are not partners, and the UK and the US are not linked through them', async () => {
    assert.ok(!partnerIds(await get(`/api/partners/${ABERDEEN}`)).includes(TEXAS));
    assert.ok(!partnerIds(await get(`/api/partners/${ABERDEEN}`)).includes('country-us'));
    assert.ok(!partnerIds(await get('/api/partners/GB')).includes(TEXAS));
    const network = await get('/api/analytics/country-network');
    assert.ok(!network.edges.some((e: any) => e.source === 'country-gb' && e.target === 'country-us'));
    // Both are partners of the faculty that leads the programme.
    assert.deepEqual(partnerIds(await get(`/api/partners/${TEXAS}`)).sort(), ['country-cn', FACULTY]);
  });
});

describe('alliances: Qilu joined the Sino-Russian, Sino-Japanese and Sino-Belarusian alliances', () => {
  it('Qilu cooperates with Russia and Japan through the alliances it joined', async () => {
    const body = await get(`/api/partners/${QILU}`);
    for (const code of ['ru', 'jp']) {
      const tie = body.partners.find((p: any) => p.partner.id === `country-${code}`);
      assert.equal(tie?.tie, 'alliance', code);
    }
    const gaps = await get(`/api/analytics/coverage-gaps?institution=${QILU}`);
    assert.ok(['RU', 'JP'].every((code) => gaps.covered.some((c: { code: string }) => c.code === code)));
  });

  it('Qilu is not recommended an alliance it joined (nor any alliance, unless it asks)', async () => {
    const joined = [
      'sino-russian-shandong-education-international-cooperation-alliance',
      'sino-japanese-shandong-education-international-cooperation-alliance',
      'sino-belarusian-shandong-education-international-cooperation-alliance',
      'national-local-academy-of-sciences-joint-conference',
    ];
    const plain = await get(`/api/analytics/recommendations?institution=${QILU}&limit=100`);
    assert.ok(!plain.recommendations.some((r: any) => r.institution.kind === 'alliance'));
    const asked = await get(`/api/analytics/recommendations?institution=${QILU}&limit=100&kinds=alliance,association`);
    assert.ok(!asked.recommendations.some((r: any) => joined.includes(r.institution.id)));
  });

  it('a vocational-education alliance is not recommended to a university', async () => {
    const body = await get(`/api/analytics/recommendations?institution=${OUC}&limit=100`);
    assert.ok(
      body.recommendations.every((r: any) => !['alliance', 'association', 'company'].includes(r.institution.kind)),
    );
  });
});

describe('what is not cooperation', () => {
  it('"the Austrian German language certificate ... test center" does not make Austria a partner country', async () => {
    assert.ok(!partnerIds(await get(`/api/partners/${QILU}`)).includes('country-at'));
  });

  it('the China-Russia agreements signed in Jinan keep Russia off the weak spots: 2 country-level agreements', async () => {
    const body = await get('/api/analytics/weak-spots?limit=100');
    assert.ok(!body.countries.items.some((item: any) => item.country.code === 'RU'));
    // Uzbekistan: only the medicinal resources project, signed between countries.
    const uz = body.countries.items.find((item: any) => item.country.code === 'UZ');
    assert.equal(uz.countryLevelAgreements, 1);
    assert.match(uz.reason, /a single country-level agreement/);
  });
});

describe('reasons a person would accept', () => {
  it('Heriot-Watt is not told that others "cooperate with China" like it (China is its partner\'s home)', async () => {
    const body = await get('/api/analytics/recommendations?institution=heriot-watt-university&limit=100');
    for (const item of body.recommendations)
      assert.ok(!item.reasons.includes('both cooperate with China'), item.institution.id);
    assert.match(body.definition, /equal scores: the candidate with more agreements first/);
  });

  it("Ocean University of China's heatmap drops China and counts as gaps only cells its peers fill", async () => {
    const body = await get(`/api/analytics/field-country-matrix?institution=${OUC}`);
    assert.ok(!body.countries.some((c: { code: string }) => c.code === 'CN'));
    let gaps = 0;
    body.cells.forEach((row: number[], r: number) =>
      row.forEach((value, column) => {
        if (value === 0 && body.peerCells[r][column] > 0) gaps += 1;
      }),
    );
    assert.equal(body.gapCells, gaps);
    assert.ok(body.gapCells < body.emptyCells);
  });

  it('the coverage gaps CSV names the peer rule that applied', async () => {
    const json = await get(`/api/analytics/coverage-gaps?institution=${OUC}`);
    assert.match(json.peers.definition, /^institutions of/);
    assert.ok(json.peers.sample.every((peer: any) => !['company', 'alliance', 'government'].includes(peer.kind)));
    const rows = await get(`/api/analytics/coverage-gaps?institution=${OUC}&format=csv`);
    assert.ok(Array.isArray(rows));
  });
});
