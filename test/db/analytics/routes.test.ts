/**
 * GET /api/analytics/* on the seed graph (seed/data/coopgraph.json), against the real Neo4j. The expected
 * answers are worked out from the seed file:
 *
 * - Shandong Vocational College of Technology (SVCT) works with Australia, Germany, Singapore, South Korea,
 *   Thailand, the United Kingdom and the United States (its agreements and stated cooperation) and, through its
 *   stated partner Genting Malaysia, Malaysia. No other college exists and no academic institution shares a
 *   partner with it, so its peers are the nine academic institutions that work abroad (a compatible kind, issue
 *   11; before, companies and alliances could be peers), Ocean University of China counting with its faculty.
 * - Ocean University of China's two joint labs: the HP Software Laboratory with Hewlett-Packard (US, software)
 *   and the Joint Business Intelligence Laboratory with SNP (Germany, business intelligence); its faculty's six
 *   agreements roll up into it.
 * - The Faculty of Information Science and Engineering joins eight partners, none of which work together
 *   directly: the Special Program (Aberdeen, Texas) and the NSFC project (Ifremer, the NSFC funder) are hubs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parse } from 'csv-parse/sync';

import { AnalyticsEngine } from '../../../server/analytics/engine.js';
import { bumpDataVersion, readDataVersion } from '../../../server/db/data-version.js';
import { loadCooperationData } from '../../../server/analytics/snapshot.js';
import { loadDataset } from '../../../server/ingest/load.js';
import { testApp } from '../../helpers/app.js';
import { NotFoundError } from '../../../core/errors.js';

const SVCT = 'shandong-vocational-college-of-technology';
const OUC = 'ocean-university-of-china';
const FACULTY = 'faculty-of-information-science-and-engineering';
const QILU = 'qilu-university-of-technology-shandong-academy-of-sciences';

const { db, inject } = testApp();

async function get(url: string) {
  const response = await inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

async function csv(url: string): Promise<{ type: string; rows: Record<string, string>[] }> {
  const response = await inject({ method: 'GET', url });
  assert.equal(response.statusCode, 200);
  return { type: String(response.headers['content-type']), rows: parse(response.body, { columns: true }) };
}

describe('GET /api/analytics/coverage-gaps', () => {
  it("finds SVCT's missing countries from its peers, naming them", async () => {
    const { status, body } = await get(`/api/analytics/coverage-gaps?institution=${SVCT}`);
    assert.equal(status, 200);
    assert.deepEqual(body.covered.map((country: { code: string }) => country.code).sort(), [
      'AU',
      'DE',
      'GB',
      'KR',
      'MY',
      'SG',
      'TH',
      'US',
    ]);
    assert.equal(body.peers.rule, 'compatible-kind');
    assert.equal(body.peers.count, 9);
    // Japan: OUC (its faculty's stated cooperation) and Qilu (the Sino-Japanese alliance); then Qilu's Ukraine,
    // New Zealand and Belarus (3, 2, 1 agreements), OUC's France (through the faculty) and Qilu's Russia (the
    // alliance): more peers first, then more agreements, then by name. Austria is gone (a test centre).
    assert.deepEqual(
      body.gaps.map((gap: { country: { code: string }; peerCount: number; agreements: number }) => [
        gap.country.code,
        gap.peerCount,
        gap.agreements,
      ]),
      [
        ['JP', 2, 0],
        ['UA', 1, 3],
        ['NZ', 1, 2],
        ['BY', 1, 1],
        ['FR', 1, 0],
        ['RU', 1, 0],
      ],
    );
    assert.deepEqual(
      body.gaps[0].peers.map((peer: { id: string }) => peer.id),
      [OUC, QILU],
    );
    assert.deepEqual(
      body.gaps[1].peers.map((peer: { id: string }) => peer.id),
      [QILU],
    );
    assert.equal(body.total, 6);
    assert.match(body.dataVersion, /\|/);
  });

  it('exports the gaps as CSV and honours limit', async () => {
    const { type, rows } = await csv(`/api/analytics/coverage-gaps?institution=${SVCT}&format=csv&limit=2`);
    assert.match(type, /^text\/csv/);
    assert.deepEqual(
      rows.map((row) => [row.rank, row.country_code, row.named_peers]),
      [
        ['1', 'JP', 'Ocean University of China; Qilu University of Technology (Shandong Academy of Sciences)'],
        ['2', 'UA', 'Qilu University of Technology (Shandong Academy of Sciences)'],
      ],
    );
  });

  it('answers 404 for an unknown institution or a country, 400 naming a bad or missing parameter', async () => {
    for (const id of ['no-such-institution', 'country-cn']) {
      const { status, body } = await get(`/api/analytics/coverage-gaps?institution=${id}`);
      assert.equal(status, 404);
      assert.equal(body.field, 'institution');
    }
    assert.equal((await get('/api/analytics/coverage-gaps')).body.field, 'institution');
    const bad = await get(`/api/analytics/coverage-gaps?institution=${SVCT}&similarity=2`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.field, 'similarity');
  });
});

describe('GET /api/analytics/recommendations', () => {
  it('recommends SNP to Hewlett-Packard through their shared partner Ocean University of China', async () => {
    const { status, body } = await get('/api/analytics/recommendations?institution=hewlett-packard');
    assert.equal(status, 200);
    const [first] = body.recommendations;
    assert.equal(first.institution.id, 'snp');
    // OUC has two partners: 1 / ln 2. China is the home of their partner OUC: no country reason (issue 11;
    // before, "both cooperate with China" added 0.25).
    assert.ok(Math.abs(first.score - 1 / Math.log(2)) < 1e-9);
    assert.deepEqual(first.reasons, ['your partner Ocean University of China works with them']);
  });

  it("ranks for Ocean University of China by shared interests, leaving out its faculty and its faculty's partners", async () => {
    const { body } = await get(`/api/analytics/recommendations?institution=${OUC}`);
    // OUC's countries that say something are Australia and Japan (its faculty's stated cooperation; the US, Germany,
    // the UK and France are its partners' homes). Qilu's are Australia, Ukraine, Belarus, Russia and Japan: 2 / 5.
    // Before issue 11: the Sino-German alliance, Aberdeen (its faculty's partner) and SVCT (a college, by China).
    assert.deepEqual(
      body.recommendations.map((item: { institution: { id: string }; countrySimilarity: number }) => [
        item.institution.id,
        item.countrySimilarity,
      ]),
      [[QILU, 2 / 5]],
    );
    assert.deepEqual(body.recommendations[0].reasons, ['both cooperate with Australia and Japan']);
    assert.ok(
      !body.recommendations.some((item: { institution: { id: string } }) =>
        [FACULTY, 'university-of-aberdeen'].includes(item.institution.id),
      ),
    );
    assert.equal(body.method, 'adamic-adar');
  });

  it('exports CSV and validates method and limit', async () => {
    const { rows } = await csv('/api/analytics/recommendations?institution=hewlett-packard&format=csv&limit=1');
    assert.deepEqual(
      rows.map((row) => row.id),
      ['snp'],
    );
    assert.equal(rows[0]!.shared_partners, 'Ocean University of China');
    assert.equal((await get(`/api/analytics/recommendations?institution=${OUC}&method=magic`)).body.field, 'method');
    assert.equal((await get(`/api/analytics/recommendations?institution=${OUC}&limit=0`)).body.field, 'limit');
  });
});

describe('GET /api/analytics/field-country-matrix', () => {
  it("places Ocean University of China's joint labs and its faculty's agreements in their field and country", async () => {
    const { body } = await get(`/api/analytics/field-country-matrix?institution=${OUC}`);
    const cell = (field: string, code: string) =>
      body.cells[body.fields.findIndex((f: { id: string }) => f.id === field)][
        body.countries.findIndex((c: { code: string }) => c.code === code)
      ];
    assert.equal(cell('business-intelligence', 'DE'), 1);
    assert.equal(cell('software', 'US'), 1);
    assert.equal(cell('computer-science-and-technology', 'GB'), 1); // the faculty's programme with Heriot-Watt
    assert.ok(!body.countries.some((c: { code: string }) => c.code === 'CN'));
    assert.equal(body.agreements, 8);
    // Its seven university peers have no agreement in its fields with its countries: no empty cell is a gap.
    assert.deepEqual([body.peers.rule, body.peers.count, body.gapCells], ['same-kind', 7, 0]);
    assert.equal(body.emptyCells, body.fields.length * body.countries.length - 3);
  });

  it('covers the whole network and exports a row per field with a column per country', async () => {
    const { body } = await get('/api/analytics/field-country-matrix');
    assert.equal(body.institution, null);
    // 38 before issue 11, less the two partyless ones, four test centres and the representative office.
    assert.equal(body.agreements, 31);
    assert.equal(body.gapCells, null);
    const { rows } = await csv('/api/analytics/field-country-matrix?format=csv');
    const software = rows.find((row) => row.field_id === 'software')!;
    assert.equal(software.US, '1');
    assert.equal(software.CN, '1');
    assert.equal(software.DE, '0');
    assert.equal(rows.length, body.fields.length + 1); // + the "(no field)" row
    assert.equal((await get('/api/analytics/field-country-matrix?institution=nobody')).status, 404);
  });
});

describe('GET /api/analytics/brokers', () => {
  it('ranks the faculty, SVCT and OUC as the brokers of the institution graph', async () => {
    const { body } = await get('/api/analytics/brokers?limit=3');
    assert.deepEqual(body.graph, { nodes: 21, edges: 17 });
    assert.equal(body.betweenness.method, 'exact');
    // The faculty bridges all 28 pairs of its eight partners (none work together since the Special Program and
    // the NSFC project are hubs: 26 before), SVCT the 15 pairs of its six, OUC one pair; normalised by
    // (21 − 1)(21 − 2) / 2 = 190 pairs.
    assert.deepEqual(
      body.brokers.map((node: { id: string }) => node.id),
      [FACULTY, SVCT, OUC],
    );
    const expected = [28 / 190, 15 / 190, 1 / 190];
    body.brokers.forEach((node: { betweenness: number }, index: number) =>
      assert.ok(Math.abs(node.betweenness - expected[index]!) < 1e-9),
    );
    // Four separate groups; each is one community.
    assert.equal(body.communities.count, 4);
    assert.deepEqual(
      body.communities.list.map((community: { size: number }) => community.size),
      [9, 7, 3, 2],
    );
    assert.equal(body.total, 21);
    assert.equal(body.nodes, undefined);
  });

  it('returns every node with its community on request, and the country scope', async () => {
    const { body } = await get('/api/analytics/brokers?nodes=true&limit=1');
    assert.equal(body.nodes.length, 21);
    const community = new Map(body.nodes.map((node: { id: string; community: number }) => [node.id, node.community]));
    assert.equal(community.get('hewlett-packard'), community.get(OUC));
    assert.notEqual(community.get(OUC), community.get(FACULTY));
    // With countries: the 21 plus the four alliances that cooperate with a country only, and the 14 countries
    // with a COOPERATES_WITH edge (no Austria: a test centre); 17 edges plus 34 institution→country edges.
    const withCountries = await get('/api/analytics/brokers?scope=cooperation&limit=500');
    assert.deepEqual(withCountries.body.graph, { nodes: 39, edges: 51 });
    const types = withCountries.body.brokers.map((node: { type: string }) => node.type);
    assert.equal(types.filter((type: string) => type === 'Country').length, 14);
    const { rows } = await csv('/api/analytics/brokers?format=csv&limit=2');
    assert.deepEqual(
      rows.map((row) => row.id),
      [FACULTY, SVCT],
    );
  });
});

describe('GET /api/analytics/weak-spots', () => {
  it('finds the countries, institutions and agreements that hang on too little', async () => {
    const { body } = await get('/api/analytics/weak-spots?limit=100');
    const countries = new Map(
      body.countries.items.map((item: { country: { code: string }; weaknesses: string[] }) => [
        item.country.code,
        item.weaknesses,
      ]),
    );
    // Thailand: the overseas campus of SVCT only. Malaysia: SVCT's stated partnership with Genting only.
    assert.deepEqual(countries.get('TH'), ['single-agreement', 'single-institution']);
    assert.deepEqual(countries.get('MY'), ['no-agreement', 'single-institution']);
    assert.deepEqual(countries.get('UZ'), ['single-agreement', 'no-institution']);
    assert.deepEqual(countries.get('JP'), ['no-agreement']);
    // France: the faculty's three agreements, and since the NSFC project is a hub only the faculty holds them.
    assert.deepEqual(countries.get('FR'), ['single-institution']);
    // Russia: two country-level agreements beside the Sino-Russian alliance (issue 11: no longer "a single
    // institution"); Austria: a test centre is no cooperation.
    for (const code of ['CN', 'AU', 'GB', 'US', 'DE', 'RU', 'AT']) assert.ok(!countries.has(code), code);

    const institutions = new Map(
      body.institutions.items.map((item: { institution: { id: string }; partner: { id: string } }) => [
        item.institution.id,
        item.partner.id,
      ]),
    );
    assert.equal(institutions.get('massey-university'), QILU);
    assert.equal(institutions.get('hewlett-packard'), OUC);
    assert.equal(institutions.get('snp'), OUC);
    assert.equal(institutions.get('sino-japanese-shandong-education-international-cooperation-alliance'), 'country-jp');
    assert.ok(!institutions.has(OUC)); // Hewlett-Packard and SNP: two

    // Three agreements carry a start year (2025); the other 28 of the 31 cooperation agreements none, and none
    // has ended (35 before issue 11: the partyless ones, the test centres and the office are gone from it).
    assert.equal(body.agreements.total, 28);
    assert.ok(body.agreements.items.every((item: { problems: string[] }) => item.problems.join() === 'undated'));
  });

  it('exports one table with a section column', async () => {
    const { rows } = await csv('/api/analytics/weak-spots?format=csv&limit=1');
    assert.deepEqual(
      rows.map((row) => row.section),
      ['country', 'institution', 'agreement'],
    );
  });
});

describe('GET /api/analytics/country-network', () => {
  it('links countries by the agreements between their institutions', async () => {
    const { body } = await get('/api/analytics/country-network');
    const edge = (a: string, b: string) =>
      body.edges.find(
        (item: { source: string; target: string }) => item.source === `country-${a}` && item.target === `country-${b}`,
      );
    // Australia–China: the PwC base, the campus, the accounting programme, the Oceania research centre.
    assert.equal(edge('au', 'cn').weight, 4);
    // China–Japan: no agreement, two stated cooperations (the faculty and the Sino-Japanese alliance).
    assert.deepEqual([edge('cn', 'jp').weight, edge('cn', 'jp').statedLinks], [0, 2]);
    // The Uzbek medicinal resources project links Russia and Uzbekistan too.
    assert.equal(edge('ru', 'uz').weight, 1);
    const filtered = await get('/api/analytics/country-network?minWeight=3');
    assert.ok(filtered.body.edges.every((item: { weight: number }) => item.weight >= 3));
    const { rows } = await csv('/api/analytics/country-network?format=csv');
    assert.deepEqual(Object.keys(rows[0]!).slice(0, 5), [
      'source_code',
      'source',
      'target_code',
      'target',
      'agreements',
    ]);
  });
});

describe('analytics cache and data version', () => {
  it('computes once per data version, in its worker, and again after a bump', async () => {
    const engine = new AnalyticsEngine(db, { pageSize: 20 });
    try {
      const first = await engine.run('brokers', {});
      const second = await engine.run('brokers', {});
      assert.deepEqual([first.cached, second.cached], [false, true]);
      assert.deepEqual(second.value, first.value);
      assert.equal(first.value.nodes[0]!.id, FACULTY);
      assert.equal(first.version, await readDataVersion(db));
      await bumpDataVersion(db);
      const third = await engine.run('brokers', {});
      assert.equal(third.cached, false);
      assert.notEqual(third.version, first.version);
      // An unknown institution is a domain error from the worker, rebuilt as one here, and is not kept.
      await assert.rejects(engine.run('coverage-gaps', { institution: 'nobody' }), (error: Error) => {
        assert.ok(error instanceof NotFoundError);
        assert.equal(error.name, 'NotFoundError');
        assert.equal(error.field, 'institution');
        return true;
      });
      await assert.rejects(engine.run('coverage-gaps', { institution: 'nobody' }), { name: 'NotFoundError' });
    } finally {
      await engine.close();
    }
  });

  it('answers while the data keeps changing: no snapshot load is abandoned for a newer one', async () => {
    // Writes faster than a snapshot loads (what a fuzzer or a busy import does): each read may meet a new version
    // twice or more before its answer comes back. Every call must end with an answer, never a stale-version error.
    const engine = new AnalyticsEngine(db, { pageSize: 5 });
    let writing = true;
    const writer = (async () => {
      while (writing) await bumpDataVersion(db);
    })();
    try {
      const reader = async () => {
        for (let k = 0; k < 15; k++) {
          const { value } = await engine.run('brokers', {});
          assert.ok(value.nodes.length > 0);
        }
      };
      await Promise.all([reader(), reader(), reader(), reader()]);
    } finally {
      writing = false;
      await writer;
      await engine.close();
    }
  });

  it('reads the same graph whatever the page size', async () => {
    const whole = await loadCooperationData(db);
    const paged = await loadCooperationData(db, { pageSize: 7 });
    assert.equal(paged.graph.order, whole.graph.order);
    assert.equal(paged.graph.size, whole.graph.size);
    assert.deepEqual(
      paged.agreements.map((item) => item.id),
      whole.agreements.map((item) => item.id),
    );
    assert.equal(whole.agreements.length, 31);
  });

  it('answers from the new data after a write', async () => {
    assert.deepEqual(
      (await get('/api/analytics/weak-spots?limit=100')).body.countries.items.find(
        (item: { country: { code: string } }) => item.country.code === 'TH',
      ).weaknesses,
      ['single-agreement', 'single-institution'],
    );
    // Ocean University of China opens a joint lab in Thailand: a second agreement, a second institution.
    const origin = { file: 'routes.test.ts', record: 'inline' };
    const result = await loadDataset(db, {
      nodes: [
        {
          id: 'ouc-thai-lab',
          type: 'Agreement',
          properties: { name: 'OUC Thai lab', kind: 'joint-lab' },
          mentions: [],
          origin,
        },
      ],
      relationships: [
        { type: 'PARTY_TO', source: OUC, target: 'ouc-thai-lab', properties: { role: 'lead' }, mentions: [], origin },
        { type: 'WITH_COUNTRY', source: 'ouc-thai-lab', target: 'country-th', properties: {}, mentions: [], origin },
      ],
    });
    assert.deepEqual(result.errors, []);
    const after = await get('/api/analytics/weak-spots?limit=100');
    assert.ok(!after.body.countries.items.some((item: { country: { code: string } }) => item.country.code === 'TH'));
  });
});
