/**
 * Partner recommendations
 * =======================
 *
 * Institutions an institution does not cooperate with yet, ranked by link prediction on the
 * institution–institution cooperation graph, with shared fields and shared partner countries as secondary
 * signals:
 *
 *   score(u, v) = link(u, v) + fieldWeight · J(fields(u), fields(v)) + countryWeight · J(countries(u), countries(v))
 *
 * where link is Adamic-Adar, Σ 1 / ln(deg z), or resource allocation, Σ 1 / deg z, over the partners z that u and
 * v share (deg counts institution partners), and J is Jaccard similarity. Each recommendation carries the
 * reasons behind its score in plain words.
 */
import { compatibleKinds } from '../../core/cooperation.js';
import {
  type CooperationData,
  type CooperationGraph,
  type CountryRef,
  type InstitutionRef,
  type Ref,
  type TieOptions,
  byName,
  countryRef,
  family,
  fieldRef,
  institutionAttributes,
  institutionPartners,
  institutionRef,
  jaccard,
  listNames,
  ties,
  units,
} from './model.js';

export type LinkMethod = 'adamic-adar' | 'resource-allocation';

export interface RecommendationOptions extends TieOptions {
  limit?: number;
  /** Institution kinds to recommend; default: the kinds compatible with its own (core/cooperation.ts). */
  kinds?: string[];
  method?: LinkMethod;
  /** Only institutions in another (known) country. */
  foreignOnly?: boolean;
  fieldWeight?: number;
  countryWeight?: number;
}

export interface Recommendation {
  institution: InstitutionRef;
  score: number;
  /** The Adamic-Adar or resource-allocation part of the score. */
  linkScore: number;
  fieldSimilarity: number;
  countrySimilarity: number;
  /** The tie-breaker: agreements the candidate is party to (more active first on equal scores). */
  activity: number;
  /** Your partners that already work with them. */
  sharedPartners: InstitutionRef[];
  sharedFields: Ref[];
  sharedCountries: CountryRef[];
  reasons: string[];
}

export interface RecommendationsResult {
  institution: InstitutionRef;
  method: LinkMethod;
  definition: string;
  directOnly: boolean;
  /** The institution kinds recommended. */
  kinds: string[];
  /** Institutions that had any signal, before `limit`. */
  candidates: number;
  recommendations: Recommendation[];
}

export const RECOMMENDATION_DEFAULTS = {
  limit: 10,
  method: 'adamic-adar' as LinkMethod,
  foreignOnly: false,
  fieldWeight: 0.5,
  countryWeight: 0.25,
};

const isInstitutionNode = (graph: CooperationGraph, node: string) =>
  graph.getNodeAttribute(node, 'type') === 'Institution';

const fieldIndexes = new WeakMap<CooperationGraph, Map<string, string[]>>();

/** Institutions by field, built once per graph. */
function institutionsByField(graph: CooperationGraph): Map<string, string[]> {
  let index = fieldIndexes.get(graph);
  if (!index) {
    index = new Map();
    graph.forEachNode((node, attributes) => {
      if (attributes.type !== 'Institution') return;
      for (const field of attributes.fields) {
        const list = index!.get(field);
        if (list) list.push(node);
        else index!.set(field, [node]);
      }
    });
    fieldIndexes.set(graph, index);
  }
  return index;
}

function definition(method: LinkMethod, fieldWeight: number, countryWeight: number, kinds: string[]): string {
  const link =
    method === 'adamic-adar'
      ? 'Adamic-Adar index (sum of 1 / ln(partners) over the partners you share)'
      : 'resource allocation index (sum of 1 / partners over the partners you share)';
  return (
    `score = ${link} + ${fieldWeight} × Jaccard similarity of fields + ${countryWeight} × Jaccard similarity of ` +
    "partner countries (never your own country or your partners' home countries); equal scores: the candidate " +
    `with more agreements first, then by name; only ${kinds.join(', ')}; left out: the institution, its units ` +
    'and parents, and everyone it is already tied to directly, through a unit or through an alliance (the ' +
    'alliances it belongs to included)'
  );
}

/**
 * The countries that say something about an institution's interests: the countries it is tied to (rolled up),
 * less its own and less the home countries of the institutions it is tied to ("both cooperate with China" says
 * nothing when China is where your partner is: every foreign partner of a Chinese institution does).
 */
function interestCountries(data: CooperationData, node: string, options: TieOptions): Set<string> {
  const { graph } = data;
  const self = institutionAttributes(graph, node);
  const countries = new Set<string>();
  const homes = new Set<string>();
  for (const partner of ties(data, node, options).keys()) {
    const attributes = graph.getNodeAttributes(partner);
    if (attributes.type === 'Country') countries.add(partner);
    else if (attributes.country !== null) homes.add(attributes.country);
  }
  for (const home of homes) countries.delete(home);
  if (self.country !== null) countries.delete(self.country);
  return countries;
}

export function recommendPartners(
  data: CooperationData,
  institution: string,
  options: RecommendationOptions = {},
): RecommendationsResult {
  const { limit, method, foreignOnly, fieldWeight, countryWeight } = { ...RECOMMENDATION_DEFAULTS, ...options };
  const { graph } = data;
  const self = institutionAttributes(graph, institution);
  const kinds = options.kinds && options.kinds.length > 0 ? [...new Set(options.kinds)] : compatibleKinds(self.kind);
  const allowed = new Set(kinds);
  const tied = ties(data, institution, options);
  const own = family(data, institution);
  // Link prediction walks through the institutions it works with: its own partners and its units'.
  const partners = [...tied]
    .filter(([node, tie]) => tie.tie !== 'alliance' && isInstitutionNode(graph, node))
    .map(([node]) => node);
  const fields = new Set(self.fields);
  if (!options.directOnly)
    for (const unit of units(data, institution))
      for (const field of institutionAttributes(graph, unit).fields) fields.add(field);
  const countries = interestCountries(data, institution, options);
  const interests = new Map<string, Set<string>>();
  const interestsOf = (node: string) =>
    interests.get(node) ?? interests.set(node, interestCountries(data, node, options)).get(node)!;

  const excluded = (node: string) => {
    if (own.has(node) || tied.has(node)) return true;
    const attributes = institutionAttributes(graph, node);
    if (!allowed.has(attributes.kind)) return true;
    return foreignOnly && (attributes.country === null || attributes.country === self.country);
  };
  // Link prediction: walk two steps through the partners.
  const link = new Map<string, number>();
  const via = new Map<string, string[]>();
  for (const partner of partners) {
    const next = institutionPartners(graph, partner);
    // A partner with one partner (us) joins nobody; ln(1) = 0 would divide by zero.
    if (next.length < 2) continue;
    const contribution = method === 'adamic-adar' ? 1 / Math.log(next.length) : 1 / next.length;
    for (const node of next) {
      if (excluded(node)) continue;
      link.set(node, (link.get(node) ?? 0) + contribution);
      const list = via.get(node);
      if (list) list.push(partner);
      else via.set(node, [partner]);
    }
  }

  // Secondary signals find candidates of their own: institutions in the same fields or partner countries.
  const candidates = new Set(link.keys());
  const byField = institutionsByField(graph);
  for (const field of fields) for (const node of byField.get(field) ?? []) if (!excluded(node)) candidates.add(node);
  for (const country of countries) {
    if (!graph.hasNode(country)) continue;
    graph.forEachNeighbor(country, (node, attributes) => {
      if (attributes.type === 'Institution' && !excluded(node)) candidates.add(node);
    });
  }

  const activity = (node: string) => data.agreementsOf.get(node)?.length ?? 0;
  const scored: { node: string; score: number; link: number; fieldSimilarity: number; countrySimilarity: number }[] =
    [];
  for (const node of candidates) {
    const attributes = institutionAttributes(graph, node);
    const fieldSimilarity = jaccard(fields, new Set(attributes.fields));
    const countrySimilarity = jaccard(countries, interestsOf(node));
    const linkScore = link.get(node) ?? 0;
    const score = linkScore + fieldWeight * fieldSimilarity + countryWeight * countrySimilarity;
    if (score > 0) scored.push({ node, score, link: linkScore, fieldSimilarity, countrySimilarity });
  }
  const names = new Map<string, string>();
  const nameOf = (node: string) =>
    names.get(node) ?? names.set(node, institutionAttributes(graph, node).name).get(node)!;
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.link - a.link ||
      activity(b.node) - activity(a.node) ||
      byName({ id: a.node, name: nameOf(a.node) }, { id: b.node, name: nameOf(b.node) }),
  );

  const recommendations = scored
    .slice(0, limit)
    .map(({ node, score, link: linkScore, fieldSimilarity, countrySimilarity }) => {
      const attributes = institutionAttributes(graph, node);
      const sharedPartners = (via.get(node) ?? []).map((id) => institutionRef(graph, id)).sort(byName);
      const sharedFields = attributes.fields
        .filter((field) => fields.has(field))
        .map((field) => fieldRef(data, field))
        .sort(byName);
      const sharedCountries = [...interestsOf(node)]
        .filter((country) => countries.has(country))
        .map((country) => countryRef(graph, country))
        .sort(byName);
      const reasons: string[] = [];
      const partnerNames = listNames(sharedPartners.map((partner) => partner.name));
      if (sharedPartners.length === 1) reasons.push(`your partner ${partnerNames} works with them`);
      else if (sharedPartners.length > 1)
        reasons.push(`${sharedPartners.length} of your partners work with them: ${partnerNames}`);
      if (sharedFields.length > 0) reasons.push(`both work on ${listNames(sharedFields.map((field) => field.name))}`);
      if (sharedCountries.length > 0)
        reasons.push(`both cooperate with ${listNames(sharedCountries.map((country) => country.name))}`);
      return {
        institution: institutionRef(graph, node),
        score,
        linkScore,
        fieldSimilarity,
        countrySimilarity,
        activity: activity(node),
        sharedPartners,
        sharedFields,
        sharedCountries,
        reasons,
      };
    });

  return {
    institution: institutionRef(graph, institution),
    method,
    definition: definition(method, fieldWeight, countryWeight, kinds),
    directOnly: options.directOnly ?? false,
    kinds,
    candidates: scored.length,
    recommendations,
  };
}
