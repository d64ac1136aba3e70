/**
 * Country network
 * ===============
 *
 * Countries as nodes, joined by the agreements between their institutions: an agreement links every pair of
 * the countries it involves (its WITH_COUNTRY countries and its parties' countries), so a Sino-French joint lab
 * adds 1 to China–France. Stated cooperation that no agreement backs (an institution to a foreign country, or
 * two institutions in different countries) is counted beside it as `statedLinks`, not in the weight.
 */
import { UndirectedGraph } from 'graphology';

import { type CooperationData, agreementCountryPairs, byName, countryRef } from './model.js';

export interface CountryNode {
  id: string;
  code: string;
  name: string;
  region: string | null;
  /** Institutions located there. */
  institutions: number;
  /** Cross-border agreements it takes part in. */
  agreements: number;
  /** Countries it is linked to. */
  partners: number;
  /** Sum of its edge weights. */
  weightedDegree: number;
}

export interface CountryEdge {
  source: string;
  target: string;
  /** Agreements between the two countries. */
  weight: number;
  statedLinks: number;
  /** Up to five of those agreements, by name. */
  agreements: { id: string; name: string }[];
}

export interface CountryNetwork {
  definition: string;
  nodes: CountryNode[];
  edges: CountryEdge[];
}

interface EdgeData {
  agreements: string[];
  statedLinks: number;
}

export function countryNetwork(data: CooperationData): CountryNetwork {
  const { graph } = data;
  const countries = new UndirectedGraph<{ institutions: number; agreements: number }, EdgeData>();
  graph.forEachNode((node, attributes) => {
    if (attributes.type === 'Country') countries.mergeNode(node, { institutions: 0, agreements: 0 });
  });
  graph.forEachNode((_node, attributes) => {
    if (attributes.type === 'Institution' && attributes.country !== null) {
      countries.updateNodeAttribute(attributes.country, 'institutions', (count = 0) => count + 1);
    }
  });

  const link = (a: string, b: string, update: (edge: EdgeData) => void) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    if (!countries.hasEdge(source, target)) countries.addEdge(source, target, { agreements: [], statedLinks: 0 });
    update(countries.getEdgeAttributes(source, target));
  };

  const countryOf = (node: string) => {
    const attributes = graph.getNodeAttributes(node);
    return attributes.type === 'Institution' ? attributes.country : node;
  };
  for (const agreement of data.agreements) {
    const involved = agreement.allCountries;
    if (involved.length < 2) continue;
    // A hub links its lead's side with each partner's country, never two partners' countries.
    const pairs = agreementCountryPairs(agreement, countryOf);
    if (pairs.length === 0) continue;
    const linked = new Set(pairs.flat());
    for (const country of linked) countries.updateNodeAttribute(country, 'agreements', (count = 0) => count + 1);
    for (const [a, b] of pairs) link(a, b, (edge) => edge.agreements.push(agreement.id));
  }

  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!attributes.stated || attributes.weight > 0) return;
    const from = sourceAttributes.type === 'Institution' ? sourceAttributes.country : source;
    const to = targetAttributes.type === 'Institution' ? targetAttributes.country : target;
    if (from === null || to === null || from === to) return;
    link(from, to, (edge) => (edge.statedLinks += 1));
  });

  const nodes: CountryNode[] = countries
    .filterNodes((node) => countries.degree(node) > 0)
    .map((node) => {
      const attributes = countries.getNodeAttributes(node);
      const ref = countryRef(graph, node);
      const country = graph.getNodeAttributes(node);
      let weightedDegree = 0;
      countries.forEachEdge(node, (_edge, edge) => (weightedDegree += edge.agreements.length));
      return {
        id: node,
        code: ref.code,
        name: ref.name,
        region: country.type === 'Country' ? country.region : null,
        institutions: attributes.institutions,
        agreements: attributes.agreements,
        partners: countries.degree(node),
        weightedDegree,
      };
    })
    .sort((a, b) => b.weightedDegree - a.weightedDegree || byName(a, b));

  const edges: CountryEdge[] = countries
    .mapEdges((_edge, attributes, source, target) => ({
      source,
      target,
      weight: attributes.agreements.length,
      statedLinks: attributes.statedLinks,
      agreements: attributes.agreements
        .map((id) => data.agreementsById.get(id)!)
        .map(({ id, name }) => ({ id, name }))
        .sort(byName)
        .slice(0, 5),
    }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        b.statedLinks - a.statedLinks ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target),
    );

  return {
    definition:
      'countries linked by the agreements between their institutions and between countries: each joint ' +
      'agreement adds 1 to every pair of countries it involves (WITH_COUNTRY and the countries of its parties), ' +
      "a hub only to the pairs of its lead's countries with each partner's; stated cooperation without an " +
      'agreement is counted apart as statedLinks',
    nodes,
    edges,
  };
}
