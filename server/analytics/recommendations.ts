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
import {
  type CooperationData,
  type CooperationGraph,
  type CountryRef,
  type InstitutionRef,
  type Ref,
  byName,
  countryRef,
  fieldRef,
  institutionAttributes,
  institutionPartners,
  institutionRef,
  jaccard,
  listNames,
  partnerCountries,
} from './model.js';

export type LinkMethod = 'adamic-adar' | 'resource-allocation';

export interface RecommendationOptions {
  limit?: number;
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

function definition(method: LinkMethod, fieldWeight: number, countryWeight: number): string {
  const link =
    method === 'adamic-adar'
      ? 'Adamic-Adar index (sum of 1 / ln(partners) over the partners you share)'
      : 'resource allocation index (sum of 1 / partners over the partners you share)';
  return (
    `score = ${link} + ${fieldWeight} × Jaccard similarity of fields + ${countryWeight} × Jaccard similarity of ` +
    'partner countries; existing partners, the institution itself and its parent or child institutions are left out'
  );
}

export function recommendPartners(
  data: CooperationData,
  institution: string,
  options: RecommendationOptions = {},
): RecommendationsResult {
  const { limit, method, foreignOnly, fieldWeight, countryWeight } = { ...RECOMMENDATION_DEFAULTS, ...options };
  const { graph } = data;
  const self = institutionAttributes(graph, institution);
  const partners = institutionPartners(graph, institution);
  const partnerSet = new Set(partners);
  const fields = new Set(self.fields);
  const countries = new Set(partnerCountries(graph, institution));

  const excluded = (node: string) => {
    if (node === institution || partnerSet.has(node)) return true;
    const attributes = institutionAttributes(graph, node);
    if (attributes.parents.includes(institution) || self.parents.includes(node)) return true;
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
    graph.forEachNeighbor(country, (node, attributes) => {
      if (attributes.type === 'Institution' && !excluded(node)) candidates.add(node);
    });
  }

  const scored: { node: string; score: number; link: number; fieldSimilarity: number; countrySimilarity: number }[] = [];
  for (const node of candidates) {
    const attributes = institutionAttributes(graph, node);
    const fieldSimilarity = jaccard(fields, new Set(attributes.fields));
    const countrySimilarity = jaccard(countries, new Set(partnerCountries(graph, node)));
    const linkScore = link.get(node) ?? 0;
    const score = linkScore + fieldWeight * fieldSimilarity + countryWeight * countrySimilarity;
    if (score > 0) scored.push({ node, score, link: linkScore, fieldSimilarity, countrySimilarity });
  }
  const names = new Map<string, string>();
  const nameOf = (node: string) => names.get(node) ?? names.set(node, institutionAttributes(graph, node).name).get(node)!;
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.link - a.link ||
      byName({ id: a.node, name: nameOf(a.node) }, { id: b.node, name: nameOf(b.node) }),
  );

  const recommendations = scored.slice(0, limit).map(({ node, score, link: linkScore, fieldSimilarity, countrySimilarity }) => {
    const attributes = institutionAttributes(graph, node);
    const sharedPartners = (via.get(node) ?? []).map((id) => institutionRef(graph, id)).sort(byName);
    const sharedFields = attributes.fields.filter((field) => fields.has(field)).map((field) => fieldRef(data, field)).sort(byName);
    const sharedCountries = partnerCountries(graph, node)
      .filter((country) => countries.has(country))
      .map((country) => countryRef(graph, country))
      .sort(byName);
    const reasons: string[] = [];
    const partnerNames = listNames(sharedPartners.map((partner) => partner.name));
    if (sharedPartners.length === 1) reasons.push(`your partner ${partnerNames} works with them`);
    else if (sharedPartners.length > 1) reasons.push(`${sharedPartners.length} of your partners work with them: ${partnerNames}`);
    if (sharedFields.length > 0) reasons.push(`both work on ${listNames(sharedFields.map((field) => field.name))}`);
    if (sharedCountries.length > 0) reasons.push(`both cooperate with ${listNames(sharedCountries.map((country) => country.name))}`);
    return {
      institution: institutionRef(graph, node),
      score,
      linkScore,
      fieldSimilarity,
      countrySimilarity,
      sharedPartners,
      sharedFields,
      sharedCountries,
      reasons,
    };
  });

  return {
    institution: institutionRef(graph, institution),
    method,
    definition: definition(method, fieldWeight, countryWeight),
    candidates: scored.length,
    recommendations,
  };
}
