/**
 * GET /api/export: the server's export of the filtered graph (json, graphml, gexf, csv), as a download link.
 */
import { API_BASE, apiHeaders, queryString } from './client.js';
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

/**
 * A server export fetched with the API key (a plain link cannot send `Authorization`), saved under the name the
 * server gives it. Used when the explorer holds a key (COOPGRAPH_REQUIRE_KEY_FOR_READS servers).
 */
export async function downloadWithKey(url: string): Promise<void> {
  const response = await fetch(url, { headers: { ...apiHeaders(), accept: '*/*' } });
  if (!response.ok) throw new Error(`export failed: ${response.status} ${response.statusText}`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'coopgraph-export';
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
