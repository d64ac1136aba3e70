/**
 * Countries
 * =========
 *
 * ISO 3166-1 alpha-2 codes, names, regions and centroids from the maintained `world-countries` package, so
 * nobody types a country list by hand.
 */
import countries from 'world-countries';

export interface CountryInfo {
  code: string;
  name: string;
  officialName: string;
  region: string;
  subregion: string;
  lat: number;
  lng: number;
  ccn3: string;
}

const byCode = new Map<string, CountryInfo>(
  countries.map((country) => [
    country.cca2,
    {
      code: country.cca2,
      name: country.name.common,
      officialName: country.name.official,
      region: country.region,
      subregion: country.subregion,
      lat: country.latlng[0],
      lng: country.latlng[1],
      ccn3: country.ccn3,
    },
  ]),
);

export function countryByCode(code: string): CountryInfo | undefined {
  return byCode.get(code.toUpperCase());
}

export function allCountries(): CountryInfo[] {
  return [...byCode.values()];
}

/** The conventional node id of a country: `country-de`. */
export const countryId = (code: string) => `country-${code.toLowerCase()}`;
