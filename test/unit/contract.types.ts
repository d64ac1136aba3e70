/**
 * Analysis results fit their response schemas
 * ===========================================
 *
 * A type-level test: compiled by `tsc -p tsconfig.json` (the type check of `npm test`), never run. Each result of
 * server/analytics, as the engine hands it to the route (AnalysisResults: CoverageGapsResult,
 * RecommendationsResult, FieldCountryMatrix, BrokersResult, WeakSpotsResult with its WeakCountry, WeakInstitution
 * and WeakAgreement lists, CountryNetwork), is wrapped here the way server/routes/analytics/index.ts wraps it
 * (dataVersion, total, the brokers page, the weak-spot lists) and must be assignable to the Static type of its
 * response schema in core/contract/analytics.ts, and may carry no property the schema does not declare (the
 * serializer would drop it silently). A field renamed, retyped, dropped or added on one side only fails the type
 * check here, naming it.
 */
import type { AnalysisResults } from '../../server/analytics/analyses.js';
import type {
  BrokersResponse,
  CountryNetworkResponse,
  CoverageGapsResponse,
  MatrixResponse,
  RecommendationsResponse,
  WeakSpotsResponse,
} from '../../core/contract/analytics.js';

type Result<N extends keyof AnalysisResults> = AnalysisResults[N];

/** Compiles only when `Sent` is assignable to `Declared`. */
type Fits<Sent extends Declared, Declared> = Sent;

/**
 * The paths of the properties of `Sent` that `Declared` does not declare, through objects and arrays: the
 * response serializer drops them without a word, so a field added to an analysis and not to its schema would
 * never reach a client. `never` when there are none.
 */
type Undeclared<Sent, Declared, Path extends string = ''> = Sent extends readonly (infer Item)[]
  ? NonNullable<Declared> extends readonly (infer DeclaredItem)[]
    ? Undeclared<Item, DeclaredItem, `${Path}[]`>
    : never
  : Sent extends object
    ? {
        [K in keyof Sent & string]: K extends keyof NonNullable<Declared>
          ? Undeclared<Sent[K], NonNullable<Declared>[K], `${Path}.${K}`>
          : `${Path}.${K}`;
      }[keyof Sent & string]
    : never;

/** Compiles only when `Paths` is `never`; the error names the undeclared paths. */
type NoneOf<Paths extends never> = Paths;

// Each wrapping below is the route's (server/routes/analytics/index.ts), on the result the engine returns. They
// are values only so that `ReturnType<typeof ...>` can name what the route sends.
/* eslint-disable @typescript-eslint/no-unused-vars */

const coverageGaps = (version: string, value: Result<'coverage-gaps'>, limit: number) => {
  const result = { ...value, gaps: value.gaps.slice(0, limit) };
  return { dataVersion: version, ...result, total: value.gaps.length };
};

const recommendations = (version: string, value: Result<'recommendations'>) => ({ dataVersion: version, ...value });

const fieldCountryMatrix = (version: string, value: Result<'field-country-matrix'>) => ({
  dataVersion: version,
  ...value,
});

const brokers = (version: string, value: Result<'brokers'>, limit: number, offset: number, nodes: boolean) => {
  const page = value.nodes.slice(offset, offset + limit);
  const { nodes: all, communities, ...rest } = value;
  return {
    dataVersion: version,
    ...rest,
    communities: { ...communities, list: communities.list.slice(0, 100) },
    brokers: page,
    total: all.length,
    limit,
    offset,
    ...(nodes ? { nodes: all.map(({ id, community, betweenness }) => ({ id, community, betweenness })) } : {}),
  };
};

const weakSpots = (version: string, value: Result<'weak-spots'>, limit: number) => {
  const list = <T>(items: T[]) => ({ total: items.length, items: items.slice(0, limit) });
  return {
    dataVersion: version,
    year: value.year,
    definitions: value.definitions,
    countries: list(value.countries),
    institutions: list(value.institutions),
    agreements: list(value.agreements),
  };
};

const countryNetwork = (version: string, value: Result<'country-network'>, minWeight: number) => {
  const result = { ...value, edges: value.edges.filter((edge) => edge.weight >= minWeight) };
  return { dataVersion: version, ...result };
};

type Sent = {
  coverageGaps: ReturnType<typeof coverageGaps>;
  recommendations: ReturnType<typeof recommendations>;
  fieldCountryMatrix: ReturnType<typeof fieldCountryMatrix>;
  brokers: ReturnType<typeof brokers>;
  weakSpots: ReturnType<typeof weakSpots>;
  countryNetwork: ReturnType<typeof countryNetwork>;
};

export type AnalyticsContract = [
  Fits<Sent['coverageGaps'], CoverageGapsResponse>,
  NoneOf<Undeclared<Sent['coverageGaps'], CoverageGapsResponse>>,
  Fits<Sent['recommendations'], RecommendationsResponse>,
  NoneOf<Undeclared<Sent['recommendations'], RecommendationsResponse>>,
  Fits<Sent['fieldCountryMatrix'], MatrixResponse>,
  NoneOf<Undeclared<Sent['fieldCountryMatrix'], MatrixResponse>>,
  Fits<Sent['brokers'], BrokersResponse>,
  NoneOf<Undeclared<Sent['brokers'], BrokersResponse>>,
  Fits<Sent['weakSpots'], WeakSpotsResponse>,
  NoneOf<Undeclared<Sent['weakSpots'], WeakSpotsResponse>>,
  Fits<Sent['countryNetwork'], CountryNetworkResponse>,
  NoneOf<Undeclared<Sent['countryNetwork'], CountryNetworkResponse>>,
];
