/**
 * GET /api/network and GET /api/neighborhood/:id: the `{ nodes, edges }` payloads the graph is built from.
 */
import { getJson } from './client.js';
import type { GraphPayload, NetworkFilters } from './types.js';

export function fetchNetwork(filters: NetworkFilters, signal?: AbortSignal): Promise<GraphPayload> {
  return getJson<GraphPayload>(
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
    signal,
  );
}

export type NeighborhoodPayload = Omit<GraphPayload, 'total'> & Partial<Pick<GraphPayload, 'total'>>;

export function fetchNeighborhood(
  id: string,
  options: { depth?: number; limit?: number } = {},
  signal?: AbortSignal,
): Promise<NeighborhoodPayload> {
  return getJson<NeighborhoodPayload>(`/neighborhood/${encodeURIComponent(id)}`, options, signal);
}
