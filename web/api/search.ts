/**
 * GET /api/search: full-text, typo-tolerant search over names and aliases.
 */
import { getJson } from './client.js';
import type { NodeType, SearchResponse } from './types.js';

export function search(
  q: string,
  options: { types?: NodeType[]; limit?: number } = {},
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return getJson<SearchResponse>('/search', { q, types: options.types, limit: options.limit ?? 10 }, signal);
}
