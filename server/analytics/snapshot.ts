/**
 * Snapshot loader
 * ===============
 *
 * Reads the cooperation graph from Neo4j for the analytics: countries and fields in one query each, then
 * institutions (with their outgoing COOPERATES_WITH edges) and agreements in pages of `pageSize`, walked by id
 * (keyset paging: every page is an index seek, where SKIP would rescan everything before it). Pages are small
 * because this runs on the server's main thread: converting and handing over one page must stay well under the
 * event-loop delay at which the server starts refusing requests (1 s). The pages come
 * one at a time (`snapshotPages`), so the engine hands each to its worker thread as it arrives instead of
 * holding and copying the whole graph at once. The pages are separate transactions; a write in between is
 * caught by the data version (data-version.ts), which is read before the snapshot and changes with the write.
 */
import { type Database, int } from '../db/database.js';
import type { QueryName } from '../db/query-names.js';
import { type CooperationData, type SnapshotRows, buildCooperationData } from './model.js';

export const SNAPSHOT_PAGE_SIZE = 2_000;

type Row = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/** The rows of a paged query, one page at a time, until a page comes back short. */
async function* pages(db: Database, name: QueryName, pageSize: number): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await db.read(name, { after, limit: int(pageSize) });
    for (const row of rows) if (String(row.id) > after) after = String(row.id);
    yield rows;
    if (rows.length < pageSize) return;
  }
}

/** The snapshot as a sequence of partial row sets; concatenated, they are the whole `SnapshotRows`. */
export async function* snapshotPages(
  db: Database,
  options: { pageSize?: number } = {},
): AsyncGenerator<Partial<SnapshotRows>> {
  const pageSize = options.pageSize ?? SNAPSHOT_PAGE_SIZE;
  yield {
    countries: (await db.read('analytics/countries')).map((row) => ({
      id: String(row.id),
      code: String(row.code),
      name: stringOrNull(row.name),
      region: stringOrNull(row.region),
    })),
    fields: (await db.read('analytics/fields')).map((row) => ({
      id: String(row.id),
      name: String(row.name ?? row.id),
    })),
  };

  for await (const rows of pages(db, 'analytics/institutions-page', pageSize)) {
    const page: Pick<SnapshotRows, 'institutions' | 'cooperation'> = { institutions: [], cooperation: [] };
    for (const row of rows) {
      const id = String(row.id);
      page.institutions.push({
        id,
        name: String(row.name ?? id),
        kind: String(row.kind ?? 'other'),
        country: stringOrNull(row.country),
        fields: strings(row.fields),
        parents: strings(row.parents),
        memberOf: strings(row.memberOf),
      });
      for (const edge of (row.edges ?? []) as Row[]) {
        page.cooperation.push({
          source: id,
          target: String(edge.target),
          weight: numberOrNull(edge.weight),
          stated: edge.stated === true,
          agreementIds: strings(edge.agreementIds),
        });
      }
    }
    yield page;
  }

  for await (const rows of pages(db, 'analytics/agreements-page', pageSize)) {
    yield {
      agreements: rows.map((row) => {
        const id = String(row.id);
        return {
          id,
          name: String(row.name ?? id),
          kind: String(row.kind ?? 'other'),
          startYear: numberOrNull(row.startYear),
          endYear: numberOrNull(row.endYear),
          status: stringOrNull(row.status),
          topology: stringOrNull(row.topology),
          parties: strings(row.parties),
          leads: strings(row.leads),
          countries: strings(row.countries),
          fields: strings(row.fields),
        };
      }),
    };
  }
}

export const emptyRows = (): SnapshotRows => ({
  countries: [],
  fields: [],
  institutions: [],
  cooperation: [],
  agreements: [],
});

/** Appends a page to the rows gathered so far. */
export function addPage(into: SnapshotRows, page: Partial<SnapshotRows>): void {
  for (const key of Object.keys(into) as (keyof SnapshotRows)[]) {
    const more = page[key];
    // push(...more) would overflow the stack on a large page.
    if (more) for (const row of more) (into[key] as unknown[]).push(row);
  }
}

export async function readSnapshotRows(db: Database, options: { pageSize?: number } = {}): Promise<SnapshotRows> {
  const rows = emptyRows();
  for await (const page of snapshotPages(db, options)) addPage(rows, page);
  return rows;
}

/** The cooperation data of the whole database, read and built in this thread. */
export async function loadCooperationData(
  db: Database,
  options: { pageSize?: number; nonCooperationKinds?: readonly string[] } = {},
): Promise<CooperationData> {
  return buildCooperationData(await readSnapshotRows(db, options), options);
}
