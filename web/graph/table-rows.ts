/**
 * Rows of the data table
 * ======================
 *
 * The nodes and links drawn now (time window, hidden and unconnected nodes applied) as plain rows, and the CSV of
 * any list of rows. DOM-free, so the CSV that the table downloads and the one the tests read are the same code.
 */
import { TYPE_LABELS, humanize } from './style.js';
import type { CoopGraph } from './types.js';
import { type Visibility, isEdgeVisible, isNodeVisible } from './visibility.js';

export interface NodeRow {
  id: string;
  name: string;
  type: string;
  kind: string;
  country: string;
  partners: number;
  links: number;
}

export interface LinkRow {
  id: string;
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  relationship: string;
  /** Agreements behind a partnership (a derived COOPERATES_WITH); 1 for any other link. */
  weight: number;
  kinds: string;
  firstYear: number | null;
  stated: boolean;
}

export function nodeRows(graph: CoopGraph, visibility: Visibility): NodeRow[] {
  const rows: NodeRow[] = [];
  graph.forEachNode((node, a) => {
    if (!isNodeVisible(visibility, node)) return;
    let links = 0;
    graph.forEachEdge(node, (edge, _e, source, target) => {
      if (isEdgeVisible(visibility, edge) && isNodeVisible(visibility, source) && isNodeVisible(visibility, target))
        links += 1;
    });
    rows.push({
      id: node,
      name: a.label,
      type: TYPE_LABELS[a.entityType],
      kind: a.kind ? humanize(a.kind) : '',
      country: a.country ?? '',
      partners: a.partners,
      links,
    });
  });
  return rows;
}

export function linkRows(graph: CoopGraph, visibility: Visibility): LinkRow[] {
  const rows: LinkRow[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    if (!isEdgeVisible(visibility, edge) || !isNodeVisible(visibility, source) || !isNodeVisible(visibility, target))
      return;
    rows.push({
      id: edge,
      source,
      sourceName: graph.getNodeAttribute(source, 'label'),
      target,
      targetName: graph.getNodeAttribute(target, 'label'),
      relationship:
        a.relType === 'COOPERATES_WITH'
          ? a.stated && a.kinds.length === 0
            ? 'stated cooperation'
            : 'partnership'
          : humanize(a.relType),
      weight: a.weight,
      kinds: a.kinds.map(humanize).join('; '),
      firstYear: a.firstYear,
      stated: a.stated,
    });
  });
  return rows;
}

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header of the given columns, then one line per row. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const NODE_CSV_COLUMNS = ['id', 'name', 'type', 'kind', 'country', 'partners', 'links'] as const;
export const LINK_CSV_COLUMNS = [
  'source',
  'sourceName',
  'target',
  'targetName',
  'relationship',
  'weight',
  'kinds',
  'firstYear',
  'stated',
] as const;
