/**
 * API client
 * ==========
 *
 * One `getJson()` for every read: builds the query string (empty values are left out so that "no filter" is
 * the server default), aborts with the caller's signal, and turns every failure into an `ApiError` the UI can
 * explain: the network (server unreachable), the database (503) or the request (4xx, with the server's
 * message).
 */

export type ApiFailure = 'network' | 'unavailable' | 'not-found' | 'bad-request' | 'server';

export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    message: string,
    readonly failure: ApiFailure,
    readonly status: number | null,
    readonly field?: string,
  ) {
    super(message);
  }
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** `{ a: 1, b: ['x','y'], c: undefined }` -> `a=1&b=x,y`. */
export function queryString(params: Record<string, QueryValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The base path of the API; the explorer is served by the same origin (or proxied by Vite in dev). */
export const API_BASE = '/api';

function failureOf(status: number): ApiFailure {
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

export async function getJson<T>(path: string, params?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  return (await get(path, params, 'application/json', signal)).json() as Promise<T>;
}

/** A successful response to GET `path` with this Accept header, or the ApiError that explains why not. */
export async function get(path: string, params: Record<string, QueryValue> | undefined, accept: string, signal?: AbortSignal): Promise<Response> {
  const url = `${API_BASE}${path}${queryString(params)}`;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The coopgraph server cannot be reached.', 'network', null);
  }
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    let field: string | undefined;
    try {
      const body = (await response.json()) as { message?: string; field?: string };
      if (body.message) message = body.message;
      field = body.field;
    } catch {
      // Not our error body (a proxy's HTML page, say): keep the status line.
    }
    throw new ApiError(message, failureOf(response.status), response.status, field);
  }
  return response;
}

export const isAbort = (error: unknown): boolean => (error as Error)?.name === 'AbortError';
