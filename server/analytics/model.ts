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

import { DEFAULT_NON_COOPERATION_KINDS, JOINT_PAIR_LIMIT, type Tie } from '../../core/cooperation.js';

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
  /** Alliances and associations it is MEMBER_OF. */
  memberOf?: string[];
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
  /** `joint` or `hub` (null: joint), docs/data-model.md. */
  topology?: string | null;
  /** Institutions PARTY_TO it. */
  parties: string[];
  /** The parties whose role is `lead`. */
  leads?: string[];
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
  memberOf: string[];
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
  leads: string[];
  /** Derived like a hub: `topology: hub`, or a joint agreement above JOINT_PAIR_LIMIT parties. */
  hubbed: boolean;
  /** No institution is party to it, and it names two or more countries: an agreement between countries. */
  countryLevel: boolean;
}

export interface CooperationData {
  graph: CooperationGraph;
  agreements: Agreement[];
  agreementsById: Map<string, Agreement>;
  fields: Map<string, FieldRow>;
  /** Agreements each institution is party to. */
  agreementsOf: Map<string, Agreement[]>;
  /** Units (PART_OF it, directly) of each institution. */
  children: Map<string, string[]>;
  /** Members of each alliance or association. */
  members: Map<string, string[]>;
  /** Agreement kinds left out as not cooperation. */
  nonCooperationKinds: readonly string[];
}

export interface BuildOptions {
  /** Agreements of these kinds are left out (core/cooperation.ts). */
  nonCooperationKinds?: readonly string[];
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

/**
 * A change to a built snapshot (engine.ts: the writes since its data version touched these ids, read again as
 * they stand now, snapshot.ts `readSnapshotPatch`). `institutions` and `agreements` replace their rows whole;
 * `cooperation` holds every COOPERATES_WITH edge at those institutions, which replace the edges they had; ids in
 * `removed` no longer exist. Countries and fields come whole.
 */
export interface SnapshotPatch {
  countries: CountryRow[];
  fields: FieldRow[];
  institutions: InstitutionRow[];
  cooperation: CooperationRow[];
  agreements: AgreementRow[];
  removed: string[];
}

/**
 * Builds the cooperation data as its rows arrive, in the snapshot's order: countries, institutions, cooperation,
 * agreements (snapshot.ts), so that the worker adds nodes and edges while the next pages are still being read
 * (the edges are most of the build: seconds at 100k institutions). `finish` adds what needs every row: the
 * agreements and, from them, the institutions' fields. Edges whose endpoints were not added are skipped.
 * The builder keeps its rows by id, so that a built snapshot can take a patch (`patch`, then `finish` again)
 * instead of a new read of the whole graph.
 */
export class CooperationBuilder {
  private readonly graph: CooperationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly institutions = new Map<string, InstitutionRow>();
  private readonly institutionCountry = new Map<string, string | null>();
  private readonly agreementRows = new Map<string, AgreementRow>();
  private readonly fieldRows = new Map<string, FieldRow>();
  /** The agreements as `finish` derived them, by id: kept, so that after a patch only the changed are redone. */
  private readonly derived = new Map<string, Agreement>();
  /** What changed since the last `finish` (null before the first: everything). */
  private dirty: { agreements: Set<string>; institutions: Set<string> } | null = null;
  private lastAgreementsOf = new Map<string, Agreement[]>();

  constructor(private readonly options: BuildOptions = {}) {}

  add(rows: Partial<SnapshotRows>): void {
    for (const country of rows.countries ?? []) {
      this.graph.mergeNode(country.id, {
        type: 'Country',
        name: country.name ?? country.code,
        code: country.code,
        region: country.region,
      });
    }
    for (const field of rows.fields ?? []) this.fieldRows.set(field.id, field);
    for (const row of rows.institutions ?? []) {
      const country = row.country !== null && this.graph.hasNode(row.country) ? row.country : null;
      this.institutionCountry.set(row.id, country);
      this.institutions.set(row.id, row);
      this.dirty?.institutions.add(row.id);
      // Its agreements' fields join its own in `finish`.
      this.graph.mergeNode(row.id, {
        type: 'Institution',
        name: row.name,
        kind: row.kind,
        country,
        fields: sorted(row.fields),
        parents: sorted(row.parents),
        memberOf: sorted(row.memberOf ?? []),
      });
    }
    for (const row of rows.cooperation ?? []) {
      if (row.source === row.target || !this.graph.hasNode(row.source) || !this.graph.hasNode(row.target)) continue;
      // Stored once per pair; mergeEdge keeps one edge even if a pair were stored both ways.
      this.graph.mergeEdge(row.source, row.target, { weight: row.weight ?? 0, stated: row.stated === true });
    }
    for (const row of rows.agreements ?? []) {
      this.agreementRows.set(row.id, row);
      this.dirty?.agreements.add(row.id);
    }
  }

  /**
   * Applies a patch to what was added: removed ids go (an institution with its edges, and from the rows that
   * name it), patched institutions lose their edges and take the patch's, patched agreements replace theirs.
   * `finish` must follow.
   */
  patch(patch: SnapshotPatch): void {
    const { graph, dirty } = this;
    // An institution's country and presence enter the agreements it is party to: those are derived again.
    const touch = (institution: string) => {
      for (const agreement of this.lastAgreementsOf.get(institution) ?? []) dirty?.agreements.add(agreement.id);
    };
    for (const id of patch.removed) touch(id);
    for (const row of patch.institutions) touch(row.id);
    for (const id of patch.removed) {
      dirty?.agreements.add(id);
      this.agreementRows.delete(id);
      if (!this.institutions.delete(id)) continue;
      this.institutionCountry.delete(id);
      if (graph.hasNode(id)) graph.dropNode(id);
    }
    // A removed institution leaves the rows that named it, as a new read would not name it.
    const gone = new Set(patch.removed);
    if (gone.size > 0) {
      const without = (ids: string[] | undefined) => (ids ?? []).filter((id) => !gone.has(id));
      for (const row of this.institutions.values()) {
        if (row.parents.some((id) => gone.has(id)) || (row.memberOf ?? []).some((id) => gone.has(id))) {
          this.add({ institutions: [{ ...row, parents: without(row.parents), memberOf: without(row.memberOf) }] });
        }
      }
      for (const row of this.agreementRows.values()) {
        if (row.parties.some((id) => gone.has(id))) {
          this.add({ agreements: [{ ...row, parties: without(row.parties), leads: without(row.leads) }] });
        }
      }
    }
    for (const row of patch.institutions) {
      if (graph.hasNode(row.id)) for (const edge of graph.edges(row.id)) graph.dropEdge(edge);
    }
    this.add({
      countries: patch.countries,
      fields: patch.fields,
      institutions: patch.institutions,
      cooperation: patch.cooperation,
      agreements: patch.agreements,
    });
  }

  /** An agreement as the analyses see it: parties and countries that exist, its countries, its topology. */
  private deriveAgreement(row: AgreementRow): Agreement {
    const { graph, institutionCountry } = this;
    const parties = sorted(row.parties.filter((id) => institutionCountry.has(id)));
    const countries = sorted(row.countries.filter((id) => graph.hasNode(id)));
    const partyCountries = parties.map((id) => institutionCountry.get(id)).filter((id): id is string => !!id);
    const leads = sorted((row.leads ?? []).filter((id) => parties.includes(id)));
    const allCountries = sorted([...countries, ...partyCountries]);
    return {
      ...row,
      parties,
      leads,
      countries,
      fields: sorted(row.fields),
      allCountries,
      hubbed: row.topology === 'hub' || parties.length > JOINT_PAIR_LIMIT,
      countryLevel: parties.length === 0 && allCountries.length >= 2,
    };
  }

  finish(): CooperationData {
    const { graph, derived } = this;
    const nonCooperationKinds = this.options.nonCooperationKinds ?? DEFAULT_NON_COOPERATION_KINDS;
    const dirty = this.dirty;
    // Institutions whose fields (their own and their agreements') must be computed again.
    const refields = dirty ? new Set(dirty.institutions) : new Set(this.institutions.keys());
    const derive = (id: string) => {
      const before = derived.get(id);
      for (const party of before?.parties ?? []) refields.add(party);
      derived.delete(id);
      const row = this.agreementRows.get(id);
      if (!row || nonCooperationKinds.includes(row.kind)) return;
      const agreement = this.deriveAgreement(row);
      derived.set(id, agreement);
      for (const party of agreement.parties) refields.add(party);
    };
    if (dirty) for (const id of dirty.agreements) derive(id);
    else for (const id of this.agreementRows.keys()) derive(id);
    const agreements = [...derived.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    const agreementsOf = new Map<string, Agreement[]>();
    for (const agreement of agreements) {
      for (const party of agreement.parties) {
        const list = agreementsOf.get(party);
        if (list) list.push(agreement);
        else agreementsOf.set(party, [agreement]);
      }
    }
    // From its own fields each time, for those whose rows or agreements changed.
    for (const id of refields) {
      const row = this.institutions.get(id);
      if (!row) continue;
      const attributes = graph.getNodeAttributes(id) as InstitutionAttributes;
      const list = agreementsOf.get(id);
      attributes.fields = sorted([...row.fields, ...(list ?? []).flatMap((agreement) => agreement.fields)]);
    }
    this.dirty = { agreements: new Set(), institutions: new Set() };
    this.lastAgreementsOf = agreementsOf;
    const { institutionCountry } = this;

    const children = new Map<string, string[]>();
    const members = new Map<string, string[]>();
    const push = (map: Map<string, string[]>, key: string, value: string) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const row of this.institutions.values()) {
      for (const parent of row.parents) if (institutionCountry.has(parent)) push(children, parent, row.id);
      for (const alliance of row.memberOf ?? []) if (institutionCountry.has(alliance)) push(members, alliance, row.id);
    }
    // In id order, as a first build reads them, whatever order patches added them in.
    for (const list of [...children.values(), ...members.values()]) list.sort();

    return {
      graph,
      agreements,
      agreementsById: new Map(agreements.map((agreement) => [agreement.id, agreement])),
      fields: new Map(this.fieldRows),
      agreementsOf,
      children,
      members,
      nonCooperationKinds,
    };
  }
}

/** Builds the cooperation data from rows; edges whose endpoints were not read are skipped. */
export function buildCooperationData(rows: SnapshotRows, options: BuildOptions = {}): CooperationData {
  const builder = new CooperationBuilder(options);
  // In the snapshot's order: nodes before the edges between them.
  builder.add({ countries: rows.countries, fields: rows.fields });
  builder.add({ institutions: rows.institutions });
  builder.add({ cooperation: rows.cooperation });
  builder.add({ agreements: rows.agreements });
  return builder.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// Agreement topology

/**
 * Whether an agreement ties `party` to `country` (docs/data-model.md, "Agreement topology"): a joint agreement
 * ties every party to every country it involves; a hub ties a lead to all of them, a partner to the leads'
 * countries and the WITH_COUNTRY ones.
 */
export function agreementReaches(
  agreement: Agreement,
  party: string,
  country: string,
  countryOf: (id: string) => string | null,
): boolean {
  if (!agreement.hubbed || agreement.leads.includes(party)) return agreement.allCountries.includes(country);
  return agreement.countries.includes(country) || agreement.leads.some((lead) => countryOf(lead) === country);
}

/** The country pairs an agreement links: all pairs for joint; for a hub, the lead side with the partner side. */
export function agreementCountryPairs(
  agreement: Agreement,
  countryOf: (id: string) => string | null,
): [string, string][] {
  let pairs: [string, string][] = [];
  const all = agreement.allCountries;
  if (!agreement.hubbed) {
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) pairs.push([all[i]!, all[j]!]);
    return pairs;
  }
  const leadSide = new Set([...agreement.countries, ...agreement.leads.map(countryOf).filter((c): c is string => !!c)]);
  const partnerSide = new Set(
    agreement.parties
      .filter((p) => !agreement.leads.includes(p))
      .map(countryOf)
      .filter((c): c is string => !!c),
  );
  const seen = new Set<string>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    if (!seen.has(`${x}|${y}`)) {
      seen.add(`${x}|${y}`);
      pairs.push([x, y]);
    }
  };
  for (const a of leadSide) {
    for (const b of leadSide) add(a, b);
    for (const b of partnerSide) add(a, b);
  }
  pairs = pairs.sort((p, q) => p[0].localeCompare(q[0]) || p[1].localeCompare(q[1]));
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// Ties: direct, through a unit, through an alliance (docs/data-model.md, "Ties")

export interface TieInfo {
  tie: Tie;
  /** The units or alliances the tie comes through (empty for a direct tie). */
  via: string[];
}

export interface TieOptions {
  /** Its own COOPERATES_WITH edges only. */
  directOnly?: boolean;
}

/** The institution, its units at any depth and its parents at any depth. */
export function family(data: CooperationData, node: string): Set<string> {
  const out = new Set<string>([node]);
  const down = [node];
  while (down.length > 0) {
    for (const child of data.children.get(down.pop()!) ?? [])
      if (!out.has(child)) {
        out.add(child);
        down.push(child);
      }
  }
  const up = [node];
  while (up.length > 0) {
    const current = up.pop()!;
    if (!data.graph.hasNode(current)) continue;
    const attributes = data.graph.getNodeAttributes(current);
    if (attributes.type !== 'Institution') continue;
    for (const parent of attributes.parents)
      if (!out.has(parent)) {
        out.add(parent);
        up.push(parent);
      }
  }
  return out;
}

/** Units at any depth, nearest first. */
export function units(data: CooperationData, node: string): string[] {
  const out: string[] = [];
  const seen = new Set([node]);
  const queue = [node];
  while (queue.length > 0) {
    for (const child of data.children.get(queue.shift()!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

const tieCache = new WeakMap<CooperationData, Map<string, Map<string, TieInfo>>>();

/**
 * Everyone an institution is tied to: its own COOPERATES_WITH partners (`direct`), those of its units (`unit`,
 * via the unit; never the institution itself or its units), and through each alliance it or a unit is MEMBER_OF
 * (`alliance`): the alliance, its other members and the countries the alliance cooperates with, never its own
 * country. Each partner keeps its strongest tie. Cached per data and node.
 */
export function ties(data: CooperationData, node: string, options: TieOptions = {}): Map<string, TieInfo> {
  const { graph } = data;
  let cache = tieCache.get(data);
  if (!cache) tieCache.set(data, (cache = new Map()));
  const cached = options.directOnly ? undefined : cache.get(node);
  if (cached) return cached;
  const out = new Map<string, TieInfo>();
  graph.forEachNeighbor(node, (neighbor) => out.set(neighbor, { tie: 'direct', via: [] }));
  // Only institutions with something to roll up are cached: the others' ties are their neighbours.
  if (options.directOnly || !hasRollUp(data, node)) return out;

  const own = family(data, node);
  const self = institutionAttributes(graph, node);
  const add = (partner: string, tie: Tie, via: string) => {
    if (own.has(partner)) return;
    const found = out.get(partner);
    if (!found) out.set(partner, { tie, via: [via] });
    else if (found.tie === tie && !found.via.includes(via)) found.via.push(via);
    else if (found.tie === 'direct' && tie === 'unit' && !found.via.includes(via)) found.via.push(via);
  };
  const unitList = units(data, node);
  for (const unit of unitList) graph.forEachNeighbor(unit, (neighbor) => add(neighbor, 'unit', unit));
  for (const member of [node, ...unitList]) {
    for (const alliance of institutionAttributes(graph, member).memberOf) {
      if (!graph.hasNode(alliance)) continue;
      add(alliance, 'alliance', alliance);
      for (const other of data.members.get(alliance) ?? []) if (other !== member) add(other, 'alliance', alliance);
      graph.forEachNeighbor(alliance, (neighbor, attributes) => {
        if (attributes.type === 'Country' && neighbor !== self.country) add(neighbor, 'alliance', alliance);
      });
    }
  }
  cache.set(node, out);
  return out;
}

/** Whether an institution has anything beyond its own edges to roll up (units or memberships). */
export function hasRollUp(data: CooperationData, node: string): boolean {
  if ((data.children.get(node)?.length ?? 0) > 0) return true;
  const attributes = data.graph.getNodeAttributes(node);
  return attributes.type === 'Institution' && attributes.memberOf.length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the graph

/**
 * The agreements behind a cooperation edge, computed from the agreements rather than stored on every edge, by
 * the derivation's rules (docs/data-model.md, "Agreement topology"; non-cooperation kinds are not agreements
 * here): between two institutions, those both are party to, unless a hub (or a joint agreement above the pair
 * limit) has neither as a lead; from an institution to a country, those that tie it to the country
 * (`agreementReaches`). Sorted by id.
 */
export function agreementsBetween(data: CooperationData, source: string, target: string): string[] {
  const { graph } = data;
  const own = data.agreementsOf.get(source) ?? [];
  const attributes = graph.hasNode(target) ? graph.getNodeAttributes(target) : null;
  if (attributes?.type === 'Country') {
    const countryOf = (id: string) => {
      const node = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
      return node?.type === 'Institution' ? node.country : null;
    };
    return own.filter((agreement) => agreementReaches(agreement, source, target, countryOf)).map((a) => a.id);
  }
  const theirs = new Set((data.agreementsOf.get(target) ?? []).map((agreement) => agreement.id));
  const tied = (agreement: Agreement) =>
    !agreement.hubbed || agreement.leads.includes(source) || agreement.leads.includes(target);
  return own.filter((agreement) => theirs.has(agreement.id) && tied(agreement)).map((agreement) => agreement.id);
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
 * The foreign countries an institution works with: the countries it is tied to and the countries of the
 * institutions it is tied to (a stated partnership with a company in Malaysia is cooperation with Malaysia even
 * without an edge to the country), never its own country. Rolled up (`ties`) unless `directOnly`.
 */
export function coveredCountries(data: CooperationData, node: string, options: TieOptions = {}): Set<string> {
  const { graph } = data;
  const own = institutionAttributes(graph, node).country;
  const covered = new Set<string>();
  const add = (neighbor: string) => {
    const attributes = graph.getNodeAttributes(neighbor);
    const country = attributes.type === 'Country' ? neighbor : attributes.country;
    if (country !== null && country !== own) covered.add(country);
  };
  // Most institutions have no unit and no membership: their neighbours are their ties, no map needed.
  if (options.directOnly || !hasRollUp(data, node)) graph.forEachNeighbor(node, add);
  else for (const neighbor of ties(data, node, options).keys()) add(neighbor);
  return covered;
}

const coverageIndexes = new WeakMap<CooperationData, Map<string, Map<string, Set<string>>>>();

/** `coveredCountries` of every institution, computed once per data and mode (data is never changed once built). */
export function coverageIndex(data: CooperationData, options: TieOptions = {}): Map<string, Set<string>> {
  const mode = options.directOnly ? 'direct' : 'rolled-up';
  let byMode = coverageIndexes.get(data);
  if (!byMode) coverageIndexes.set(data, (byMode = new Map()));
  let index = byMode.get(mode);
  if (!index) {
    index = new Map();
    for (const node of data.graph.nodes())
      if (isInstitution(data.graph, node)) index.set(node, coveredCountries(data, node, options));
    byMode.set(mode, index);
  }
  return index;
}

/** Jaccard similarity of `partners` and the ties of `node` (its neighbours when it has nothing to roll up). */
export function neighborJaccard(
  data: CooperationData,
  partners: ReadonlySet<string>,
  node: string,
  options: TieOptions = {},
): number {
  const { graph } = data;
  let common = 0;
  let size = 0;
  if (!options.directOnly && hasRollUp(data, node)) {
    for (const neighbor of ties(data, node).keys()) {
      size += 1;
      if (partners.has(neighbor)) common += 1;
    }
  } else {
    graph.forEachNeighbor(node, (neighbor) => {
      if (partners.has(neighbor)) common += 1;
    });
    size = graph.degree(node);
  }
  const union = partners.size + size - common;
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
