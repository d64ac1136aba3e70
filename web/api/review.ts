/**
 * Review API
 * ==========
 *
 * Typed calls of /api/review (docs/api.md, "Review"): submit a text, read a document and its proposals, record
 * decisions, commit. Writes carry the API key as a Bearer token; the key is the one the explorer keeps for the
 * tab's session (web/api/client.ts, the same the read-key prompt stores). Failures become the
 * same `ApiError` as the reads, with the server's message and the field at fault.
 */
import type {
  CommitResponse,
  Decision,
  DecisionsResponse,
  ProposalsResponse,
  ReviewDocument,
  ReviewDocumentList,
  SubmitBody,
  SubmitResponse,
} from '../../core/contract/review.js';
import { API_BASE, ApiError, apiKey, getJson, setApiKey } from './client.js';

export type {
  CommitResponse,
  Decision,
  DecisionsResponse,
  ProposalsResponse,
  ReviewDocument,
  ReviewDocumentList,
  SubmitBody,
  SubmitResponse,
};
export type { Proposal, ReviewDocumentSummary } from '../../core/contract/review.js';

/** The key the explorer keeps for this tab (web/api/client.ts): one key for reads, writes and the review. */
export const storedApiKey = (): string => apiKey() ?? '';

export const storeApiKey = (key: string): void => setApiKey(key || null);

const RETRIES = [2_000, 4_000, 8_000];

/**
 * A POST, retried while the server answers 503 (overloaded, or the database briefly away): every review write is
 * safe to repeat (a submission is keyed by its text, a decision sets a state, a commit writes only what waits).
 */
async function postJson<T>(path: string, body: unknown, key: string): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(`${API_BASE}${path}`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError('The coopgraph server cannot be reached.', 'network', null);
    }
    if (response.status === 503 && attempt < RETRIES.length) {
      await new Promise((resolve) => setTimeout(resolve, RETRIES[attempt]));
      continue;
    }
    const answer = (await response.json().catch(() => ({}))) as { message?: string; field?: string };
    if (response.ok) return answer as T;
    const failure = response.status === 503 ? 'unavailable' : response.status === 404 ? 'not-found' : 'bad-request';
    const message = answer.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(
      message,
      response.status >= 500 && response.status !== 503 ? 'server' : failure,
      response.status,
      answer.field,
    );
  }
}

const documentPath = (id: string) => `/review/documents/${encodeURIComponent(id)}`;

export const submitText = (body: SubmitBody, key: string) => postJson<SubmitResponse>('/review/documents', body, key);

export const fetchReviewDocuments = (signal?: AbortSignal) =>
  getJson<ReviewDocumentList>('/review/documents', {}, signal);

export const fetchReviewDocument = (id: string, signal?: AbortSignal) =>
  getJson<ReviewDocument>(documentPath(id), {}, signal);

export const fetchProposals = (id: string, signal?: AbortSignal) =>
  getJson<ProposalsResponse>(`${documentPath(id)}/proposals`, {}, signal);

export const sendDecisions = (id: string, decisions: Decision[], key: string) =>
  postJson<DecisionsResponse>(`${documentPath(id)}/decisions`, { decisions }, key);

export const commitReview = (id: string, key: string) =>
  postJson<CommitResponse>(`${documentPath(id)}/commit`, undefined, key);
