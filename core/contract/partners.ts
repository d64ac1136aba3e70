/**
 * Partners: request and response schemas
 * ======================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { TIES } from '../cooperation.js';
import { AGREEMENT_TOPOLOGIES } from '../model.js';
import { IdParams, NodeType, Nullable, OneOf, Provenance } from './common.js';

export { IdParams };

export const PartnersQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500, description: 'Cap on `partners`, strongest first' }),
  directOnly: Type.Boolean({
    default: false,
    description: "An institution's own COOPERATES_WITH edges only, without its units' and its alliances' ties",
  }),
});

export const Tie = OneOf(TIES, {
  description:
    '`direct`: its own cooperation; `unit`: through a unit PART_OF it; `alliance`: through an alliance it (or a ' +
    'unit) is MEMBER_OF, weaker than an agreement',
});

const Via = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Optional(Type.String()),
  tie: Tie,
});

export const PartnerAgreement = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  startYear: Nullable(Type.Integer()),
  topology: Type.Optional(OneOf(AGREEMENT_TOPOLOGIES)),
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
  tie: Tie,
  direct: Type.Boolean({ description: 'The institution itself cooperates with the partner' }),
  via: Type.Array(Via, { description: 'The units and alliances the partnership comes through, strongest tie first' }),
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
  directOnly: Type.Boolean(),
  counts: Type.Object(
    { direct: Type.Integer(), unit: Type.Integer(), alliance: Type.Integer() },
    { description: 'All partners by their strongest tie' },
  ),
  through: Type.Array(Type.Object({ ...Via.properties, partners: Type.Integer() }), {
    description: 'Each unit and alliance with the number of partners reached through it ("14 through Faculty of ...")',
  }),
  partners: Type.Array(Partnership, {
    description: 'Strongest tie first (direct, unit, alliance), then most agreements, then by name',
  }),
  total: Type.Integer({ description: 'All partners; `partners` holds at most `limit`' }),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type PartnersQuery = Static<typeof PartnersQuery>;
export type PartnerAgreement = Static<typeof PartnerAgreement>;
export type Partnership = Static<typeof Partnership>;
export type PartnersResponse = Static<typeof PartnersResponse>;
