/**
 * Coverage gaps
 * =============
 *
 * The countries an institution's peers cooperate with and it does not, ranked by how many peers do, each with
 * the peers named. Who counts as a peer is decided by the first rule of `PEER_RULES` that finds at least
 * `minPeers` peers (docs/analytics.md); the result says which rule was used, so a thin answer on a small graph
 * explains itself.
 */
import { compatibleKinds } from '../../core/cooperation.js';
import {
  type CooperationData,
  type CooperationGraph,
  type CountryRef,
  type InstitutionRef,
  type TieOptions,
  byName,
  countryRef,
  coverageIndex,
  family,
  institutionAttributes,
  institutionRef,
  listNames,
  neighborJaccard,
  ties,
} from './model.js';

export type PeerRule =
  'kind-and-region-or-profile' | 'same-kind' | 'compatible-kind-and-shared-partner' | 'compatible-kind';

export interface CoverageGapsOptions extends TieOptions {
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
  directOnly: boolean;
  /** The foreign countries it already works with. */
  covered: CountryRef[];
  peers: {
    rule: PeerRule;
    definition: string;
    count: number;
    /** Peers of the same kind first, then the most similar partner profile. */
    sample: (InstitutionRef & { similarity: number; sameKind: boolean })[];
  };
  gaps: CoverageGap[];
}

export const COVERAGE_DEFAULTS = { similarity: 0.2, minPeers: 3, peersPerCountry: 10 } as const;

const OF_A_KIND = 'never its own units or parents, nor a unit of another peer';

export const PEER_RULES: readonly { rule: PeerRule; definition: (similarity: number, kinds: string) => string }[] = [
  {
    rule: 'kind-and-region-or-profile',
    definition: (s) =>
      `institutions of the same kind that are in the same world region or have a similar partner profile (Jaccard similarity of partners >= ${s}); ${OF_A_KIND}`,
  },
  { rule: 'same-kind', definition: () => `institutions of the same kind; ${OF_A_KIND}` },
  {
    rule: 'compatible-kind-and-shared-partner',
    definition: (_s, kinds) =>
      `institutions of a compatible kind (${kinds}) that share at least one partner; same kind first; ${OF_A_KIND}`,
  },
  {
    rule: 'compatible-kind',
    definition: (_s, kinds) => `institutions of a compatible kind (${kinds}); same kind first; ${OF_A_KIND}`,
  },
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
    case 'same-kind':
      return candidate.sameKind;
    case 'compatible-kind-and-shared-partner':
      return candidate.similarity > 0;
    case 'compatible-kind':
      return true;
  }
}

export interface Peers {
  rule: (typeof PEER_RULES)[number];
  definition: string;
  /** Same kind first, then by similarity, then by name. */
  peers: Candidate[];
}

/**
 * The peers of an institution: institutions of a compatible kind (core/cooperation.ts) that work with some
 * foreign country, chosen by the first of PEER_RULES that finds `minPeers` (or the one with the most). Its own
 * units and parents are never peers, and a unit is dropped when its parent is a peer too (the parent's
 * partnerships already include the unit's).
 */
export function choosePeers(data: CooperationData, institution: string, options: CoverageGapsOptions = {}): Peers {
  const { similarity, minPeers } = { ...COVERAGE_DEFAULTS, ...options };
  const { graph } = data;
  const self = institutionAttributes(graph, institution);
  const region = regionOf(graph, self.country);
  const partners = new Set(ties(data, institution, options).keys());
  const coverage = coverageIndex(data, options);
  const own = family(data, institution);
  const compatible = new Set(compatibleKinds(self.kind));

  const candidates: Candidate[] = [];
  const candidateIds = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (own.has(node) || attributes.type !== 'Institution' || !compatible.has(attributes.kind)) return;
    if (coverage.get(node)!.size === 0) return;
    candidateIds.add(node);
    candidates.push({
      id: node,
      sameKind: attributes.kind === self.kind,
      sameRegion: region !== null && regionOf(graph, attributes.country) === region,
      similarity: neighborJaccard(data, partners, node, options),
    });
  });
  const hasPeerAncestor = (node: string) => ancestors(data, node).some((ancestor) => candidateIds.has(ancestor));
  const kept = options.directOnly ? candidates : candidates.filter((candidate) => !hasPeerAncestor(candidate.id));

  let chosen: { rule: (typeof PEER_RULES)[number]; peers: Candidate[] } | null = null;
  for (const rule of PEER_RULES) {
    const found = kept.filter((candidate) => matches(rule.rule, candidate, similarity));
    if (found.length >= minPeers) {
      chosen = { rule, peers: found };
      break;
    }
    if (chosen === null || found.length > chosen.peers.length) chosen = { rule, peers: found };
  }
  const ref = (id: string) => institutionRef(graph, id);
  const peers = [...chosen!.peers].sort(
    (a, b) => Number(b.sameKind) - Number(a.sameKind) || b.similarity - a.similarity || byName(ref(a.id), ref(b.id)),
  );
  return { rule: chosen!.rule, definition: chosen!.rule.definition(similarity, [...compatible].join(', ')), peers };
}

/** The institutions a node is PART_OF, at any depth. */
function ancestors(data: CooperationData, node: string): string[] {
  const out: string[] = [];
  const seen = new Set([node]);
  const up = [node];
  while (up.length > 0) {
    const attributes = data.graph.getNodeAttributes(up.pop()!);
    if (attributes.type !== 'Institution') continue;
    for (const parent of attributes.parents) {
      if (seen.has(parent) || !data.graph.hasNode(parent)) continue;
      seen.add(parent);
      out.push(parent);
      up.push(parent);
    }
  }
  return out;
}

export function coverageGaps(
  data: CooperationData,
  institution: string,
  options: CoverageGapsOptions = {},
): CoverageGapsResult {
  const { peersPerCountry } = { ...COVERAGE_DEFAULTS, ...options };
  const { graph } = data;
  const self = institutionAttributes(graph, institution);
  const region = regionOf(graph, self.country);
  const coverage = coverageIndex(data, options);
  const covered = coverage.get(institution)!;
  const chosen = choosePeers(data, institution, options);
  const peers = chosen.peers;
  const ref = (id: string) => institutionRef(graph, id);

  const gapPeers = new Map<string, Candidate[]>();
  for (const peer of peers) {
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
    directOnly: options.directOnly ?? false,
    covered: [...covered].map((country) => countryRef(graph, country)).sort(byName),
    peers: {
      rule: chosen.rule.rule,
      definition: chosen.definition,
      count: peers.length,
      sample: peers
        .slice(0, peersPerCountry)
        .map((peer) => ({ ...ref(peer.id), similarity: peer.similarity, sameKind: peer.sameKind })),
    },
    gaps,
  };
}
