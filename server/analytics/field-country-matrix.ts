/**
 * Field × country matrix
 * ======================
 *
 * For each field and country, the number of agreements in that field that involve that country; the empty
 * cells are the gaps. An agreement involves the countries it is WITH_COUNTRY and the countries of its parties.
 *
 * - Whole network: rows are every field an agreement or an institution works in, columns every country that
 *   takes part in an agreement or a cooperation.
 * - One institution: its agreements only, counted against foreign countries (never its own); rows are its
 *   fields (its own and its agreements'), columns the countries it works with.
 */
import { choosePeers } from './coverage-gaps.js';
import {
  type Agreement,
  type CooperationData,
  type CountryRef,
  type InstitutionRef,
  type Ref,
  byName,
  countryRef,
  coveredCountries,
  fieldRef,
  institutionAttributes,
  institutionRef,
  units,
} from './model.js';

export interface FieldCountryMatrixOptions {
  /** An institution id; the whole network when absent. */
  institution?: string;
  /** Its own agreements only, not its units'. */
  directOnly?: boolean;
}

export interface FieldCountryMatrix {
  institution: InstitutionRef | null;
  definition: string;
  /** Rows, the busiest first. */
  fields: Ref[];
  /** Columns, the busiest first. */
  countries: CountryRef[];
  /** cells[row][column]: agreements in that field involving that country. */
  cells: number[][];
  /** Distinct agreements per field / per country (an agreement with two countries counts once per row). */
  fieldTotals: number[];
  countryTotals: number[];
  agreements: number;
  /** Agreements in scope that name no field, per country. */
  unclassified: { agreements: number; byCountry: number[] };
  emptyCells: number;
  /**
   * One institution: peerCells[row][column] is how many of its peers (coverage-gaps' peers) have an agreement in
   * that cell; a gap is an empty cell some peer fills. The whole network has no peers: null.
   */
  peerCells: number[][] | null;
  gapCells: number | null;
  peers: { rule: string; definition: string; count: number } | null;
}

/** The agreements of an institution, and of its units unless directOnly (each once). */
function agreementsOf(data: CooperationData, institution: string, directOnly: boolean): Agreement[] {
  const seen = new Map<string, Agreement>();
  for (const node of directOnly ? [institution] : [institution, ...units(data, institution)]) {
    for (const agreement of data.agreementsOf.get(node) ?? []) seen.set(agreement.id, agreement);
  }
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function fieldCountryMatrix(data: CooperationData, options: FieldCountryMatrixOptions = {}): FieldCountryMatrix {
  const { graph } = data;
  const institution = options.institution;
  const own = institution === undefined ? null : institutionAttributes(graph, institution).country;
  const directOnly = options.directOnly ?? false;
  const agreements = institution === undefined ? data.agreements : agreementsOf(data, institution, directOnly);
  const countriesOf = (countries: string[]) =>
    own === null ? countries : countries.filter((country) => country !== own);

  const fieldIds = new Set<string>();
  const countryIds = new Set<string>();
  if (institution === undefined) {
    graph.forEachNode((node, attributes) => {
      if (attributes.type === 'Institution') for (const field of attributes.fields) fieldIds.add(field);
      else if (graph.degree(node) > 0) countryIds.add(node);
    });
  } else {
    for (const node of directOnly ? [institution] : [institution, ...units(data, institution)]) {
      for (const field of institutionAttributes(graph, node).fields) fieldIds.add(field);
    }
    for (const country of coveredCountries(data, institution, { directOnly })) countryIds.add(country);
  }
  for (const agreement of agreements) {
    for (const field of agreement.fields) fieldIds.add(field);
    for (const country of countriesOf(agreement.allCountries)) countryIds.add(country);
  }

  // Count first, then order rows and columns by their totals.
  const cell = new Map<string, number>();
  const fieldTotal = new Map<string, number>();
  const countryTotal = new Map<string, number>();
  const unclassified = new Map<string, number>();
  let unclassifiedAgreements = 0;
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const agreement of agreements) {
    const countries = countriesOf(agreement.allCountries);
    for (const country of countries) add(countryTotal, country);
    if (agreement.fields.length === 0) {
      unclassifiedAgreements += 1;
      for (const country of countries) add(unclassified, country);
    }
    for (const field of agreement.fields) {
      add(fieldTotal, field);
      for (const country of countries) add(cell, `${field}\u0000${country}`);
    }
  }

  const fields = [...fieldIds]
    .map((id) => fieldRef(data, id))
    .sort((a, b) => (fieldTotal.get(b.id) ?? 0) - (fieldTotal.get(a.id) ?? 0) || byName(a, b));
  const countries = [...countryIds]
    .map((id) => countryRef(graph, id))
    .sort((a, b) => (countryTotal.get(b.id) ?? 0) - (countryTotal.get(a.id) ?? 0) || byName(a, b));
  const cells = fields.map((field) => countries.map((country) => cell.get(`${field.id}\u0000${country.id}`) ?? 0));

  // Gaps: empty cells that the institution's peers fill (each peer counted once per cell).
  let peerCells: number[][] | null = null;
  let peers: FieldCountryMatrix['peers'] = null;
  if (institution !== undefined) {
    const chosen = choosePeers(data, institution, { directOnly });
    peers = { rule: chosen.rule.rule, definition: chosen.definition, count: chosen.peers.length };
    const filled = new Map<string, number>();
    for (const peer of chosen.peers) {
      const peerCountry = institutionAttributes(graph, peer.id).country;
      const keys = new Set<string>();
      for (const agreement of agreementsOf(data, peer.id, directOnly)) {
        for (const field of agreement.fields) {
          for (const country of agreement.allCountries)
            if (country !== peerCountry) keys.add(`${field}\u0000${country}`);
        }
      }
      for (const key of keys) filled.set(key, (filled.get(key) ?? 0) + 1);
    }
    peerCells = fields.map((field) => countries.map((country) => filled.get(`${field.id}\u0000${country.id}`) ?? 0));
  }
  const gapCells =
    peerCells === null
      ? null
      : cells.reduce((sum, row, r) => sum + row.filter((value, c) => value === 0 && peerCells![r]![c]! > 0).length, 0);

  return {
    institution: institution === undefined ? null : institutionRef(graph, institution),
    definition:
      institution === undefined
        ? 'agreements per field and country over the whole network; an agreement counts for every country it is ' +
          'with and every country its parties are in; empty cells are field–country pairs no agreement covers ' +
          '(no peers here, so none is called a gap)'
        : "the institution's agreements (and its units') per field and foreign country (agreement countries and " +
          "partners' countries, never its own); rows are the fields it works in, columns the countries it works " +
          'with; a gap is an empty cell that at least one of its peers fills (peerCells)',
    fields,
    countries,
    cells,
    fieldTotals: fields.map((field) => fieldTotal.get(field.id) ?? 0),
    countryTotals: countries.map((country) => countryTotal.get(country.id) ?? 0),
    agreements: agreements.length,
    unclassified: {
      agreements: unclassifiedAgreements,
      byCountry: countries.map((country) => unclassified.get(country.id) ?? 0),
    },
    emptyCells: cells.reduce((sum, row) => sum + row.filter((value) => value === 0).length, 0),
    peerCells,
    gapCells,
    peers,
  };
}
