/**
 * Stats: request and response schemas
 * ===================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model.js';

export const StatsQuery = Type.Object({
  top: Type.Integer({ minimum: 1, maximum: 100, default: 10, description: 'Length of the top lists' }),
});

const countsOf = (keys: readonly string[], description: string) =>
  Type.Object(Object.fromEntries(keys.map((key) => [key, Type.Integer({ minimum: 0 })])), { description });

/** Whether the derived COOPERATES_WITH edges follow the data (server/ingest/derive.ts; health and stats). */
export const CooperationState = Type.Object(
  {
    state: Type.Union([Type.Literal('current'), Type.Literal('pending'), Type.Literal('deriving')], {
      description:
        'current: the derived edges follow the data; pending: a write (or a load cut short) changed what they ' +
        'derive from and no derivation has caught up yet; deriving: a derivation is running',
    }),
    pendingSince: Type.Union([Type.String(), Type.Null()], { description: 'When the first waiting change came' }),
    derivedAt: Type.Union([Type.String(), Type.Null()], { description: 'When the last derivation completed' }),
  },
  { description: 'The derived cooperation edges: current, or lagging the data' },
);

export const StatsResponse = Type.Object({
  nodes: countsOf(NODE_LABELS, 'Nodes per label'),
  relationships: countsOf(RELATIONSHIP_TYPES, 'Relationships per type'),
  topInstitutions: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), partners: Type.Integer() }), {
    description: 'Most direct COOPERATES_WITH partners first (GET /api/partners/:id?directOnly=true counts the same)',
  }),
  topCountries: Type.Array(
    Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), partners: Type.Integer() }),
    { description: 'Most partners first, counted as GET /api/partners/:id lists them' },
  ),
  cooperation: CooperationState,
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type StatsQuery = Static<typeof StatsQuery>;
export type StatsResponse = Static<typeof StatsResponse>;
export type CooperationState = Static<typeof CooperationState>;
