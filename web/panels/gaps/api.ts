/**
 * Gaps panel: the analytics API
 * =============================
 *
 * Typed reads of /api/analytics/* (docs/analytics.md). The shapes are the API contract's response types
 * (core/contract/analytics.ts, `import type`, erased at build time); `csvUrl` gives the link that downloads the
 * same answer as a table.
 */
import type {
  BrokersResponse,
  CountryNetworkResponse,
  CoverageGapsResponse,
  MatrixResponse,
  RecommendationsResponse,
  WeakSpotsResponse,
} from '../../../core/contract/analytics.js';
import { API_BASE, type QueryValue, getJson, queryString } from '../../api/client.js';

export type {
  BrokersResponse,
  CountryNetworkResponse,
  CoverageGapsResponse,
  MatrixResponse,
  RecommendationsResponse,
  WeakSpotsResponse,
};

const path = (name: string) => `/analytics/${name}`;

/** The link that downloads an analysis as CSV (same parameters). */
export function csvUrl(name: string, params: Record<string, QueryValue> = {}): string {
  return `${API_BASE}${path(name)}${queryString({ ...params, format: 'csv' })}`;
}

export const fetchCoverageGaps = (institution: string, signal?: AbortSignal) =>
  getJson<CoverageGapsResponse>(path('coverage-gaps'), { institution, limit: 30 }, signal);

export const fetchRecommendations = (institution: string, signal?: AbortSignal) =>
  getJson<RecommendationsResponse>(path('recommendations'), { institution, limit: 15 }, signal);

export const fetchMatrix = (institution: string | null, signal?: AbortSignal) =>
  getJson<MatrixResponse>(path('field-country-matrix'), { institution: institution ?? undefined }, signal);

export const fetchBrokers = (
  params: { scope: 'institutions' | 'cooperation'; nodes?: boolean; limit?: number },
  signal?: AbortSignal,
) => getJson<BrokersResponse>(path('brokers'), params, signal);

export const fetchCountryNetwork = (signal?: AbortSignal) =>
  getJson<CountryNetworkResponse>(path('country-network'), {}, signal);

export const fetchWeakSpots = (signal?: AbortSignal) =>
  getJson<WeakSpotsResponse>(path('weak-spots'), { limit: 50 }, signal);
