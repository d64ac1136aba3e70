/**
 * Partners: request and response schemas
 * ======================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { IdParams, NodeType, Nullable, OneOf, Provenance } from './common.js';

export { IdParams };

export const PartnersQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500, description: 'Cap on `partners`, strongest first' }),
});

export const PartnerAgreement = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  startYear: Nullable(Type.Integer()),
  fields: Type.Array(Type.String(), { description: 'Names of the fields the agreement is IN_FIELD' }),
});

export const Partnership = Type.Object({
  partner: Type.Object({
    id: Type.String(),
    type: NodeType,
    name: Type.String(),
    kind: Type.Optional(Type.String()),
    country: Type.Optional(Type.String({ description: 'ISO code of the partner country (a Country: its own)' })),
  }),
  weight: Type.Integer({ description: 'Number of agreements behind the partnership (0 for a stated one only)' }),
  stated: Type.Boolean({ description: 'A text states the cooperation itself, not only through agreements' }),
  kinds: Type.Array(Type.String(), { description: 'Kinds of the agreements' }),
  firstYear: Nullable(Type.Integer({ description: 'Earliest agreement start year' })),
  years: Type.Array(Type.Integer(), { description: 'Distinct start years of the listed agreements, ascending' }),
  agreements: Type.Array(PartnerAgreement, { description: 'By start year; at most 100' }),
  evidence: Type.Array(Provenance, {
    description: 'The stated edge evidence and the spans naming each side party to the agreements; at most 50',
  }),
});

export const PartnersResponse = Type.Object({
  entity: Type.Object({ id: Type.String(), type: OneOf(['Institution', 'Country'] as const), name: Type.String() }),
  partners: Type.Array(Partnership, { description: 'Strongest (highest weight) first, then by name' }),
  total: Type.Integer({ description: 'All partners; `partners` holds at most `limit`' }),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type PartnersQuery = Static<typeof PartnersQuery>;
export type PartnerAgreement = Static<typeof PartnerAgreement>;
export type Partnership = Static<typeof Partnership>;
export type PartnersResponse = Static<typeof PartnersResponse>;
