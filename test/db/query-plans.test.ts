/**
 * Query plans that matter: the database work (db hits, PROFILEd through the driver) of the queries over a kept
 * node set, on a known hub-shaped graph (test/helpers/hub-graph.ts: France with 400 incoming LOCATED_IN, Germany
 * with 400 incoming COOPERATES_WITH). A plan that walks a kept country's incoming relationships costs thousands
 * of hits here (and 375k at 100k institutions); expanding outgoing from the kept nodes costs tens. The bounds
 * leave a wide margin above the good plan and far below the bad one, so they fail on a regression, not on noise.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { query } from '../../server/db/cypher.js';
import { profile } from '../../server/db/profile.js';
import { openTestDatabase } from '../helpers/context.js';
import { HUB_SIZE, frId, loadHubGraph } from '../helpers/hub-graph.js';

const db = openTestDatabase();
before(() => loadHubGraph(db));
after(() => db.close());

/** Two French institutions, their agreement and both countries: the hubs are kept, their spokes are not. */
const KEPT = [frId(0), frId(1), `agreement-${frId(0)}`, 'country-fr', 'country-de'];
/** What the good plan does here is about 60 hits; the far-end plan does several thousand. */
const MAX_DB_HITS = 300;

/** The relationships between the kept nodes, by type, from the whole graph (admin/dump), whatever the plan. */
async function between(types: (type: string) => boolean): Promise<string[]> {
  const kept = new Set(KEPT);
  const found: string[] = [];
  for (const row of await db.read('admin/dump')) {
    if (!kept.has(String(row.id))) continue;
    for (const r of row.relationships as { type: string; target: string }[]) {
      if (kept.has(r.target) && types(r.type)) found.push(`${row.id}|${r.type}|${r.target}`);
    }
  }
  return found.sort();
}

describe('queries over a kept node set expand from the kept nodes', () => {
  it('neighborhood/edges: every relationship between the kept nodes, without walking the hubs', async () => {
    const result = await profile(db.driver, db.database, query('neighborhood/edges'), { ids: KEPT });
    const expected = await between((type) => type !== 'MENTIONED_IN');
    assert.ok(expected.length >= 3, 'LOCATED_IN France twice, PARTY_TO once at least');
    assert.deepEqual(result.records.map((row) => String(row.id)).sort(), expected);
    assert.ok(
      result.dbHits < MAX_DB_HITS,
      `${result.dbHits} db hits (bound ${MAX_DB_HITS}): ${result.operators.join(' ')}`,
    );
    assert.ok(result.maxOperatorRows < HUB_SIZE / 4, `an operator produced ${result.maxOperatorRows} rows`);
  });

  it('network/edges-between: the drawn edges between the kept nodes, without walking the hubs', async () => {
    const types = ['COOPERATES_WITH', 'PARTY_TO', 'WITH_COUNTRY'];
    const result = await profile(db.driver, db.database, query('network/edges-between'), { ids: KEPT, types });
    const expected = await between((type) => types.includes(type));
    assert.ok(expected.length >= 1, 'PARTY_TO fr-000 to its agreement at least');
    assert.deepEqual(
      result.records.map((row) => String(row.edge).split(' ').slice(0, 3).join(' ')).sort(),
      expected
        .map((key) => {
          const [a, t, b] = key.split('|');
          return `${t} ${a} ${b}`;
        })
        .sort(),
    );
    assert.ok(
      result.dbHits < MAX_DB_HITS,
      `${result.dbHits} db hits (bound ${MAX_DB_HITS}): ${result.operators.join(' ')}`,
    );
    assert.ok(result.maxOperatorRows < HUB_SIZE / 4, `an operator produced ${result.maxOperatorRows} rows`);
  });
});
