/**
 * GET /api/paths: every shortest path between two entities, with the agreements and people along them.
 */
import { getJson } from './client.js';
import type { PathsResponse } from './types.js';

export function fetchPaths(from: string, to: string, maxLength = 6, signal?: AbortSignal): Promise<PathsResponse> {
  return getJson<PathsResponse>('/paths', { from, to, maxLength }, signal);
}
