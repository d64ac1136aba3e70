/**
 * GET /api/places: city coordinates of the institutions and events that name their city (for the map view).
 */
import { getJson } from './client.js';
import type { PlacesResponse } from '../../core/contract/places.js';

export type { PlacesResponse };

export function fetchPlaces(signal?: AbortSignal): Promise<PlacesResponse> {
  return getJson<PlacesResponse>('/places', undefined, signal);
}
