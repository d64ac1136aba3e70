/**
 * Visual encoding
 * ===============
 *
 * Colours by entity type (and, for institutions, by family of kinds), sizes by number of partners, edge
 * thickness by number of agreements. Pure functions and tables: the legend reads the same tables, so what is
 * drawn and what is explained cannot drift apart.
 */
import { CROSS_BORDER } from '../../core/model.js';
import type { NodeType } from '../api/types.js';
import type { CoopGraph } from './types.js';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
}

/**
 * Institution kinds grouped in families with one hue each: twelve hues would not be told apart, six are.
 * The detail panel names the exact kind.
 */
export const INSTITUTION_FAMILIES: (LegendEntry & { kinds: string[] })[] = [
  { key: 'university', label: 'University, college', color: '#2563eb', kinds: ['university', 'college', 'faculty'] },
  {
    key: 'research',
    label: 'Academy, institute, lab',
    color: '#0d9488',
    kinds: ['academy', 'research-institute', 'lab', 'centre'],
  },
  { key: 'company', label: 'Company', color: '#ea580c', kinds: ['company'] },
  { key: 'government', label: 'Government body', color: '#dc2626', kinds: ['government'] },
  { key: 'network', label: 'Association, alliance', color: '#9333ea', kinds: ['association', 'alliance'] },
  { key: 'other', label: 'Other institution', color: '#94a3b8', kinds: ['other'] },
];

export const TYPE_COLORS: Record<Exclude<NodeType, 'Institution'>, string> = {
  Country: '#1e293b',
  Agreement: '#16a34a',
  Person: '#db2777',
  Event: '#0891b2',
  Field: '#ca8a04',
  Document: '#78716c',
};

export const TYPE_LABELS: Record<NodeType, string> = {
  Institution: 'Institution',
  Country: 'Country',
  Agreement: 'Agreement',
  Person: 'Person',
  Event: 'Event',
  Field: 'Field',
  Document: 'Document',
};

const familyOfKind = new Map<string, LegendEntry>();
for (const family of INSTITUTION_FAMILIES) for (const kind of family.kinds) familyOfKind.set(kind, family);
const OTHER_FAMILY = INSTITUTION_FAMILIES[INSTITUTION_FAMILIES.length - 1];

/** The legend key of a node: an institution family, or its type. */
export function legendKey(type: NodeType, kind: string | null | undefined): string {
  if (type !== 'Institution') return type;
  return (familyOfKind.get(kind ?? '') ?? OTHER_FAMILY).key;
}

export function nodeColor(type: NodeType, kind: string | null | undefined): string {
  if (type !== 'Institution') return TYPE_COLORS[type];
  return (familyOfKind.get(kind ?? '') ?? OTHER_FAMILY).color;
}

/** Every legend entry, institutions first, in drawing order. */
export const LEGEND: LegendEntry[] = [
  ...INSTITUTION_FAMILIES.map(({ key, label, color }) => ({ key, label, color })),
  ...(Object.keys(TYPE_COLORS) as (keyof typeof TYPE_COLORS)[]).map((type) => ({
    key: type,
    label: TYPE_LABELS[type],
    color: TYPE_COLORS[type],
  })),
];

export interface LegendItem {
  label: string;
  color: string;
  count: number;
}

/** The legend entries present in a graph, with their counts (the legend on the stage and in the PNG export). */
export function legendItems(graph: CoopGraph): LegendItem[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, a) => {
    const key = legendKey(a.entityType, a.kind);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return LEGEND.filter((entry) => counts.has(entry.key)).map((entry) => ({
    label: entry.label,
    color: entry.color,
    count: counts.get(entry.key)!,
  }));
}

export interface SizeOptions {
  min: number;
  max: number;
}

export const DEFAULT_SIZES: SizeOptions = { min: 3, max: 22 };

/**
 * Node size from its number of partners, on a square-root scale so that area, not radius, follows the count
 * and a hub with 300 partners does not swallow the screen.
 */
export function nodeSize(partners: number, maxPartners: number, options: SizeOptions = DEFAULT_SIZES): number {
  if (maxPartners <= 0 || partners <= 0) return options.min;
  return options.min + (options.max - options.min) * Math.sqrt(Math.min(partners, maxPartners) / maxPartners);
}

/** Edge thickness from its number of agreements: 1 agreement is a hairline, 10 is thick, 100 not much more. */
export function edgeSize(weight: number | null | undefined, relType = 'COOPERATES_WITH'): number {
  if (relType === 'PART_OF') return 2.5;
  const w = Math.max(1, weight ?? 1);
  return Math.min(8, 1.3 + 1.6 * Math.log2(w));
}

export const EDGE_COLORS = {
  cooperation: 'rgba(71, 85, 105, 0.5)',
  stated: 'rgba(180, 83, 9, 0.45)',
  structural: 'rgba(148, 163, 184, 0.45)',
  partOf: 'rgba(37, 99, 235, 0.55)',
};

export function edgeColor(relType: string, stated: boolean): string {
  if (relType === 'PART_OF') return EDGE_COLORS.partOf;
  if (relType === CROSS_BORDER) return EDGE_COLORS.cooperation;
  if (relType !== 'COOPERATES_WITH') return EDGE_COLORS.structural;
  return stated ? EDGE_COLORS.stated : EDGE_COLORS.cooperation;
}

/** Human labels for kinds and relationship types: `joint-lab` -> `joint lab`, `mou` -> `MoU`. */
export function humanize(text: string): string {
  if (text === 'mou') return 'MoU';
  return text.replace(/[-_]/g, ' ').toLowerCase();
}

/** Display colours for highlighted and dimmed states. */
export const STATE_COLORS = {
  dimmedNode: '#cfd8e3',
  dimmedEdge: 'rgba(148, 163, 184, 0.16)',
  highlightEdge: 'rgba(15, 23, 42, 0.75)',
  path: '#f59e0b',
  pathEdge: '#d97706',
  selectedEdge: 'rgba(37, 99, 235, 0.8)',
};
