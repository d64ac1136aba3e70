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

/* ---------------------------------------------------------------------------------------------------------------
 * API key, for servers with COOPGRAPH_REQUIRE_KEY_FOR_READS=true
 *
 * Kept in sessionStorage (this tab only, gone when it closes) and sent as `Authorization: Bearer`. A 401 or 403
 * asks the user through the prompt the page registers (ui/key-prompt.ts), once for all requests waiting on it,
 * and retries with the new key; cancelling the prompt leaves the error as it was.
 * ------------------------------------------------------------------------------------------------------------ */

const KEY_STORAGE = 'coopgraph:api-key';

export type KeyPrompt = (reason: 'missing' | 'rejected') => Promise<string | null>;

let keyPrompt: KeyPrompt | null = null;
let pendingKey: Promise<string | null> | null = null;

export function setKeyPrompt(prompt: KeyPrompt | null): void {
  keyPrompt = prompt;
}

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage disabled: the key lives as long as the prompt's answer.
  }
}

/** Headers for an API request: what it accepts (JSON unless told), and the key when there is one. */
export function apiHeaders(accept = 'application/json'): Record<string, string> {
  const key = apiKey();
  return { accept, ...(key ? { authorization: `Bearer ${key}` } : {}) };
}

/** Asks for a key once for every request that needs one; null when the user cancels. */
function askForKey(reason: 'missing' | 'rejected'): Promise<string | null> {
  if (!keyPrompt) return Promise.resolve(null);
  pendingKey ??= keyPrompt(reason).then((key) => {
    pendingKey = null;
    if (key) setApiKey(key);
    return key;
  });
  return pendingKey;
}

async function send(url: string, accept: string, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, { signal, headers: apiHeaders(accept) });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The coopgraph server cannot be reached.', 'network', null);
  }
}

export async function getJson<T>(path: string, params?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  return (await get(path, params, 'application/json', signal)).json() as Promise<T>;
}

/** A successful response to GET `path` with this Accept header, or the ApiError that explains why not. */
export async function get(
  path: string,
  params: Record<string, QueryValue> | undefined,
  accept: string,
  signal?: AbortSignal,
): Promise<Response> {
  const url = `${API_BASE}${path}${queryString(params)}`;
  let response = await send(url, accept, signal);
  while ((response.status === 401 || response.status === 403) && keyPrompt) {
    const key = await askForKey(apiKey() ? 'rejected' : 'missing');
    if (!key) break;
    response = await send(url, accept, signal);
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
