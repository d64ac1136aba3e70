/**
 * The seed graph, read directly
 * =============================
 *
 * The curated seed file parsed, with lookups and the COOPERATES_WITH derivation of docs/data-model.md
 * recomputed from it, so that the API tests derive their expected answers from the data rather than write them
 * down; the seed's own tests check the file with them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_NON_COOPERATION_KINDS, JOINT_PAIR_LIMIT } from '../../core/cooperation.js';
import { SEED_DIR } from '../../server/ingest/seed.js';

export interface SeedMention {
  document: string;
  evidence: string;
}
export interface SeedNode {
  id: string;
  type: string;
  name?: string;
  code?: string;
  kind?: string;
  aliases?: string[];
  startYear?: number;
  topology?: string;
  startDate?: string;
  publishedDate?: string;
  text?: string;
  mentions?: SeedMention[];
  [key: string]: unknown;
}
export interface SeedRelationship {
  type: string;
  source: string;
  target: string;
  mentions?: SeedMention[];
  [key: string]: unknown;
}

export const seed = JSON.parse(readFileSync(path.join(SEED_DIR, 'coopgraph.json'), 'utf8')) as {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
};

export const nodeById = new Map(seed.nodes.map((node) => [node.id, node]));
export const nodesOf = (type: string) => seed.nodes.filter((node) => node.type === type);
export const relsOf = (type: string) => seed.relationships.filter((rel) => rel.type === type);
export const byName = (name: string) => {
  const node = seed.nodes.find((n) => n.name === name);
  assert.ok(node, `no seed node named ${name}`);
  return node;
};

/** ISO code of the country an institution (or event) is LOCATED_IN. */
export function countryOf(id: string): string | undefined {
  const rel = seed.relationships.find((r) => r.type === 'LOCATED_IN' && r.source === id);
  return rel ? nodeById.get(rel.target)?.code : undefined;
}

/** The institutions party to each agreement. */
export function partiesOf(agreementId: string): string[] {
  return relsOf('PARTY_TO')
    .filter((r) => r.target === agreementId)
    .map((r) => r.source);
}

export interface Cooperation {
  a: string;
  b: string;
  agreements: Set<string>;
  stated: boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** COOPERATES_WITH as docs/data-model.md defines it, recomputed from the seed: key is the unordered pair. */
export function cooperation(): Map<string, Cooperation> {
  const out = new Map<string, Cooperation>();
  const add = (a: string, b: string, agreement: string | null, stated = false) => {
    const key = pairKey(a, b);
    const edge = out.get(key) ?? { a, b, agreements: new Set<string>(), stated: false };
    if (agreement) edge.agreements.add(agreement);
    edge.stated ||= stated;
    out.set(key, edge);
  };
  for (const agreement of nodesOf('Agreement')) {
    // Not cooperation (core/cooperation.ts): test centres, offices.
    if (DEFAULT_NON_COOPERATION_KINDS.includes(String(agreement.kind))) continue;
    const parties = [...new Set(partiesOf(agreement.id))];
    const leads = relsOf('PARTY_TO')
      .filter((r) => r.target === agreement.id && r.role === 'lead')
      .map((r) => r.source);
    // docs/data-model.md, "Agreement topology": a hub (or a joint agreement above the limit) pairs its leads only.
    const hubbed = agreement.topology === 'hub' || parties.length > JOINT_PAIR_LIMIT;
    const tied = (a: string, b: string) => !hubbed || leads.includes(a) || leads.includes(b);
    for (const a of parties) for (const b of parties) if (a < b && tied(a, b)) add(a, b, agreement.id);
    const withCountries = relsOf('WITH_COUNTRY')
      .filter((r) => r.source === agreement.id)
      .map((r) => r.target);
    const located = (p: string) =>
      relsOf('LOCATED_IN')
        .filter((r) => r.source === p)
        .map((r) => r.target);
    for (const party of parties) {
      const own = located(party);
      const others = parties.filter((other) => other !== party && tied(party, other));
      const countries = new Set<string>([...withCountries, ...others.flatMap(located)]);
      for (const country of countries) if (!own.includes(country)) add(party, country, agreement.id);
    }
  }
  for (const rel of relsOf('COOPERATES_WITH')) add(rel.source, rel.target, null, true);
  return out;
}

/** The partner ids of an institution: the other end of each of its COOPERATES_WITH edges. */
export function institutionPartners(id: string, edges = cooperation()): Set<string> {
  const out = new Set<string>();
  for (const edge of edges.values()) {
    if (edge.a === id) out.add(edge.b);
    if (edge.b === id) out.add(edge.a);
  }
  return out;
}

/** A country's partners as /api/partners defines them: institutions cooperating with it, and the countries its
 * institutions cooperate with. */
export function countryPartners(countryId: string, edges = cooperation()): Set<string> {
  const isCountry = (id: string) => nodeById.get(id)?.type === 'Country';
  const out = new Set<string>();
  const located = new Set(
    relsOf('LOCATED_IN')
      .filter((r) => r.target === countryId)
      .map((r) => r.source),
  );
  for (const edge of edges.values()) {
    const [inst, other] = isCountry(edge.a) ? [edge.b, edge.a] : [edge.a, edge.b];
    if (!isCountry(other)) continue;
    if (other === countryId) out.add(inst);
    else if (located.has(inst)) out.add(other);
  }
  return out;
}

/** Hops between two nodes over `types` (and stated COOPERATES_WITH), both directions; Infinity if none. */
export function distance(from: string, to: string, types: readonly string[]): number {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
  for (const rel of seed.relationships) {
    if (types.includes(rel.type)) {
      link(rel.source, rel.target);
      link(rel.target, rel.source);
    }
  }
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) return seen.get(node)!;
    for (const next of adjacency.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.set(next, seen.get(node)! + 1);
        queue.push(next);
      }
    }
  }
  return Infinity;
}
