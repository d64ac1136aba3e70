/**
 * GET /api/network, /api/network/countries and /api/neighborhood/:id: the `{ nodes, edges }` payloads the graph
 * is built from.
 * The network comes as an Apache Arrow stream (core/contract/network-arrow.ts: integer edge ends, a fraction of
 * JSON's bytes and parse time), decoded into the same payload; a server that answers JSON is read as JSON.
 */
import { ARROW_STREAM_TYPE, decodeGraphPayload } from '../../core/contract/network-arrow.js';
import { get, getJson } from './client.js';
import type { CountryOverview, GraphPayload, NetworkFilters } from './types.js';

export async function fetchNetwork(filters: NetworkFilters, signal?: AbortSignal): Promise<GraphPayload> {
  const response = await get(
    '/network',
    {
      types: filters.types,
      countries: filters.countries,
      countryMode: filters.countries.length && filters.countryMode === 'partners' ? 'partners' : undefined,
      kinds: filters.kinds,
      fields: filters.fields,
      yearFrom: filters.yearFrom,
      yearTo: filters.yearTo,
      limit: filters.limit,
    },
    `${ARROW_STREAM_TYPE}, application/json;q=0.5`,
    signal,
  );
  if (!(response.headers.get('content-type') ?? '').startsWith(ARROW_STREAM_TYPE))
    return (await response.json()) as GraphPayload;
  return decodeGraphPayload(new Uint8Array(await response.arrayBuffer()));
}

/** GET /api/network/countries: the network summed up by country, the first view of a large graph. */
export function fetchCountryOverview(signal?: AbortSignal): Promise<CountryOverview> {
  return getJson<CountryOverview>('/network/countries', {}, signal);
}

export type NeighborhoodPayload = Omit<GraphPayload, 'total'> & Partial<Pick<GraphPayload, 'total'>>;

export function fetchNeighborhood(
  id: string,
  options: { depth?: number; limit?: number } = {},
  signal?: AbortSignal,
): Promise<NeighborhoodPayload> {
  return getJson<NeighborhoodPayload>(`/neighborhood/${encodeURIComponent(id)}`, options, signal);
}
