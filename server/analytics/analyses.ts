/**
 * The analyses by name
 * ====================
 *
 * What the routes ask the engine for: each analysis by name, with the parameters it takes, checked against the
 * data (an id that is not an institution is a 404 naming `institution`). The engine runs these in its worker
 * thread, so parameters and results are plain, cloneable data.
 */
import { NotFoundError } from '../../core/errors.js';
import { type BrokersOptions, brokers } from './brokers.js';
import { countryNetwork } from './country-network.js';
import { type CoverageGapsOptions, coverageGaps } from './coverage-gaps.js';
import { fieldCountryMatrix } from './field-country-matrix.js';
import { type CooperationData, isInstitution } from './model.js';
import { type RecommendationOptions, recommendPartners } from './recommendations.js';
import { weakSpots } from './weak-spots.js';

export interface AnalysisParams {
  'coverage-gaps': CoverageGapsOptions & { institution: string };
  recommendations: RecommendationOptions & { institution: string };
  'field-country-matrix': { institution?: string; directOnly?: boolean };
  brokers: BrokersOptions;
  'weak-spots': { year?: number };
  'country-network': Record<string, never>;
}

export type AnalysisName = keyof AnalysisParams;

export interface AnalysisResults {
  'coverage-gaps': ReturnType<typeof coverageGaps>;
  recommendations: ReturnType<typeof recommendPartners>;
  'field-country-matrix': ReturnType<typeof fieldCountryMatrix>;
  brokers: ReturnType<typeof brokers>;
  'weak-spots': ReturnType<typeof weakSpots>;
  'country-network': ReturnType<typeof countryNetwork>;
}

/** An unknown id, or the id of something that is not an institution, is a 404 naming the parameter. */
export function requireInstitution(data: CooperationData, id: string): void {
  if (!data.graph.hasNode(id) || !isInstitution(data.graph, id)) {
    throw new NotFoundError(`No institution with id "${id}"`, 'institution');
  }
}

export const ANALYSES: {
  [N in AnalysisName]: (data: CooperationData, params: AnalysisParams[N]) => AnalysisResults[N];
} = {
  'coverage-gaps': (data, { institution, ...options }) => {
    requireInstitution(data, institution);
    return coverageGaps(data, institution, options);
  },
  recommendations: (data, { institution, ...options }) => {
    requireInstitution(data, institution);
    return recommendPartners(data, institution, options);
  },
  'field-country-matrix': (data, { institution, directOnly }) => {
    if (institution !== undefined) requireInstitution(data, institution);
    return fieldCountryMatrix(data, { institution, directOnly });
  },
  brokers: (data, options) => brokers(data.graph, options),
  'weak-spots': (data, options) => weakSpots(data, options),
  'country-network': (data) => countryNetwork(data),
};

export function runAnalysis<N extends AnalysisName>(
  data: CooperationData,
  name: N,
  params: AnalysisParams[N],
): AnalysisResults[N] {
  return ANALYSES[name](data, params);
}
