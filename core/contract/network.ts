/**
 * Network: request and response schemas
 * =====================================
 */
import { Type, type Static } from '@sinclair/typebox';

import {
  AGREEMENT_KINDS,
  CROSS_BORDER,
  DEFAULT_NETWORK_NODES,
  DEFAULT_NETWORK_TYPES,
  NETWORK_TYPES,
} from '../model.js';
import { CountryCodeList, GraphEdge, GraphNode, GraphPayload, ListOf, SlugList, Year } from './common.js';

export const MAX_NETWORK_NODES = 200_000;
export { CROSS_BORDER, DEFAULT_NETWORK_NODES };

export const NetworkQuery = Type.Object({
  types: Type.String({
    ...ListOf(NETWORK_TYPES),
    default: DEFAULT_NETWORK_TYPES.join(','),
    description:
      'Node labels, comma-separated. Institution and Country are joined by COOPERATES_WITH; each other ' +
      'label adds its nodes and the relationships to them.',
  }),
  countries: Type.Optional({ ...CountryCodeList, description: 'Keep nodes whose country is one of these ISO codes' }),
  countryMode: Type.Optional(
    Type.Union([Type.Literal('located'), Type.Literal('partners')], {
      default: 'located',
      description:
        'located: the nodes in the countries; partners: those and everything linked to them (who works with them)',
    }),
  ),
  kinds: Type.Optional(
    ListOf(AGREEMENT_KINDS, { description: 'Agreement kinds: keep cooperation through agreements of these kinds' }),
  ),
  fields: Type.Optional({ ...SlugList, description: 'Field ids: keep cooperation through agreements in these fields' }),
  yearFrom: Type.Optional({ ...Year, description: 'Keep cooperation through agreements started in or after' }),
  yearTo: Type.Optional({
    ...Year,
    description: 'Keep cooperation through agreements started in or before; not before yearFrom (400 naming yearTo)',
  }),
  limit: Type.Integer({
    minimum: 1,
    maximum: MAX_NETWORK_NODES,
    default: DEFAULT_NETWORK_NODES,
    description: 'Cap on nodes, the best connected kept (default 2,000: a first view that draws at once; ask for more)',
  }),
});

export { GraphPayload };

export const CountryOverviewNode = Type.Composite([
  GraphNode,
  Type.Object({
    institutions: Type.Integer({ minimum: 0, description: 'Institutions located in the country' }),
    domestic: Type.Integer({
      minimum: 0,
      description: 'Cooperation links between two of its institutions (drawn as its size, not as an edge)',
    }),
  }),
]);

/**
 * GET /api/network/countries: the cooperation network summed up by country, the explorer's first view of a graph
 * too large to draw whole. Nodes are countries (`partners`: the countries linked to it here); an edge of type
 * CROSS_BORDER joins two countries whose institutions cooperate, its `weight` the number of links between them.
 */
export const CountryOverview = Type.Object({
  nodes: Type.Array(CountryOverviewNode),
  edges: Type.Array(GraphEdge),
  total: Type.Object({
    institutions: Type.Integer({ description: 'Institutions in the graph' }),
    located: Type.Integer({ description: 'Of those, located in a country (the others are not in the overview)' }),
    links: Type.Integer({ description: 'Cooperation links of located institutions, within and across borders' }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type NetworkQuery = Static<typeof NetworkQuery>;
export type CountryOverview = Static<typeof CountryOverview>;
export type CountryOverviewNode = Static<typeof CountryOverviewNode>;
