/**
 * The cooperation data the analytics work on
 * ==========================================
 *
 * One in-memory picture of the graph, built from plain rows (read from Neo4j by `snapshot.ts`, or written by
 * hand in tests): a graphology graph of institutions and countries joined by the materialised COOPERATES_WITH
 * edges (docs/data-model.md), and beside it the agreements with their parties, countries and fields. Every
 * analysis is a pure function of this, so the tests need no database.
 */
import { UndirectedGraph } from 'graphology';

// ---------------------------------------------------------------------------------------------------------------
// Rows: what the loader reads

export interface CountryRow {
  id: string;
  code: string;
  name: string | null;
  region: string | null;
}

export interface FieldRow {
  id: string;
  name: string;
}

export interface InstitutionRow {
  id: string;
  name: string;
  kind: string;
  /** The id of the country it is LOCATED_IN, if any. */
  country: string | null;
  /** Its own IN_FIELD fields (the fields of its agreements are added when the graph is built). */
  fields: string[];
  /** Institutions it is PART_OF. */
  parents: string[];
}

/**
 * One COOPERATES_WITH relationship: institution–institution or institution→country. The agreements behind it
 * are not part of the row: `agreementsBetween` derives them from the agreements (a test may still name them).
 */
export interface CooperationRow {
  source: string;
  target: string;
  weight: number | null;
  stated: boolean | null;
  agreementIds?: string[] | null;
}

export interface AgreementRow {
  id: string;
  name: string;
  kind: string;
  startYear: number | null;
  endYear: number | null;
  status: string | null;
  /** Institutions PARTY_TO it. */
  parties: string[];
  /** Countries it is WITH_COUNTRY. */
  countries: string[];
  fields: string[];
}

export interface SnapshotRows {
  countries: CountryRow[];
  fields: FieldRow[];
  institutions: InstitutionRow[];
  cooperation: CooperationRow[];
  agreements: AgreementRow[];
}

// ---------------------------------------------------------------------------------------------------------------
// The graph

export interface InstitutionAttributes {
  type: 'Institution';
  name: string;
  kind: string;
  /** Country node id, or null when the data does not say where it is. */
  country: string | null;
  /** Its own fields and the fields of the agreements it is party to, sorted. */
  fields: string[];
  parents: string[];
}

export interface CountryAttributes {
  type: 'Country';
  name: string;
  code: string;
  region: string | null;
}

export type NodeAttributes = InstitutionAttributes | CountryAttributes;

export interface EdgeAttributes {
  /** Number of agreements behind the edge (as the derivation stored it); 0 for stated cooperation alone. */
  weight: number;
  stated: boolean;
}

export type CooperationGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface Agreement extends AgreementRow {
  /** Every country the agreement involves: its WITH_COUNTRY countries and its parties' countries, sorted. */
  allCountries: string[];
}

export interface CooperationData {
  graph: CooperationGraph;
  agreements: Agreement[];
  agreementsById: Map<string, Agreement>;
  fields: Map<string, FieldRow>;
  /** Agreements each institution is party to. */
  agreementsOf: Map<string, Agreement[]>;
}

/** A reference to a node in results: enough to name and link it. */
export interface Ref {
  id: string;
  name: string;
}

export interface InstitutionRef extends Ref {
  kind: string;
  /** ISO code of its country. */
  country: string | null;
}

export interface CountryRef extends Ref {
  code: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Building

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Builds the cooperation data from rows; edges whose endpoints were not read are skipped. */
export function buildCooperationData(rows: SnapshotRows): CooperationData {
  const graph: CooperationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const country of rows.countries) {
    graph.mergeNode(country.id, { type: 'Country', name: country.name ?? country.code, code: country.code, region: country.region });
  }

  const institutionCountry = new Map<string, string | null>();
  for (const row of rows.institutions) {
    const country = row.country !== null && graph.hasNode(row.country) ? row.country : null;
    institutionCountry.set(row.id, country);
  }

  const agreements: Agreement[] = rows.agreements.map((row) => {
    const parties = sorted(row.parties.filter((id) => institutionCountry.has(id)));
    const countries = sorted(row.countries.filter((id) => graph.hasNode(id)));
    const partyCountries = parties.map((id) => institutionCountry.get(id)).filter((id): id is string => !!id);
    return { ...row, parties, countries, fields: sorted(row.fields), allCountries: sorted([...countries, ...partyCountries]) };
  });
  agreements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const agreementsOf = new Map<string, Agreement[]>();
  for (const agreement of agreements) {
    for (const party of agreement.parties) {
      const list = agreementsOf.get(party);
      if (list) list.push(agreement);
      else agreementsOf.set(party, [agreement]);
    }
  }

  for (const row of rows.institutions) {
    const fields = [...row.fields];
    for (const agreement of agreementsOf.get(row.id) ?? []) fields.push(...agreement.fields);
    graph.mergeNode(row.id, {
      type: 'Institution',
      name: row.name,
      kind: row.kind,
      country: institutionCountry.get(row.id) ?? null,
      fields: sorted(fields),
      parents: sorted(row.parents),
    });
  }

  for (const row of rows.cooperation) {
    if (row.source === row.target || !graph.hasNode(row.source) || !graph.hasNode(row.target)) continue;
    // Stored once per pair; mergeEdge keeps one edge even if a pair were stored both ways.
    graph.mergeEdge(row.source, row.target, { weight: row.weight ?? 0, stated: row.stated === true });
  }

  return {
    graph,
    agreements,
    agreementsById: new Map(agreements.map((agreement) => [agreement.id, agreement])),
    fields: new Map(rows.fields.map((field) => [field.id, field])),
    agreementsOf,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the graph

/**
 * The agreements behind a cooperation edge, computed from the agreements rather than stored on every edge:
 * between two institutions, those both are party to; from an institution to a country, those it is party to
 * that involve the country (WITH_COUNTRY, or a party located there). Sorted by id.
 */
export function agreementsBetween(data: CooperationData, source: string, target: string): string[] {
  const own = data.agreementsOf.get(source) ?? [];
  const attributes = data.graph.hasNode(target) ? data.graph.getNodeAttributes(target) : null;
  if (attributes?.type === 'Country') {
    return own.filter((agreement) => agreement.allCountries.includes(target)).map((agreement) => agreement.id);
  }
  const theirs = new Set((data.agreementsOf.get(target) ?? []).map((agreement) => agreement.id));
  return own.filter((agreement) => theirs.has(agreement.id)).map((agreement) => agreement.id);
}

export function isInstitution(graph: CooperationGraph, node: string): boolean {
  return graph.getNodeAttribute(node, 'type') === 'Institution';
}

export function institutionAttributes(graph: CooperationGraph, node: string): InstitutionAttributes {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.type !== 'Institution') throw new Error(`coopgraph analytics: ${node} is not an institution`);
  return attributes;
}

/** Institutions an institution cooperates with (the institution–institution graph). */
export function institutionPartners(graph: CooperationGraph, node: string): string[] {
  return graph.filterNeighbors(node, (_neighbor, attributes) => attributes.type === 'Institution');
}

/** Countries an institution has a COOPERATES_WITH edge to. */
export function partnerCountries(graph: CooperationGraph, node: string): string[] {
  return graph.filterNeighbors(node, (_neighbor, attributes) => attributes.type === 'Country');
}

/**
 * The foreign countries an institution works with: its COOPERATES_WITH countries and the countries of its
 * partner institutions (a stated partnership with a company in Malaysia is cooperation with Malaysia even
 * without an edge to the country), never its own country.
 */
export function coveredCountries(graph: CooperationGraph, node: string): Set<string> {
  const own = institutionAttributes(graph, node).country;
  const covered = new Set<string>();
  graph.forEachNeighbor(node, (neighbor, attributes) => {
    const country = attributes.type === 'Country' ? neighbor : attributes.country;
    if (country !== null && country !== own) covered.add(country);
  });
  return covered;
}

const coverageIndexes = new WeakMap<CooperationGraph, Map<string, Set<string>>>();

/** `coveredCountries` of every institution, computed once per graph (graphs are never changed once built). */
export function coverageIndex(graph: CooperationGraph): Map<string, Set<string>> {
  let index = coverageIndexes.get(graph);
  if (!index) {
    index = new Map();
    for (const node of graph.nodes()) if (isInstitution(graph, node)) index.set(node, coveredCountries(graph, node));
    coverageIndexes.set(graph, index);
  }
  return index;
}

/** Jaccard similarity of `partners` and the neighbours of `node`, without building a set for the node. */
export function neighborJaccard(graph: CooperationGraph, partners: ReadonlySet<string>, node: string): number {
  let common = 0;
  graph.forEachNeighbor(node, (neighbor) => {
    if (partners.has(neighbor)) common += 1;
  });
  const union = partners.size + graph.degree(node) - common;
  return union === 0 ? 0 : common / union;
}

export function institutionRef(graph: CooperationGraph, node: string): InstitutionRef {
  const attributes = institutionAttributes(graph, node);
  return { id: node, name: attributes.name, kind: attributes.kind, country: countryCode(graph, attributes.country) };
}

export function countryRef(graph: CooperationGraph, node: string): CountryRef {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.type !== 'Country') throw new Error(`coopgraph analytics: ${node} is not a country`);
  return { id: node, name: attributes.name, code: attributes.code };
}

export function countryCode(graph: CooperationGraph, node: string | null): string | null {
  if (node === null || !graph.hasNode(node)) return null;
  const attributes = graph.getNodeAttributes(node);
  return attributes.type === 'Country' ? attributes.code : null;
}

export function fieldRef(data: CooperationData, id: string): Ref {
  return { id, name: data.fields.get(id)?.name ?? id };
}

/** `|a ∩ b| / |a ∪ b|`, 0 for two empty sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const item of small) if (large.has(item)) common += 1;
  return common / (a.size + b.size - common);
}

/** Compares by name, then id: the one order for ties everywhere, so results are deterministic. */
export function byName(a: Ref, b: Ref): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function listNames(names: string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
