/**
 * /api/network's two paths give one answer: the top-k read in Cypher by the stored, indexed degree
 * (NetworkRepository.topK) and the candidates read whole and capped here (NetworkRepository.candidates, which
 * still serves agreement filters), for the seed and the hub graph, uncapped and under small caps, per label set
 * and country filter. Also: the stored degrees follow a write, and a reload of the same input changes nothing.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import type { GraphPayload } from '../../core/contract/common.js';
import type { NetworkType } from '../../core/model.js';
import { type NetworkFilters, NetworkRepository } from '../../server/repositories/network-repository.js';
import { SEED_DIR } from '../../server/ingest/seed.js';
import { loadPath } from '../../server/ingest/load.js';
import { loadSeed, openTestDatabase } from '../helpers/context.js';
import { loadHubGraph } from '../helpers/hub-graph.js';

const db = openTestDatabase();
const repository = new NetworkRepository(db);
after(() => db.close());

const ALL: NetworkType[] = ['Institution', 'Country', 'Agreement', 'Person', 'Event', 'Field'];
const CASES: Omit<NetworkFilters, 'limit'>[] = [
  { types: ['Institution', 'Country'] },
  { types: ['Institution'] },
  { types: ['Country'] },
  { types: ['Institution', 'Country', 'Agreement'] },
  { types: ['Institution', 'Country', 'Person', 'Event'] },
  { types: ['Institution', 'Agreement', 'Field'] },
  { types: ALL },
  { types: ['Institution', 'Country'], countries: ['CN'] },
  { types: ['Institution', 'Country'], countries: ['FR', 'DE', 'RU'] },
  { types: ['Institution'], countries: ['DE', 'FR'] },
];
const LIMITS = [1, 3, 10, 50, 200_000];

/** Edges in a canonical order: both paths return the same set, each in its own order. */
const canonical = (payload: GraphPayload) => ({
  ...payload,
  edges: [...payload.edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
});

async function assertSameAnswers(label: string): Promise<number> {
  let compared = 0;
  for (const filters of CASES) {
    for (const limit of LIMITS) {
      const expected = await repository.candidates({ ...filters, limit });
      const actual = await repository.topK({ ...filters, limit });
      assert.deepEqual(canonical(actual), canonical(expected), `${label}: ${JSON.stringify({ ...filters, limit })}`);
      compared += expected.nodes.length;
    }
  }
  return compared;
}

describe('network top-k in Cypher', () => {
  it('answers as the candidates path does on the seed', async () => {
    await loadSeed(db);
    assert.ok((await assertSameAnswers('seed')) > 100, 'the cases compare real graphs');
    const full = await repository.topK({ types: ['Institution', 'Country'], limit: 200_000 });
    assert.ok(full.edges.length > 10 && full.nodes.some((node) => node.partners > 0));
  });

  it('answers as the candidates path does on the hub graph, where ties and caps cut through a hub', async () => {
    await loadHubGraph(db);
    await assertSameAnswers('hub');
    const top = await repository.topK({ types: ['Institution', 'Country'], limit: 2 });
    assert.deepEqual(
      top.nodes.map((node) => node.id),
      ['hub-de', 'country-de'],
    );
    assert.equal(top.truncated, true);
  });

  it('keeps the stored degrees current across a reload of the same input', async () => {
    await loadSeed(db);
    const before = await repository.topK({ types: ALL, limit: 200_000 });
    const result = await loadPath(db, SEED_DIR);
    assert.equal(result.summary?.nodes.updated, 0, 'a reload updates no node (the stored degree is kept)');
    assert.deepEqual(canonical(await repository.topK({ types: ALL, limit: 200_000 })), canonical(before));
  });
});
