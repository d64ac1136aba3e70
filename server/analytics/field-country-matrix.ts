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
import {
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
} from './model.js';

export interface FieldCountryMatrixOptions {
  /** An institution id; the whole network when absent. */
  institution?: string;
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
}

export function fieldCountryMatrix(data: CooperationData, options: FieldCountryMatrixOptions = {}): FieldCountryMatrix {
  const { graph } = data;
  const institution = options.institution;
  const own = institution === undefined ? null : institutionAttributes(graph, institution).country;
  const agreements = institution === undefined ? data.agreements : (data.agreementsOf.get(institution) ?? []);
  const countriesOf = (countries: string[]) => (own === null ? countries : countries.filter((country) => country !== own));

  const fieldIds = new Set<string>();
  const countryIds = new Set<string>();
  if (institution === undefined) {
    graph.forEachNode((node, attributes) => {
      if (attributes.type === 'Institution') for (const field of attributes.fields) fieldIds.add(field);
      else if (graph.degree(node) > 0) countryIds.add(node);
    });
  } else {
    for (const field of institutionAttributes(graph, institution).fields) fieldIds.add(field);
    for (const country of coveredCountries(graph, institution)) countryIds.add(country);
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

  return {
    institution: institution === undefined ? null : institutionRef(graph, institution),
    definition:
      institution === undefined
        ? 'agreements per field and country over the whole network; an agreement counts for every country it is ' +
          'with and every country its parties are in; empty cells are field–country pairs no agreement covers'
        : "the institution's agreements per field and foreign country (agreement countries and partners' " +
          'countries, never its own); rows are the fields it works in, columns the countries it works with; ' +
          'empty cells are the gaps',
    fields,
    countries,
    cells,
    fieldTotals: fields.map((field) => fieldTotal.get(field.id) ?? 0),
    countryTotals: countries.map((country) => countryTotal.get(country.id) ?? 0),
    agreements: agreements.length,
    unclassified: { agreements: unclassifiedAgreements, byCountry: countries.map((country) => unclassified.get(country.id) ?? 0) },
    emptyCells: cells.reduce((sum, row) => sum + row.filter((value) => value === 0).length, 0),
  };
}
