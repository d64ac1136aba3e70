/**
 * Network: request and response schemas
 * =====================================
 */
import { Type, type Static } from '@sinclair/typebox';

import { AGREEMENT_KINDS, DEFAULT_NETWORK_TYPES, NETWORK_TYPES } from '../model.js';
import { CountryCodeList, GraphPayload, ListOf, SlugList, Year } from './common.js';

export const MAX_NETWORK_NODES = 200_000;
/**
 * The default cap. At 100k institutions (bench/README.md) the 2,000 best connected and their ~60k links take under
 * 1 s to build and 0.5 MiB gzipped as Arrow; 20,000 took 4.6 s and 2.5 MiB. Smaller graphs are drawn whole.
 */
export const DEFAULT_NETWORK_NODES = 2_000;

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

// ---------------------------------------------------------------------------------------------------------------
// Static types: what a client receives or sends (web/ imports these with `import type`)

export type NetworkQuery = Static<typeof NetworkQuery>;
