/**
 * Entity repository
 * =================
 *
 * Lists and single entities of every label, over the allowlist in core/contract/entity-types.ts: one pair of
 * queries (cypher/queries/entities) serves all seven types. Returns plain DTOs shaped like the API.
 */
import { type Database, int } from '../db/database.js';
import type { Entity, NodeRef, Provenance } from '../../core/contract/common.js';
import type { NodeLabel } from '../../core/model.js';
import { documentNames, pairProvenance, withoutNulls } from './provenance.js';

export interface EntityFilters {
  q?: string;
  countries?: string[];
  kinds?: string[];
  fields?: string[];
  yearFrom?: number;
  yearTo?: number;
}

export interface EntityPage {
  items: Entity[];
  total: number;
  limit: number;
  offset: number;
}

export interface RelatedItem {
  relationship: { id: string; type: string; direction: 'out' | 'in' } & Record<string, unknown>;
  node: NodeRef;
  provenance: Provenance[];
}

export interface EntityDetail {
  entity: Entity;
  related: RelatedItem[];
  relatedTotal: number;
  provenance: Provenance[];
}

/** Relationship properties that are bookkeeping, or provenance answered separately. */
const HIDDEN_RELATIONSHIP_KEYS = new Set(['documents', 'evidence', 'derivation', '_created']);

/** An id that could be an ISO 3166-1 alpha-2 code, upper-cased; null otherwise. */
export const asCountryCode = (id: string): string | null => (/^[A-Za-z]{2}$/.test(id) ? id.toUpperCase() : null);

export class EntityRepository {
  constructor(private readonly db: Database) {}

  async list(label: NodeLabel, filters: EntityFilters, page: { limit: number; offset: number }): Promise<EntityPage> {
    const [row] = await this.db.read('entities/list', {
      label,
      q: filters.q ? filters.q.toLowerCase() : null,
      countries: filters.countries?.map((code) => code.toUpperCase()) ?? null,
      kinds: filters.kinds ?? null,
      fields: filters.fields ?? null,
      yearFrom: filters.yearFrom ?? null,
      yearTo: filters.yearTo ?? null,
      offset: int(page.offset),
      limit: int(page.limit),
    });
    const items = ((row?.items ?? []) as Record<string, unknown>[]).map((item) => withoutNulls(item) as Entity);
    return { items, total: Number(row?.total ?? 0), ...page };
  }

  /** The entity of this label with this id (or, for a Country, ISO code); null when there is none. */
  async get(label: NodeLabel, id: string, relatedLimit: number): Promise<EntityDetail | null> {
    const [row] = await this.db.read('entities/get', {
      label,
      id,
      code: label === 'Country' ? asCountryCode(id) : null,
      relatedLimit: int(relatedLimit),
    });
    if (!row) return null;
    const entity = withoutNulls(row.entity as Record<string, unknown>) as Entity;
    const names = documentNames(row.documents);
    const related = ((row.related ?? []) as Record<string, unknown>[]).map((item): RelatedItem => {
      const properties = item.relationship as Record<string, unknown>;
      const visible = Object.fromEntries(
        Object.entries(properties).filter(([key]) => !HIDDEN_RELATIONSHIP_KEYS.has(key)),
      );
      const type = String(item.type);
      // A Document's related entities are its mentions: the spans are evidence from the document itself.
      const provenance =
        type === 'MENTIONED_IN'
          ? ((properties.evidence as string[] | undefined) ?? []).map((evidence) => ({
              document: entity.id,
              documentName: entity.name,
              evidence,
            }))
          : pairProvenance(properties.documents, properties.evidence, names);
      return {
        relationship: { ...visible, id: String(properties.id ?? ''), type, direction: item.direction as 'out' | 'in' },
        node: withoutNulls(item.node as Record<string, unknown>) as NodeRef,
        provenance,
      };
    });
    return {
      entity,
      related,
      relatedTotal: Number(row.relatedTotal ?? 0),
      provenance: (row.provenance ?? []) as Provenance[],
    };
  }
}
