/**
 * Gaps panel: the analytics API
 * =============================
 *
 * Typed reads of /api/analytics/* (docs/analytics.md). The shapes are the server's own result types
 * (`import type`, erased at build time), plus the `dataVersion` every answer carries; `csvUrl` gives the link
 * that downloads the same answer as a table.
 */
import type { BrokersResult } from '../../../server/analytics/brokers.js';
import type { CountryNetwork } from '../../../server/analytics/country-network.js';
import type { CoverageGapsResult } from '../../../server/analytics/coverage-gaps.js';
import type { FieldCountryMatrix } from '../../../server/analytics/field-country-matrix.js';
import type { RecommendationsResult } from '../../../server/analytics/recommendations.js';
import type { WeakCountry } from '../../../server/analytics/weak-spots.js';
import { API_BASE, type QueryValue, getJson, queryString } from '../../api/client.js';

export type { BrokersResult, CountryNetwork, CoverageGapsResult, FieldCountryMatrix, RecommendationsResult, WeakCountry };

type Versioned<T> = T & { dataVersion: string };

export type CoverageGapsResponse = Versioned<CoverageGapsResult> & { total: number };
export type RecommendationsResponse = Versioned<RecommendationsResult>;
export type MatrixResponse = Versioned<FieldCountryMatrix>;
export type BrokersResponse = Versioned<Omit<BrokersResult, 'nodes'>> & {
  brokers: BrokersResult['nodes'];
  total: number;
  nodes?: { id: string; community: number; betweenness: number }[];
};
export type CountryNetworkResponse = Versioned<CountryNetwork>;
export interface WeakSpotsResponse {
  dataVersion: string;
  countries: { total: number; items: WeakCountry[] };
}

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

export const fetchBrokers = (params: { scope: 'institutions' | 'cooperation'; nodes?: boolean; limit?: number }, signal?: AbortSignal) =>
  getJson<BrokersResponse>(path('brokers'), params, signal);

export const fetchCountryNetwork = (signal?: AbortSignal) => getJson<CountryNetworkResponse>(path('country-network'), {}, signal);

export const fetchWeakSpots = (signal?: AbortSignal) => getJson<WeakSpotsResponse>(path('weak-spots'), { limit: 50 }, signal);
