/**
 * Coverage gaps
 * =============
 *
 * The countries an institution's peers cooperate with and it does not, ranked by how many peers do, each with
 * the peers named. Who counts as a peer is decided by the first rule of `PEER_RULES` that finds at least
 * `minPeers` peers (docs/analytics.md); the result says which rule was used, so a thin answer on a small graph
 * explains itself.
 */
import {
  type CooperationGraph,
  type CountryRef,
  type InstitutionRef,
  byName,
  countryRef,
  coverageIndex,
  institutionAttributes,
  institutionRef,
  listNames,
  neighborJaccard,
} from './model.js';

export type PeerRule = 'kind-and-region-or-profile' | 'kind-or-profile' | 'shared-partner';

export interface CoverageGapsOptions {
  /** Jaccard similarity of partner sets from which two institutions have "a similar partner profile". */
  similarity?: number;
  /** A rule must find this many peers to be used; otherwise the next, broader rule is tried. */
  minPeers?: number;
  /** Peers named per country (all are counted). */
  peersPerCountry?: number;
}

export interface CoverageGap {
  country: CountryRef;
  /** Peers that cooperate with the country. */
  peerCount: number;
  /** peerCount / number of peers. */
  share: number;
  /** Agreements those peers have with the country (their COOPERATES_WITH weights). */
  agreements: number;
  peers: InstitutionRef[];
  reason: string;
}

export interface CoverageGapsResult {
  institution: InstitutionRef & { region: string | null };
  /** The foreign countries it already works with. */
  covered: CountryRef[];
  peers: {
    rule: PeerRule;
    definition: string;
    count: number;
    /** Peers with the most similar partner profile first. */
    sample: (InstitutionRef & { similarity: number })[];
  };
  gaps: CoverageGap[];
}

export const COVERAGE_DEFAULTS = { similarity: 0.2, minPeers: 3, peersPerCountry: 10 } as const;

export const PEER_RULES: readonly { rule: PeerRule; definition: (similarity: number) => string }[] = [
  {
    rule: 'kind-and-region-or-profile',
    definition: (s) =>
      `institutions of the same kind that are in the same world region or have a similar partner profile (Jaccard similarity of partners >= ${s})`,
  },
  {
    rule: 'kind-or-profile',
    definition: (s) => `institutions of the same kind, or with a similar partner profile (Jaccard similarity of partners >= ${s})`,
  },
  { rule: 'shared-partner', definition: () => 'institutions that share at least one partner (an institution or a country)' },
];

interface Candidate {
  id: string;
  sameKind: boolean;
  sameRegion: boolean;
  similarity: number;
}

function regionOf(graph: CooperationGraph, country: string | null): string | null {
  if (country === null) return null;
  const attributes = graph.getNodeAttributes(country);
  return attributes.type === 'Country' ? attributes.region : null;
}

function matches(rule: PeerRule, candidate: Candidate, similarity: number): boolean {
  switch (rule) {
    case 'kind-and-region-or-profile':
      return candidate.sameKind && (candidate.sameRegion || candidate.similarity >= similarity);
    case 'kind-or-profile':
      return candidate.sameKind || candidate.similarity >= similarity;
    case 'shared-partner':
      return candidate.similarity > 0;
  }
}

export function coverageGaps(graph: CooperationGraph, institution: string, options: CoverageGapsOptions = {}): CoverageGapsResult {
  const { similarity, minPeers, peersPerCountry } = { ...COVERAGE_DEFAULTS, ...options };
  const self = institutionAttributes(graph, institution);
  const region = regionOf(graph, self.country);
  const partners = new Set(graph.neighbors(institution));
  const coverage = coverageIndex(graph);
  const covered = coverage.get(institution)!;

  // Every other institution that cooperates with some foreign country could be a peer: one that works with
  // no country can show no gap.
  const candidates: Candidate[] = [];
  graph.forEachNode((node, attributes) => {
    if (node === institution || attributes.type !== 'Institution' || coverage.get(node)!.size === 0) return;
    candidates.push({
      id: node,
      sameKind: attributes.kind === self.kind,
      sameRegion: region !== null && regionOf(graph, attributes.country) === region,
      similarity: neighborJaccard(graph, partners, node),
    });
  });

  // The first rule with enough peers; if none has enough, the one with the most (the earlier on a tie).
  let chosen: { rule: (typeof PEER_RULES)[number]; peers: Candidate[] } | null = null;
  for (const rule of PEER_RULES) {
    const found = candidates.filter((candidate) => matches(rule.rule, candidate, similarity));
    if (found.length >= minPeers) {
      chosen = { rule, peers: found };
      break;
    }
    if (chosen === null || found.length > chosen.peers.length) chosen = { rule, peers: found };
  }
  const peers = chosen!.peers;

  const ref = (id: string) => institutionRef(graph, id);
  const bySimilarity = [...peers].sort((a, b) => b.similarity - a.similarity || byName(ref(a.id), ref(b.id)));

  const gapPeers = new Map<string, Candidate[]>();
  for (const peer of bySimilarity) {
    for (const country of coverage.get(peer.id)!) {
      if (covered.has(country) || country === self.country) continue;
      const list = gapPeers.get(country);
      if (list) list.push(peer);
      else gapPeers.set(country, [peer]);
    }
  }

  const agreementsWith = (peer: string, country: string) =>
    graph.hasEdge(peer, country) ? graph.getEdgeAttribute(peer, country, 'weight') : 0;

  const gaps: CoverageGap[] = [...gapPeers].map(([country, list]) => {
    const names = list.map((peer) => ref(peer.id).name);
    const name = countryRef(graph, country).name;
    return {
      country: countryRef(graph, country),
      peerCount: list.length,
      share: list.length / peers.length,
      agreements: list.reduce((sum, peer) => sum + agreementsWith(peer.id, country), 0),
      peers: list.slice(0, peersPerCountry).map((peer) => ref(peer.id)),
      reason:
        list.length === 1
          ? `${names[0]}, one of your ${peers.length} peers, works with ${name}`
          : `${list.length} of your ${peers.length} peers work with ${name}: ${listNames(names)}`,
    };
  });
  gaps.sort((a, b) => b.peerCount - a.peerCount || b.agreements - a.agreements || byName(a.country, b.country));

  return {
    institution: { ...ref(institution), region },
    covered: [...covered].map((country) => countryRef(graph, country)).sort(byName),
    peers: {
      rule: chosen!.rule.rule,
      definition: chosen!.rule.definition(similarity),
      count: peers.length,
      sample: bySimilarity.slice(0, peersPerCountry).map((peer) => ({ ...ref(peer.id), similarity: peer.similarity })),
    },
    gaps,
  };
}
