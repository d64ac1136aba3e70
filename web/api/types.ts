/**
 * API types
 * =========
 *
 * The shapes of what the explorer sends and receives. Every one comes from the API contract in core/contract
 * (`import type`: erased at build time, so the bundle carries no schema code); nothing is mirrored by hand, so a
 * change to a response schema breaks this build.
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
import type { StatsResponse } from '../../core/contract/stats.js';
import type { PartnersResponse } from '../../core/contract/partners.js';
import type { PathsResponse } from '../../core/contract/paths.js';
import type { SearchHit, SearchResponse } from '../../core/contract/search.js';
import type { EntityDetail, EntityPage } from '../../core/contract/entities.js';
import type { CountryOverview, CountryOverviewNode, NetworkQuery } from '../../core/contract/network.js';
import { DEFAULT_NETWORK_TYPES, NETWORK_TYPES } from '../../core/model.js';
import { ENTITY_TYPES } from '../../core/contract/entity-types.js';

export type {
  CountryOverview,
  CountryOverviewNode,
  Entity,
  EntityDetail,
  EntityPage,
  GraphEdge,
  GraphNode,
  GraphPayload,
  NodeRef,
  NodeType,
  PartnersResponse,
  PathsResponse,
  Provenance,
  SearchHit,
  SearchResponse,
  StatsResponse,
};
export { DEFAULT_NETWORK_TYPES, NETWORK_TYPES };

/** Entity types and their path segments (docs/api.md). */
export const SEGMENTS = Object.fromEntries(ENTITY_TYPES.map((spec) => [spec.label, spec.segment])) as Record<
  NodeType,
  string
>;

/**
 * The server-side filters of /api/network (and /api/export), as the explorer keeps them: lists rather than the
 * comma-separated strings of the query (NetworkQuery).
 */
export interface NetworkFilters {
  types: NodeType[];
  countries: string[];
  /** "located": nodes in the countries; "partners": those and what works with them. */
  countryMode?: 'located' | 'partners';
  kinds: string[];
  fields: string[];
  yearFrom?: NetworkQuery['yearFrom'] | null;
  yearTo?: NetworkQuery['yearTo'] | null;
  limit?: NetworkQuery['limit'];
}
