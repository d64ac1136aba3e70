/**
 * State in the URL
 * ================
 *
 * The shareable part of the state as a query string, so a view can be sent as a link:
 * `?types=Institution,Country&countries=DE&kinds=joint-lab&fields=marine-science&from=2010&to=2018&layout=geo
 * &selected=ocean-university-of-china&pathFrom=a&pathTo=b&isolated=1&embed=1` (and `limit`, the API's node cap,
 * for big graphs; `view=countries` or `view=institutions` when the user chose one). Parsing is forgiving: malformed values are dropped, never an error; well-formed ids that name
 * nothing are reported by the explorer once the graph is loaded.
 */
import { NETWORK_TYPES, type NodeType } from '../api/types.js';
import { type AppState, getEmptyFilters } from './app-state.js';

export type UrlState = Pick<
  AppState,
  'filters' | 'view' | 'years' | 'layout' | 'selected' | 'embed' | 'showIsolated'
> & {
  pathFrom: string | null;
  pathTo: string | null;
};

const SLUG = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

function list(params: URLSearchParams, key: string, valid: (value: string) => boolean): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v && valid(v)),
    ),
  ];
}

function year(params: URLSearchParams, key: string): number | null {
  const raw = params.get(key);
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

function id(params: URLSearchParams, key: string): string | null {
  const raw = params.get(key);
  return raw && SLUG.test(raw) ? raw : null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const filters = getEmptyFilters();
  const types = list(params, 'types', (v) => (NETWORK_TYPES as readonly string[]).includes(v)) as NodeType[];
  if (types.length > 0) filters.types = types;
  filters.countries = list(params, 'countries', (v) => /^[A-Za-z]{2}$/.test(v)).map((v) => v.toUpperCase());
  if (params.get('countryMode') === 'partners') filters.countryMode = 'partners';
  filters.kinds = list(params, 'kinds', (v) => SLUG.test(v));
  filters.fields = list(params, 'fields', (v) => SLUG.test(v));
  const limit = params.get('limit');
  if (limit && /^\d{1,6}$/.test(limit) && Number(limit) >= 1) filters.limit = Number(limit);
  let from = year(params, 'from');
  let to = year(params, 'to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const view = params.get('view');
  return {
    filters,
    view: view === 'countries' || view === 'institutions' ? view : 'auto',
    years: { from, to },
    layout: params.get('layout') === 'geo' ? 'geo' : 'force',
    selected: id(params, 'selected'),
    embed: params.get('embed') === '1' || params.get('embed') === 'true',
    showIsolated: params.get('isolated') === '1',
    pathFrom: id(params, 'pathFrom'),
    pathTo: id(params, 'pathTo'),
  };
}

export function toUrlSearch(state: AppState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  const defaults = getEmptyFilters();
  const sameTypes =
    filters.types.length === defaults.types.length && defaults.types.every((t) => filters.types.includes(t));
  if (!sameTypes) params.set('types', filters.types.join(','));
  if (filters.countries.length) params.set('countries', filters.countries.join(','));
  if (filters.countries.length && filters.countryMode === 'partners') params.set('countryMode', 'partners');
  if (filters.kinds.length) params.set('kinds', filters.kinds.join(','));
  if (filters.fields.length) params.set('fields', filters.fields.join(','));
  if (filters.limit !== undefined) params.set('limit', String(filters.limit));
  if (state.view !== 'auto') params.set('view', state.view);
  if (state.years.from !== null) params.set('from', String(state.years.from));
  if (state.years.to !== null) params.set('to', String(state.years.to));
  if (state.layout !== 'force') params.set('layout', state.layout);
  if (state.selected) params.set('selected', state.selected);
  if (state.path.from) params.set('pathFrom', state.path.from.id);
  if (state.path.to) params.set('pathTo', state.path.to.id);
  if (state.showIsolated) params.set('isolated', '1');
  if (state.embed) params.set('embed', '1');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
