/**
 * Snapshot loader
 * ===============
 *
 * Reads the cooperation graph from Neo4j into memory for the analytics: countries and fields in one query
 * each, institutions (with their outgoing COOPERATES_WITH edges) and agreements in pages of `pageSize`, walked
 * by id (keyset paging: every page is an index seek, where SKIP would rescan everything before it). The pages
 * are separate transactions; a write in between is caught by the data version (cache.ts), which is read
 * before the snapshot and changes with the write.
 */
import { type Database, int } from '../db/database.js';
import {
  type AgreementRow,
  type CooperationData,
  type CooperationRow,
  type InstitutionRow,
  type SnapshotRows,
  buildCooperationData,
} from './model.js';

export const SNAPSHOT_PAGE_SIZE = 10_000;

type Row = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/** Every row of a paged query, page after page until one comes back short. */
async function pages(db: Database, name: string, pageSize: number, onRow: (row: Row) => void): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db.read(name, { after, limit: int(pageSize) });
    for (const row of rows) {
      onRow(row);
      if (String(row.id) > after) after = String(row.id);
    }
    if (rows.length < pageSize) return;
  }
}

export async function readSnapshotRows(db: Database, options: { pageSize?: number } = {}): Promise<SnapshotRows> {
  const pageSize = options.pageSize ?? SNAPSHOT_PAGE_SIZE;
  const countries = (await db.read('analytics/countries')).map((row) => ({
    id: String(row.id),
    code: String(row.code),
    name: stringOrNull(row.name),
    region: stringOrNull(row.region),
  }));
  const fields = (await db.read('analytics/fields')).map((row) => ({ id: String(row.id), name: String(row.name ?? row.id) }));

  const institutions: InstitutionRow[] = [];
  const cooperation: CooperationRow[] = [];
  await pages(db, 'analytics/institutions-page', pageSize, (row) => {
    const id = String(row.id);
    institutions.push({
      id,
      name: String(row.name ?? id),
      kind: String(row.kind ?? 'other'),
      country: stringOrNull(row.country),
      fields: strings(row.fields),
      parents: strings(row.parents),
    });
    for (const edge of (row.edges ?? []) as Row[]) {
      cooperation.push({
        source: id,
        target: String(edge.target),
        weight: numberOrNull(edge.weight),
        stated: edge.stated === true,
        agreementIds: strings(edge.agreementIds),
      });
    }
  });

  const agreements: AgreementRow[] = [];
  await pages(db, 'analytics/agreements-page', pageSize, (row) => {
    const id = String(row.id);
    agreements.push({
      id,
      name: String(row.name ?? id),
      kind: String(row.kind ?? 'other'),
      startYear: numberOrNull(row.startYear),
      endYear: numberOrNull(row.endYear),
      status: stringOrNull(row.status),
      parties: strings(row.parties),
      countries: strings(row.countries),
      fields: strings(row.fields),
    });
  });

  return { countries, fields, institutions, cooperation, agreements };
}

/** The cooperation data of the whole database. */
export async function loadCooperationData(db: Database, options: { pageSize?: number } = {}): Promise<CooperationData> {
  return buildCooperationData(await readSnapshotRows(db, options));
}
