/**
 * What counts as cooperation
 * ==========================
 *
 * The rules the derivation (cypher/queries/derive), /api/partners and the analytics share, in one place so that
 * they cannot drift apart. docs/data-model.md ("Who cooperates with whom") and docs/analytics.md explain them
 * with examples.
 */
import { AGREEMENT_KINDS, INSTITUTION_KINDS } from './model.js';

/**
 * Agreement kinds that are not cooperation with a country or a partner: a language test centre licensed by a
 * foreign body, a representative office. Their agreements stay in the graph but derive no COOPERATES_WITH and
 * count in no analysis. Configurable with COOPGRAPH_NON_COOPERATION_KINDS (comma-separated; `none` for none).
 */
export const DEFAULT_NON_COOPERATION_KINDS: readonly string[] = ['test-centre', 'overseas-office'];

/** Parses COOPGRAPH_NON_COOPERATION_KINDS; throws naming the bad kind. Unset or empty: the defaults. */
export function parseNonCooperationKinds(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_NON_COOPERATION_KINDS];
  if (value.trim() === 'none') return [];
  const kinds = value
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean);
  const unknown = kinds.find((kind) => !(AGREEMENT_KINDS as readonly string[]).includes(kind));
  if (unknown !== undefined) throw new Error(`"${unknown}" is not an Agreement kind (${AGREEMENT_KINDS.join(', ')})`);
  return [...new Set(kinds)];
}

/**
 * A `joint` agreement with more parties than this is derived like a `hub`: each party cooperates with the
 * agreement's leads (or, without a lead, only through the agreement), never with every other party, so a
 * consortium of 60 makes at most 59 institution pairs per lead instead of 1,770.
 */
/** The properties the derivation writes on a COOPERATES_WITH edge (cypher/queries/derive): never input. */
export const DERIVED_COOPERATION_KEYS: readonly string[] = [
  'weight',
  'agreementIds',
  'kinds',
  'firstYear',
  'derivation',
];

export const JOINT_PAIR_LIMIT = 10;

/** Kinds that can sensibly be compared with, or recommended to, each other (docs/analytics.md). */
export const KIND_GROUPS: Record<string, readonly string[]> = {
  academic: ['university', 'college', 'faculty', 'academy', 'research-institute', 'lab', 'centre'],
  company: ['company'],
  government: ['government'],
  network: ['alliance', 'association'],
  other: ['other'],
};

const GROUP_OF = new Map<string, string>(
  Object.entries(KIND_GROUPS).flatMap(([group, kinds]) => kinds.map((kind) => [kind, group] as const)),
);

/** The group of an Institution kind; an unknown kind is its own group. */
export const kindGroup = (kind: string): string => GROUP_OF.get(kind) ?? kind;

/** Institution kinds compatible with `kind`: those of its group (all of INSTITUTION_KINDS are in one). */
export function compatibleKinds(kind: string): string[] {
  const group = kindGroup(kind);
  return INSTITUTION_KINDS.filter((other) => kindGroup(other) === group);
}

/** The ways two nodes can be tied, strongest first (docs/data-model.md, "Ties"). */
export const TIES = ['direct', 'unit', 'alliance'] as const;
export type Tie = (typeof TIES)[number];
