/**
 * GET /api/<type>/:id, GET /api/<type> and GET /api/partners/:id: an entity with its facts and their provenance.
 */
import { getJson } from './client.js';
import { type EntityDetail, type EntityPage, type NodeType, type PartnersResponse, SEGMENTS } from './types.js';

export function fetchEntity(type: NodeType, id: string, signal?: AbortSignal): Promise<EntityDetail> {
  return getJson<EntityDetail>(`/${SEGMENTS[type]}/${encodeURIComponent(id)}`, undefined, signal);
}

export function fetchEntities(
  type: NodeType,
  params: { q?: string; limit?: number; offset?: number } = {},
  signal?: AbortSignal,
): Promise<EntityPage> {
  return getJson<EntityPage>(`/${SEGMENTS[type]}`, params, signal);
}

export function fetchPartners(id: string, signal?: AbortSignal): Promise<PartnersResponse> {
  return getJson<PartnersResponse>(`/partners/${encodeURIComponent(id)}`, undefined, signal);
}
