/**
 * Snapshot loader
 * ===============
 *
 * Reads the cooperation graph from Neo4j for the analytics: countries and fields in one query each, then
 * institutions (with their outgoing COOPERATES_WITH edges) and agreements in pages of `pageSize`, walked by id
 * (keyset paging: every page is an index seek, where SKIP would rescan everything before it). Each page is ONE
 * row of columns (cypher/queries/analytics/*-columns.cypher): lists side by side, edge ends and parties as
 * integer node keys mapped back to ids here, since the driver's cost is rows, not values (211k rows with
 * nested lists took 22 s at 100k institutions). Nothing derivable is read: the agreements behind an edge are
 * computed from the agreements (model.ts `agreementsBetween`). Pages stay bounded because this runs on the
 * server's main thread: converting and handing over one page must stay well under the event-loop delay at
 * which the server starts refusing requests (1 s). The pages come
 * one at a time (`snapshotPages`), so the engine hands each to its worker thread as it arrives instead of
 * holding and copying the whole graph at once. The pages are separate transactions; a write in between is
 * caught by the data version (data-version.ts), which is read before the snapshot and changes with the write.
 */
import { type Database, int } from '../db/database.js';
import type { QueryName } from '../db/query-names.js';
import {
  type CooperationData,
  type CooperationRow,
  type CountryRow,
  type FieldRow,
  type SnapshotPatch,
  type SnapshotRows,
  buildCooperationData,
} from './model.js';

/** Institutions or agreements per page: one row of columns each, a few hundred thousand values to decode. */
export const SNAPSHOT_PAGE_SIZE = 10_000;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

type Columns = Record<string, unknown>;

const toCountry = (row: Columns): CountryRow => ({
  id: String(row.id),
  code: String(row.code),
  name: stringOrNull(row.name),
  region: stringOrNull(row.region),
});
const toField = (row: Columns): FieldRow => ({ id: String(row.id), name: String(row.name ?? row.id) });
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The one-row pages of a columnar query, walked by id, until a page comes back short. */
async function* columnPages(db: Database, name: QueryName, pageSize: number): AsyncGenerator<Columns> {
  let after = '';
  for (;;) {
    const [page = {}] = await db.read(name, { after, limit: int(pageSize) });
    const ids = list<string>(page.ids);
    if (ids.length > 0) after = ids[ids.length - 1]!;
    yield page;
    if (ids.length < pageSize) return;
  }
}

/** How many cooperation rows go to the worker at a time (the edges are known only once every node is). */
const EDGE_CHUNK = 20_000;

/** The snapshot as a sequence of partial row sets; concatenated, they are the whole `SnapshotRows`. */
export async function* snapshotPages(
  db: Database,
  options: { pageSize?: number } = {},
): AsyncGenerator<Partial<SnapshotRows>> {
  const pageSize = options.pageSize ?? SNAPSHOT_PAGE_SIZE;
  // Internal node key -> id, for the integer columns (countries and institutions).
  const idOf = new Map<number, string>();
  const countryRows = await db.read('analytics/countries');
  for (const row of countryRows) idOf.set(Number(row.key), String(row.id));
  yield { countries: countryRows.map(toCountry), fields: (await db.read('analytics/fields')).map(toField) };

  // Edge ends stay integer keys until every institution's key is known (an edge may point to a later page).
  const edges = { sources: [] as number[], targets: [] as number[], weights: [] as unknown[], stated: [] as unknown[] };
  for await (const page of columnPages(db, 'analytics/institution-columns', pageSize)) {
    const ids = list<string>(page.ids);
    const keys = list<number>(page.keys);
    const names = list<unknown>(page.names);
    const kinds = list<unknown>(page.kinds);
    const located = list<number>(page.countries);
    const fields = list<unknown>(page.fields);
    const parents = list<unknown>(page.parents);
    const memberOf = list<unknown>(page.memberOf);
    const institutions = ids.map((id, k) => {
      idOf.set(Number(keys[k]), id);
      return {
        id,
        name: String(names[k] ?? id),
        kind: String(kinds[k] ?? 'other'),
        country: idOf.get(Number(located[k])) ?? null,
        fields: strings(fields[k]),
        parents: strings(parents[k]),
        memberOf: strings(memberOf[k]),
      };
    });
    for (const key of ['sources', 'targets', 'weights', 'stated'] as const) {
      const into = edges[key] as unknown[];
      for (const value of list<unknown>(page[key])) into.push(value);
    }
    yield { institutions };
  }

  for (let start = 0; start < edges.sources.length; start += EDGE_CHUNK) {
    const cooperation: CooperationRow[] = [];
    for (let k = start; k < Math.min(start + EDGE_CHUNK, edges.sources.length); k += 1) {
      const source = idOf.get(Number(edges.sources[k]));
      const target = idOf.get(Number(edges.targets[k]));
      if (source === undefined || target === undefined) continue;
      cooperation.push({ source, target, weight: numberOrNull(edges.weights[k]), stated: edges.stated[k] === true });
    }
    yield { cooperation };
  }

  for await (const page of columnPages(db, 'analytics/agreement-columns', pageSize)) {
    const names = list<unknown>(page.names);
    const kinds = list<unknown>(page.kinds);
    const startYears = list<unknown>(page.startYears);
    const endYears = list<unknown>(page.endYears);
    const statuses = list<unknown>(page.statuses);
    const topologies = list<unknown>(page.topologies);
    const leads = list<unknown>(page.leads);
    const parties = list<unknown>(page.parties);
    const withCountries = list<unknown>(page.countries);
    const fields = list<unknown>(page.fields);
    const ids = (keys: unknown) =>
      list<number>(keys)
        .map((key) => idOf.get(Number(key)))
        .filter((id): id is string => id !== undefined);
    yield {
      agreements: list<string>(page.ids).map((id, k) => ({
        id,
        name: String(names[k] ?? id),
        kind: String(kinds[k] ?? 'other'),
        startYear: numberOrNull(startYears[k]),
        endYear: numberOrNull(endYears[k]),
        status: stringOrNull(statuses[k]),
        topology: stringOrNull(topologies[k]),
        parties: ids(parties[k]),
        leads: ids(leads[k]),
        countries: ids(withCountries[k]),
        fields: strings(fields[k]),
      })),
    };
  }
}

/**
 * The rows of the `touched` ids as they stand now, for a patch of a built snapshot (model.ts `SnapshotPatch`):
 * the institutions among them with every cooperation edge at each, the agreements among them, and as `removed`
 * the ids that are neither (deleted, or of a label the snapshot does not hold); countries and fields whole.
 */
export async function readSnapshotPatch(db: Database, touched: Set<string>): Promise<SnapshotPatch> {
  const ids = [...touched];
  const [countries, fields, institutionRows, agreementRows] = [
    await db.read('analytics/countries'),
    await db.read('analytics/fields'),
    await db.read('analytics/institutions-of', { ids }),
    await db.read('analytics/agreements-of', { ids }),
  ];
  const cooperation: CooperationRow[] = [];
  const institutions = institutionRows.map((row) => {
    const id = String(row.id);
    for (const edge of list<Columns>(row.cooperation)) {
      cooperation.push({
        source: id,
        target: String(edge.target),
        weight: numberOrNull(edge.weight),
        stated: edge.stated === true,
      });
    }
    return {
      id,
      name: String(row.name ?? id),
      kind: String(row.kind ?? 'other'),
      country: stringOrNull(row.country),
      fields: strings(row.fields),
      parents: strings(row.parents),
      memberOf: strings(row.memberOf),
    };
  });
  const agreements = agreementRows.map((row) => ({
    id: String(row.id),
    name: String(row.name ?? row.id),
    kind: String(row.kind ?? 'other'),
    startYear: numberOrNull(row.startYear),
    endYear: numberOrNull(row.endYear),
    status: stringOrNull(row.status),
    topology: stringOrNull(row.topology),
    parties: strings(row.parties),
    leads: strings(row.leads),
    countries: strings(row.countries),
    fields: strings(row.fields),
  }));
  const found = new Set([...institutions, ...agreements].map((row) => row.id));
  return {
    countries: countries.map(toCountry),
    fields: fields.map(toField),
    institutions,
    cooperation,
    agreements,
    removed: ids.filter((id) => !found.has(id)),
  };
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
