/**
 * A hub-shaped graph
 * ==================
 *
 * A small graph whose plans matter: `HUB_SIZE` French institutions (fr-000 …), each party to one agreement with
 * one German institution (hub-de), so France has HUB_SIZE incoming LOCATED_IN and Germany HUB_SIZE incoming
 * COOPERATES_WITH from the derivation, while every French institution has a handful of relationships of its own.
 * A query over a few kept nodes that walks the incoming relationships of a kept country costs hundreds of times
 * what it should; test/db/query-plans.test.ts bounds that.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Database } from '../../server/db/database.js';
import { loadPath } from '../../server/ingest/load.js';
import { resetDatabase } from './context.js';

export const HUB_SIZE = 400;
export const frId = (index: number) => `fr-${String(index).padStart(3, '0')}`;

export function hubGraph() {
  const nodes: Record<string, unknown>[] = [
    { id: 'country-fr', type: 'Country', code: 'FR' },
    { id: 'country-de', type: 'Country', code: 'DE' },
    { id: 'hub-de', type: 'Institution', name: 'Hub Institute', kind: 'research-institute' },
  ];
  const relationships: Record<string, unknown>[] = [{ type: 'LOCATED_IN', source: 'hub-de', target: 'country-de' }];
  for (let index = 0; index < HUB_SIZE; index += 1) {
    const id = frId(index);
    nodes.push({ id, type: 'Institution', name: `Institut ${index}`, kind: 'university' });
    nodes.push({ id: `agreement-${id}`, type: 'Agreement', name: `Agreement ${index}`, kind: 'mou', startYear: 2020 });
    relationships.push({ type: 'LOCATED_IN', source: id, target: 'country-fr' });
    relationships.push({ type: 'PARTY_TO', source: id, target: `agreement-${id}` });
    relationships.push({ type: 'PARTY_TO', source: 'hub-de', target: `agreement-${id}` });
  }
  return { nodes, relationships };
}

/** Empties the database and loads the hub graph (with its derivation). */
export async function loadHubGraph(db: Database): Promise<void> {
  await resetDatabase(db);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-hub-'));
  try {
    writeFileSync(path.join(dir, 'hub.json'), JSON.stringify(hubGraph()));
    const result = await loadPath(db, dir);
    if (result.errors.length > 0) throw new Error(result.errors.map(String).join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
