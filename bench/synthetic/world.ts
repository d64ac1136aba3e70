/**
 * Countries and cities of the synthetic world
 * ===========================================
 *
 * Where generated institutions and events are: a skewed country distribution (China and a handful of research
 * countries hold most institutions, as in the curated texts; the rest of world-countries shares a Zipf tail),
 * the naming style of each country, and a small pool of invented city names per country.
 */
import { type CountryInfo, allCountries } from '../../core/countries.js';
import { Random, WeightedPicker, zipfWeights } from '../../core/random.js';
import { type NameStyle, PLACE_PARTS } from './vocabulary.js';

/** Share of institutions per country for the countries that dominate; the others split the remainder. */
const LEADING_SHARES: readonly (readonly [string, number])[] = [
  ['CN', 0.34],
  ['US', 0.07],
  ['GB', 0.045],
  ['DE', 0.04],
  ['JP', 0.035],
  ['RU', 0.035],
  ['FR', 0.03],
  ['AU', 0.028],
  ['KR', 0.025],
  ['CA', 0.02],
  ['IT', 0.015],
  ['NL', 0.012],
  ['SG', 0.01],
  ['UA', 0.01],
  ['BY', 0.008],
  ['PK', 0.008],
  ['TH', 0.008],
  ['MY', 0.008],
  ['NZ', 0.007],
  ['ES', 0.007],
];

/** Uninhabited territories: no institution lives there. */
const UNINHABITED = new Set(['AQ', 'BV', 'HM', 'TF', 'GS', 'UM', 'IO']);

const CHINESE = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);
const ROMANCE_WEST = new Set(['FR', 'BE', 'LU', 'MC', 'CH']);
const ENGLISH_NORTH = new Set(['GB', 'IE', 'IM', 'JE', 'GG']);

export function nameStyle(country: CountryInfo): NameStyle {
  if (CHINESE.has(country.code)) return 'chinese';
  switch (country.subregion) {
    case 'Eastern Asia':
      return 'east-asian';
    case 'Southern Asia':
    case 'South-Eastern Asia':
    case 'Central Asia':
      return 'south-asian';
    case 'Western Asia':
    case 'Northern Africa':
      return 'arabic';
    case 'Eastern Europe':
      return 'slavic';
    case 'Southern Europe':
    case 'South America':
    case 'Central America':
    case 'Caribbean':
      return 'romance';
    case 'Western Europe':
      return ROMANCE_WEST.has(country.code) ? 'romance' : 'germanic';
    case 'Northern Europe':
      return ENGLISH_NORTH.has(country.code) ? 'english' : 'germanic';
  }
  return country.region === 'Africa' ? 'african' : 'english';
}

export class World {
  readonly countries: CountryInfo[];
  private readonly picker: WeightedPicker<CountryInfo>;
  private readonly cities = new Map<string, string[]>();

  constructor(private readonly random: Random) {
    const byCode = new Map(allCountries().map((country) => [country.code, country]));
    const leading = LEADING_SHARES.map(([code, share]) => [byCode.get(code) as CountryInfo, share] as const);
    const leadingCodes = new Set(LEADING_SHARES.map(([code]) => code));
    // The tail is ordered by a seeded shuffle so that which small countries are "less small" varies by seed.
    const tail = random.shuffle(
      [...byCode.values()]
        .filter((c) => !leadingCodes.has(c.code) && !UNINHABITED.has(c.code))
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
    const rest = 1 - leading.reduce((sum, [, share]) => sum + share, 0);
    const zipf = zipfWeights(tail.length, 1.1);
    const zipfTotal = zipf.reduce((sum, weight) => sum + weight, 0);
    this.countries = [...leading.map(([country]) => country), ...tail];
    this.picker = new WeightedPicker(this.countries, [
      ...leading.map(([, share]) => share),
      ...zipf.map((weight) => (weight / zipfTotal) * rest),
    ]);
  }

  pickCountry(): CountryInfo {
    return this.picker.pick(this.random);
  }

  /** Another country than the given ones, by the same distribution. */
  pickCountryOtherThan(exclude: ReadonlySet<string>): CountryInfo {
    for (;;) {
      const country = this.picker.pick(this.random);
      if (!exclude.has(country.code)) return country;
    }
  }

  /** A city of the country: a small pool per country, so institutions share cities as they do in reality. */
  city(country: CountryInfo): string {
    let pool = this.cities.get(country.code);
    if (!pool) {
      const { heads, tails } = PLACE_PARTS[nameStyle(country)];
      const size = country.code === 'CN' ? 60 : this.random.int(3, 12);
      const names = new Set<string>();
      for (let attempt = 0; names.size < size && attempt < size * 10; attempt++) {
        names.add(`${this.random.pick(heads)}${this.random.pick(tails)}`);
      }
      pool = [...names];
      this.cities.set(country.code, pool);
    }
    return this.random.pick(pool);
  }
}
