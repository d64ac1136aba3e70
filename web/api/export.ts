/**
 * GET /api/export: the server's export of the filtered graph (json, graphml, gexf, csv), as a download link.
 */
import { API_BASE, queryString } from './client.js';
import type { NetworkFilters } from './types.js';

export type ExportFormat = 'json' | 'graphml' | 'gexf' | 'csv';

export function exportUrl(format: ExportFormat, filters: NetworkFilters): string {
  return `${API_BASE}/export${queryString({
    format,
    types: filters.types,
    countries: filters.countries,
    kinds: filters.kinds,
    fields: filters.fields,
  })}`;
}
