/**
 * GET /api/stats: counts per label and relationship type.
 */
import { getJson } from './client.js';
import type { StatsResponse } from './types.js';

export function fetchStats(signal?: AbortSignal): Promise<StatsResponse> {
  return getJson<StatsResponse>('/stats', undefined, signal);
}
