/**
 * Derived edge counts, old rules against new
 * ==========================================
 *
 * npm run bench:derived -- --institutions N [--seed S]
 *
 * Generates the synthetic dataset in memory and counts the COOPERATES_WITH edges the derivation makes from it,
 * under the old rule (every pair of parties of every agreement, every agreement's countries for every party)
 * and under the current rules (docs/data-model.md: hub topology, joint agreements above JOINT_PAIR_LIMIT
 * derived like hubs, non-cooperation kinds left out). Counts only: they do not depend on machine load, and the
 * current count is what loading the same dataset (bench/load.ts) reports, so the two can be checked against
 * each other. Stated COOPERATES_WITH edges are counted apart.
 */
import { parseArgs } from 'node:util';

import { DEFAULT_NON_COOPERATION_KINDS, JOINT_PAIR_LIMIT } from '../core/cooperation.js';
import { DEFAULT_SEED, generateDataset } from './synthetic/dataset.js';

const { values } = parseArgs({ options: { institutions: { type: 'string' }, seed: { type: 'string' } } });
const institutions = Number(values.institutions ?? 10_000);
const dataset = generateDataset({ institutions, seed: values.seed ? Number(values.seed) : DEFAULT_SEED });

const countryOf = new Map<string, string>();
const agreements = new Map<
  string,
  { kind: string; topology: string; parties: string[]; leads: string[]; countries: string[] }
>();
for (const node of dataset.nodes) {
  if (node.type === 'Agreement') {
    agreements.set(node.id, {
      kind: String(node.kind),
      topology: String(node.topology ?? 'joint'),
      parties: [],
      leads: [],
      countries: [],
    });
  }
}
let stated = 0;
for (const rel of dataset.relationships) {
  if (rel.type === 'LOCATED_IN') countryOf.set(rel.source, rel.target);
  else if (rel.type === 'PARTY_TO') {
    const agreement = agreements.get(rel.target)!;
    agreement.parties.push(rel.source);
    if (rel.role === 'lead') agreement.leads.push(rel.source);
  } else if (rel.type === 'WITH_COUNTRY') agreements.get(rel.source)!.countries.push(rel.target);
  else if (rel.type === 'COOPERATES_WITH') stated += 1;
}

function count(rules: 'old' | 'new'): { pairs: number; countries: number; largest: number } {
  const pairs = new Set<string>();
  const countries = new Set<string>();
  let largest = 0;
  for (const agreement of agreements.values()) {
    if (rules === 'new' && DEFAULT_NON_COOPERATION_KINDS.includes(agreement.kind)) continue;
    const parties = [...new Set(agreement.parties)];
    const hubbed = rules === 'new' && (agreement.topology === 'hub' || parties.length > JOINT_PAIR_LIMIT);
    const tied = (a: string, b: string) => !hubbed || agreement.leads.includes(a) || agreement.leads.includes(b);
    let made = 0;
    for (const a of parties) {
      const own = countryOf.get(a);
      const reached = new Set(agreement.countries);
      for (const b of parties) {
        if (a === b || !tied(a, b)) continue;
        if (a < b && !pairs.has(`${a}|${b}`)) {
          pairs.add(`${a}|${b}`);
          made += 1;
        }
        const country = countryOf.get(b);
        if (country) reached.add(country);
      }
      for (const country of reached) if (country !== own) countries.add(`${a}|${country}`);
    }
    largest = Math.max(largest, made);
  }
  return { pairs: pairs.size, countries: countries.size, largest };
}

const parties = [...agreements.values()].map((a) => new Set(a.parties).size);
console.log(
  `${institutions} institutions, ${agreements.size} agreements (largest ${Math.max(...parties)} parties; ` +
    `${parties.filter((n) => n > JOINT_PAIR_LIMIT).length} above ${JOINT_PAIR_LIMIT}; ` +
    `${[...agreements.values()].filter((a) => a.topology === 'hub').length} hub), ${stated} stated edges`,
);
for (const rules of ['old', 'new'] as const) {
  const { pairs, countries, largest } = count(rules);
  console.log(
    `${rules} rules: ${pairs + countries} derived edges (${pairs} institution pairs, ${countries} institution-to-country; ` +
      `at most ${largest} new pairs from one agreement); with the stated ones: ${pairs + countries + stated}`,
  );
}
