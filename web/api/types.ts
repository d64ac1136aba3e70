/**
 * API types
 * =========
 *
 * The response shapes of the routes the explorer reads (docs/api.md). The graph payload, provenance and entity
 * shapes come from the server's TypeBox schemas (`import type`, erased at build time, so the bundle carries no
 * server code); the rest mirror the contract in docs/api.md.
 */
import type {
  Entity,
  GraphEdge,
  GraphNode,
  GraphPayload,
  NodeRef,
  NodeType,
  Provenance,
} from '../../core/contract/common.js';

export type { Entity, GraphEdge, GraphNode, GraphPayload, NodeRef, NodeType, Provenance };

/** Entity types and their path segments (docs/api.md). */
export const SEGMENTS: Record<NodeType, string> = {
  Institution: 'institutions',
  Country: 'countries',
  Person: 'people',
  Agreement: 'agreements',
  Event: 'events',
  Field: 'fields',
  Document: 'documents',
};

/** The types /api/network can return, in the order the explorer lists them. */
export const NETWORK_TYPES: NodeType[] = ['Institution', 'Country', 'Agreement', 'Person', 'Event', 'Field'];
export const DEFAULT_NETWORK_TYPES: NodeType[] = ['Institution', 'Country'];

/** GET /api/<type>?... */
export interface EntityPage {
  items: (Entity & Record<string, unknown>)[];
  total: number;
  limit: number;
  offset: number;
}

/** GET /api/<type>/:id */
export interface EntityDetail {
  entity: Entity & Record<string, unknown>;
  related: {
    relationship: { id: string; type: string; direction: 'out' | 'in' } & Record<string, unknown>;
    node: NodeRef;
    provenance: Provenance[];
  }[];
  provenance: Provenance[];
}

/** GET /api/partners/:id */
export interface PartnersResponse {
  entity: { id: string; type: NodeType; name: string };
  partners: {
    partner: { id: string; type: NodeType; name: string; kind?: string | null; country?: string | null };
    weight: number | null;
    stated: boolean;
    kinds: string[];
    firstYear: number | null;
    /** Distinct start years of the agreements. */
    years?: number[];
    agreements: { id: string; name: string; kind: string; startYear?: number | null; fields: string[] }[];
    evidence: Provenance[];
  }[];
  total?: number;
}

/** GET /api/paths */
export interface PathsResponse {
  paths: {
    length: number;
    nodes: { id: string; type: NodeType; name: string }[];
    edges: { type: string; source: string; target: string }[];
  }[];
  agreements: { id: string; name: string; kind: string }[];
  people: { id: string; name: string }[];
}

/** GET /api/search */
export interface SearchHit {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  kind?: string | null;
  score: number;
}
export interface SearchResponse {
  hits: SearchHit[];
}

/** GET /api/stats */
export interface StatsResponse {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  topInstitutions: { id: string; name: string; partners: number }[];
  topCountries: { id: string; code: string; name: string; partners: number }[];
}

/** The server-side filters of /api/network (and /api/export). */
export interface NetworkFilters {
  types: NodeType[];
  countries: string[];
  kinds: string[];
  fields: string[];
  yearFrom?: number | null;
  yearTo?: number | null;
  limit?: number;
}
