/**
 * Entities: request and response schemas
 * ======================================
 *
 * Built per label from core/contract/entity-types.ts so that each of the seven collections documents exactly
 * the filters and properties it has (a Document list has no `country=`, an Agreement has `startYear`, ...).
 */
import { Type, type Static } from '@sinclair/typebox';

import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../model.js';
import {
  CountryCodeList,
  IdParams,
  ListOf,
  NodeRef,
  OneOf,
  Page,
  PaginationQuery,
  Provenance,
  type Entity,
  SlugList,
  Year,
  entityOf,
  propertySchema,
} from './common.js';
import type { EntityTypeSpec } from './entity-types.js';

export const Text = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'Words in the name, an alias or the code',
});

export function listQuery(spec: EntityTypeSpec) {
  return Type.Object({
    q: Type.Optional(Text),
    ...(spec.country ? { country: Type.Optional(CountryCodeList) } : {}),
    ...(spec.kinds
      ? { kind: Type.Optional(ListOf(spec.kinds, { description: 'One or more kinds, comma-separated' })) }
      : {}),
    ...(spec.field
      ? { field: Type.Optional({ ...SlugList, description: 'Field ids, comma-separated (IN_FIELD)' }) }
      : {}),
    ...(spec.year
      ? {
          yearFrom: Type.Optional({ ...Year, description: `Earliest year of ${spec.year}` }),
          yearTo: Type.Optional({
            ...Year,
            description: `Latest year of ${spec.year}; not before yearFrom (400 naming yearTo)`,
          }),
        }
      : {}),
    ...PaginationQuery.properties,
  });
}

/** Filters a collection does not have; answered with a 400 naming them rather than silently ignored. */
export const FILTER_NAMES = ['country', 'kind', 'field', 'yearFrom', 'yearTo'] as const;

export const listResponse = (spec: EntityTypeSpec) => Page(entityOf(spec.label));

const relationshipProperties: Record<string, ReturnType<typeof propertySchema>> = {};
for (const type of RELATIONSHIP_TYPES) {
  for (const [key, property] of Object.entries(RELATIONSHIPS[type].properties)) {
    if (key === 'evidence') continue; // answered as provenance
    relationshipProperties[key] ??= Type.Optional(propertySchema({ ...property, values: undefined }));
  }
}

export const RelatedRelationship = Type.Object({
  ...relationshipProperties,
  id: Type.String({ description: '<source>|<TYPE>|<target>' }),
  type: OneOf(RELATIONSHIP_TYPES),
  direction: Type.Union([Type.Literal('out'), Type.Literal('in')], { description: 'out: this entity is the source' }),
});

export const Related = Type.Object({
  relationship: RelatedRelationship,
  node: NodeRef,
  provenance: Type.Array(Provenance),
});

export const RelatedQuery = Type.Object({
  relatedLimit: Type.Integer({ minimum: 1, maximum: 5000, default: 500, description: 'Cap on `related`' }),
});

export const detailResponse = (spec: EntityTypeSpec) =>
  Type.Object({
    entity: entityOf(spec.label),
    related: Type.Array(Related, {
      description: 'Relationships other than MENTIONED_IN (for a Document: the entities it mentions), by type and name',
    }),
    relatedTotal: Type.Integer({ description: 'All related entities; `related` holds at most `relatedLimit`' }),
    provenance: Type.Array(Provenance, { description: 'Where the entity is mentioned' }),
  });

export { IdParams };

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type RelatedRelationship = Static<typeof RelatedRelationship>;
export type Related = Static<typeof Related>;
export type RelatedQuery = Static<typeof RelatedQuery>;

/** A page of any collection and the detail of any entity, label-independent (what a generic client sees). */
type AnyEntityPage = ReturnType<typeof listResponse>;
type AnyEntityDetail = ReturnType<typeof detailResponse>;
export type EntityPage = Omit<Static<AnyEntityPage>, 'items'> & { items: (Entity & Record<string, unknown>)[] };
export type EntityDetail = Omit<Static<AnyEntityDetail>, 'entity' | 'related'> & {
  entity: Entity & Record<string, unknown>;
  /** The relationship's own properties (role, title, years...) vary by type. */
  related: (Omit<Related, 'relationship'> & { relationship: RelatedRelationship & Record<string, unknown> })[];
};
