/**
 * Analytics: request and response schemas
 * =======================================
 *
 * One querystring and one response body per analysis (server/analytics/*). Every route also answers
 * `?format=csv` with a table (tables.ts), described here as `text/csv`.
 */
import { type TLiteral, type TSchema, Type, type Static } from '@sinclair/typebox';

import { INSTITUTION_KINDS } from '../model.js';
import { Id, Nullable, OneOf } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Pieces

/**
 * An enumeration in a querystring, with a default Ajv fills in (`useDefaults`). A union of literals rather than
 * `OneOf`: the TypeBox type provider types `Type.Unsafe` request values as unknown.
 */
const Choice = <const T extends readonly string[]>(
  values: T,
  fallback: NoInfer<T[number]> | undefined,
  description: string,
) =>
  Type.Union(
    values.map((value) => Type.Literal(value)) as TLiteral<T[number]>[],
    fallback === undefined ? { description } : { default: fallback, description },
  );

export const Format = Choice(['json', 'csv'] as const, undefined, '`csv`: the main table of the result as CSV');

const DataVersion = Type.String({ description: 'The data version the result was computed for (docs/analytics.md)' });

const Ref = Type.Object({ id: Type.String(), name: Type.String() });

const InstitutionRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  country: Nullable(Type.String({ description: 'ISO code of the country it is located in' })),
});

const CountryRef = Type.Object({ id: Type.String(), name: Type.String(), code: Type.String() });

/** `200` as JSON or CSV. */
export function okResponse<T extends TSchema>(schema: T) {
  return {
    content: {
      'application/json': { schema },
      'text/csv': { schema: Type.String({ description: 'The main table of the result, with a header row' }) },
    },
  };
}

const InstitutionQuery = Id;

const DirectOnly = Type.Boolean({
  default: false,
  description: "The institution's own cooperation only, without its units' (PART_OF) and its alliances' ties",
});

// ---------------------------------------------------------------------------------------------------------------
// Coverage gaps

export const CoverageGapsQuery = Type.Object({
  institution: InstitutionQuery,
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Gaps returned, the most shared first' }),
  peers: Type.Integer({
    minimum: 1,
    maximum: 100,
    default: 10,
    description: 'Peers named per country (all are counted)',
  }),
  similarity: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1,
    default: 0.2,
    description: 'Jaccard similarity of partner sets from which two institutions have a similar partner profile',
  }),
  minPeers: Type.Integer({ minimum: 1, maximum: 10_000, default: 3, description: 'Peers a rule must find to be used' }),
  directOnly: DirectOnly,
  format: Type.Optional(Format),
});

export const CoverageGapsResponse = Type.Object({
  dataVersion: DataVersion,
  institution: Type.Object({ ...InstitutionRef.properties, region: Nullable(Type.String()) }),
  directOnly: Type.Boolean(),
  covered: Type.Array(CountryRef, { description: 'The foreign countries it already works with' }),
  peers: Type.Object({
    rule: OneOf([
      'kind-and-region-or-profile',
      'same-kind',
      'compatible-kind-and-shared-partner',
      'compatible-kind',
    ] as const),
    definition: Type.String({ description: 'Who counted as a peer, in words' }),
    count: Type.Integer(),
    sample: Type.Array(
      Type.Object({ ...InstitutionRef.properties, similarity: Type.Number(), sameKind: Type.Boolean() }),
      {
        description: 'Peers of the same kind first, then those with the most similar partners',
      },
    ),
  }),
  gaps: Type.Array(
    Type.Object({
      country: CountryRef,
      peerCount: Type.Integer(),
      share: Type.Number({ description: 'peerCount / peers' }),
      agreements: Type.Integer({ description: "The peers' agreements with the country" }),
      peers: Type.Array(InstitutionRef),
      reason: Type.String(),
    }),
  ),
  total: Type.Integer({ description: 'All gaps; `gaps` holds at most `limit`' }),
});

// ---------------------------------------------------------------------------------------------------------------
// Recommendations

export const RecommendationsQuery = Type.Object({
  institution: InstitutionQuery,
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  method: Choice(['adamic-adar', 'resource-allocation'] as const, 'adamic-adar', 'The link prediction index'),
  foreignOnly: Type.Boolean({ default: false, description: 'Only institutions located in another country' }),
  directOnly: DirectOnly,
  kinds: Type.Optional(
    Type.String({
      pattern: `^(${INSTITUTION_KINDS.join('|')})(,(${INSTITUTION_KINDS.join('|')}))*$`,
      description: 'Comma-separated Institution kinds to recommend (default: the kinds compatible with its own)',
      examples: ['alliance,association'],
    }),
  ),
  format: Type.Optional(Format),
});

export const RecommendationsResponse = Type.Object({
  dataVersion: DataVersion,
  institution: InstitutionRef,
  method: OneOf(['adamic-adar', 'resource-allocation'] as const),
  definition: Type.String(),
  directOnly: Type.Boolean(),
  kinds: Type.Array(Type.String(), { description: 'The Institution kinds recommended' }),
  candidates: Type.Integer({ description: 'Institutions with any signal, before `limit`' }),
  recommendations: Type.Array(
    Type.Object({
      institution: InstitutionRef,
      score: Type.Number(),
      linkScore: Type.Number(),
      fieldSimilarity: Type.Number(),
      countrySimilarity: Type.Number(),
      activity: Type.Integer({ description: 'Tie-breaker on equal scores: agreements the candidate is party to' }),
      sharedPartners: Type.Array(InstitutionRef),
      sharedFields: Type.Array(Ref),
      sharedCountries: Type.Array(CountryRef),
      reasons: Type.Array(Type.String()),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// Field × country matrix

export const MatrixQuery = Type.Object({
  institution: Type.Optional(Id),
  directOnly: DirectOnly,
  format: Type.Optional(Format),
});

export const MatrixResponse = Type.Object({
  dataVersion: DataVersion,
  institution: Nullable(InstitutionRef),
  definition: Type.String(),
  fields: Type.Array(Ref, { description: 'Rows, the busiest first' }),
  countries: Type.Array(CountryRef, { description: 'Columns, the busiest first' }),
  cells: Type.Array(Type.Array(Type.Integer()), { description: 'cells[row][column]: agreements; 0 is a gap' }),
  fieldTotals: Type.Array(Type.Integer()),
  countryTotals: Type.Array(Type.Integer()),
  agreements: Type.Integer(),
  unclassified: Type.Object({ agreements: Type.Integer(), byCountry: Type.Array(Type.Integer()) }),
  emptyCells: Type.Integer(),
  peerCells: Nullable(Type.Array(Type.Array(Type.Integer()))),
  gapCells: Nullable(Type.Integer({ description: 'Empty cells that at least one peer fills; null for the network' })),
  peers: Nullable(Type.Object({ rule: Type.String(), definition: Type.String(), count: Type.Integer() })),
});

// ---------------------------------------------------------------------------------------------------------------
// Brokers

export const BrokersQuery = Type.Object({
  scope: Choice(
    ['institutions', 'cooperation'] as const,
    'institutions',
    '`institutions`: institution–institution cooperation; `cooperation`: with the country nodes too',
  ),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Brokers returned' }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
  nodes: Type.Boolean({ default: false, description: 'Also return the community and betweenness of every node' }),
  format: Type.Optional(Format),
});

const BrokerNode = Type.Object({
  id: Type.String(),
  type: OneOf(['Institution', 'Country'] as const),
  name: Type.String(),
  kind: Nullable(Type.String()),
  country: Nullable(Type.String()),
  betweenness: Type.Number({ description: 'Normalised: the share of shortest paths between other nodes through it' }),
  rank: Type.Integer(),
  degree: Type.Integer(),
  community: Type.Integer(),
  communitiesBridged: Type.Integer({ description: 'Distinct communities among it and its partners' }),
  reason: Type.String(),
});

export const BrokersResponse = Type.Object({
  dataVersion: DataVersion,
  scope: OneOf(['institutions', 'cooperation'] as const),
  definition: Type.String(),
  graph: Type.Object({ nodes: Type.Integer(), edges: Type.Integer() }),
  betweenness: Type.Object({
    method: OneOf(['exact', 'sampled'] as const),
    sources: Type.Integer(),
    normalized: Type.Boolean(),
    description: Type.String(),
  }),
  communities: Type.Object({
    method: Type.String(),
    count: Type.Integer(),
    modularity: Nullable(Type.Number()),
    resolution: Type.Number(),
    list: Type.Array(
      Type.Object({
        id: Type.Integer(),
        size: Type.Integer(),
        members: Type.Array(Ref),
        countries: Type.Array(Type.Object({ code: Type.String(), count: Type.Integer() })),
      }),
      { description: 'The largest communities first; at most 100' },
    ),
  }),
  brokers: Type.Array(BrokerNode, { description: 'Highest betweenness first, from `offset`' }),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  nodes: Type.Optional(
    Type.Array(Type.Object({ id: Type.String(), community: Type.Integer(), betweenness: Type.Number() }), {
      description: 'With `nodes=true`: every node of the scope graph',
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// Weak spots

export const WeakSpotsQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 10_000, default: 100, description: 'Items per list' }),
  format: Type.Optional(Format),
});

const Listed = <T extends TSchema>(item: T) =>
  Type.Object({ total: Type.Integer(), items: Type.Array(item, { description: 'At most `limit`' }) });

export const WeakSpotsResponse = Type.Object({
  dataVersion: DataVersion,
  year: Type.Integer({ description: 'The year end years were compared with' }),
  definitions: Type.Object({ countries: Type.String(), institutions: Type.String(), agreements: Type.String() }),
  countries: Listed(
    Type.Object({
      country: CountryRef,
      weaknesses: Type.Array(
        OneOf(['no-agreement', 'single-agreement', 'no-institution', 'single-institution'] as const),
      ),
      agreementCount: Type.Integer(),
      agreements: Type.Array(Ref),
      countryLevelAgreements: Type.Integer({ description: 'Agreements between countries, no institution party' }),
      institutionCount: Type.Integer(),
      institutions: Type.Array(InstitutionRef),
      statedLinks: Type.Integer(),
      reason: Type.String(),
    }),
  ),
  institutions: Listed(
    Type.Object({
      institution: InstitutionRef,
      partner: Type.Object({
        id: Type.String(),
        type: OneOf(['Institution', 'Country'] as const),
        name: Type.String(),
      }),
      reason: Type.String(),
    }),
  ),
  agreements: Listed(
    Type.Object({
      agreement: Type.Object({
        id: Type.String(),
        name: Type.String(),
        kind: Type.String(),
        startYear: Nullable(Type.Integer()),
        endYear: Nullable(Type.Integer()),
        status: Nullable(Type.String()),
      }),
      problems: Type.Array(OneOf(['ended', 'undated'] as const)),
      parties: Type.Array(InstitutionRef),
      reason: Type.String(),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// Country network

export const CountryNetworkQuery = Type.Object({
  minWeight: Type.Integer({
    minimum: 0,
    maximum: 1_000_000,
    default: 0,
    description: 'Leave out edges with fewer agreements',
  }),
  format: Type.Optional(Format),
});

export const CountryNetworkResponse = Type.Object({
  dataVersion: DataVersion,
  definition: Type.String(),
  nodes: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      name: Type.String(),
      region: Nullable(Type.String()),
      institutions: Type.Integer({ description: 'Institutions located there' }),
      agreements: Type.Integer({ description: 'Cross-border agreements it takes part in' }),
      partners: Type.Integer({ description: 'Countries it is linked to' }),
      weightedDegree: Type.Integer({ description: 'Sum of its edge weights' }),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      source: Type.String(),
      target: Type.String(),
      weight: Type.Integer({ description: 'Agreements between the two countries' }),
      statedLinks: Type.Integer({ description: 'Stated cooperation without an agreement' }),
      agreements: Type.Array(Ref, { description: 'Up to five of those agreements' }),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type CoverageGapsQuery = Static<typeof CoverageGapsQuery>;
export type CoverageGapsResponse = Static<typeof CoverageGapsResponse>;
export type RecommendationsQuery = Static<typeof RecommendationsQuery>;
export type RecommendationsResponse = Static<typeof RecommendationsResponse>;
export type MatrixQuery = Static<typeof MatrixQuery>;
export type MatrixResponse = Static<typeof MatrixResponse>;
export type BrokersQuery = Static<typeof BrokersQuery>;
export type BrokersResponse = Static<typeof BrokersResponse>;
export type WeakSpotsQuery = Static<typeof WeakSpotsQuery>;
export type WeakSpotsResponse = Static<typeof WeakSpotsResponse>;
export type CountryNetworkQuery = Static<typeof CountryNetworkQuery>;
export type CountryNetworkResponse = Static<typeof CountryNetworkResponse>;
