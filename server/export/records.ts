/**
 * Export records
 * ==============
 *
 * What every export format writes: nodes and relationships in the loader's terms (docs/data-model.md), with
 * only the properties the model gives their label or type, so that an export loads back through `npm run load`
 * unchanged. Bookkeeping (`derivation`, `_created`) stays behind; derived COOPERATES_WITH edges say
 * `stated: false`, which the loader skips and derives again. The attribute lists for GraphML and GEXF come from
 * the model too, so the declarations are known before the first node is streamed.
 */
import type { Mention } from '../../core/dataset.js';
import {
  NODE_LABELS,
  NODE_PROPERTIES,
  type NodeLabel,
  type PropertySpec,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  relationshipId,
} from '../../core/model.js';

export interface ExportNode {
  id: string;
  type: NodeLabel;
  /** The label's properties from core/model.ts, as stored; `aliases` always present where the label has it. */
  properties: Record<string, unknown>;
  /** MENTIONED_IN of this node, one entry per evidence span (the CSV format keeps them on the node's row). */
  mentions: Mention[];
}

export interface ExportRelationship {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Keeps the properties the model gives this label, in the model's order. */
export function toExportNode(
  type: NodeLabel,
  id: string,
  stored: Record<string, unknown>,
  mentions: Mention[] = [],
): ExportNode {
  const specs = NODE_PROPERTIES[type];
  const properties: Record<string, unknown> = {};
  for (const key of Object.keys(specs)) {
    const value = stored[key];
    if (value !== undefined && value !== null) properties[key] = value;
  }
  if ('aliases' in specs && properties.aliases === undefined) properties.aliases = [];
  return { id, type, properties, mentions };
}

/** MENTIONED_IN rows (one per node and document, `evidence` a list) as one mention per span. */
export function spansOf(rows: { document: string; evidence: unknown }[]): Mention[] {
  return rows.flatMap((row) =>
    (Array.isArray(row.evidence) ? row.evidence : []).map((span) => ({
      document: row.document,
      evidence: String(span),
    })),
  );
}

/** Keeps the properties the model gives this type, plus provenance (`documents`, `evidence`) when there is some. */
export function toExportRelationship(
  type: RelationshipType,
  source: string,
  target: string,
  stored: Record<string, unknown>,
): ExportRelationship {
  const properties: Record<string, unknown> = {};
  for (const key of Object.keys(RELATIONSHIPS[type].properties)) {
    const value = stored[key];
    if (value !== undefined && value !== null) properties[key] = value;
  }
  if (type !== 'MENTIONED_IN' && Array.isArray(stored.documents) && stored.documents.length > 0) {
    properties.documents = stored.documents;
    properties.evidence = Array.isArray(stored.evidence) ? stored.evidence : [];
  }
  if (type === 'COOPERATES_WITH') {
    properties.stated = stored.stated === true;
    // The derivation collects these in no particular order; sorted, two exports of one graph are identical.
    for (const key of ['agreementIds', 'kinds'])
      if (Array.isArray(properties[key])) properties[key] = [...(properties[key] as string[])].sort();
  }
  const id = typeof stored.id === 'string' && stored.id !== '' ? stored.id : relationshipId(source, type, target);
  return { id, type, source, target, properties };
}

/** How an attribute is typed in GraphML and GEXF; lists are written as `|`-joined strings. */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

export interface Attribute {
  name: string;
  type: AttributeType;
  list: boolean;
}

function attributeOf(name: string, spec: PropertySpec): Attribute {
  switch (spec.type) {
    case 'string[]':
      return { name, type: 'string', list: true };
    case 'year':
      return { name, type: 'integer', list: false };
    case 'number':
      return { name, type: 'double', list: false };
    case 'boolean':
      return { name, type: 'boolean', list: false };
    default:
      return { name, type: 'string', list: false };
  }
}

function union(specs: Record<string, PropertySpec>[], skip: string[]): Attribute[] {
  const out = new Map<string, Attribute>();
  for (const properties of specs) {
    for (const [name, spec] of Object.entries(properties))
      if (!skip.includes(name) && !out.has(name)) out.set(name, attributeOf(name, spec));
  }
  return [...out.values()];
}

/** Node attributes: the label, then every property any label carries (the name is the node's label). */
export const NODE_ATTRIBUTES: Attribute[] = [
  { name: 'type', type: 'string', list: false },
  ...union(
    NODE_LABELS.map((label) => NODE_PROPERTIES[label]),
    ['name'],
  ),
];

/**
 * Edge attributes: the relationship type (named `relationship`: Gephi's edge table already has a `Type`, directed
 * or undirected), every property any type carries, and the provenance lists.
 */
export const EDGE_ATTRIBUTES: Attribute[] = [
  { name: 'relationship', type: 'string', list: false },
  ...union(
    [
      ...RELATIONSHIP_TYPES.map((type) => RELATIONSHIPS[type].properties),
      { documents: { type: 'string[]' }, evidence: { type: 'string[]' } },
    ],
    [],
  ),
];

/** The text a node is drawn with. */
export const nodeLabel = (node: ExportNode) => String(node.properties.name ?? node.properties.code ?? node.id);

/** An attribute value as text: lists joined with `|`, nothing for absent values. */
export function attributeText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join('|') : null;
  return String(value);
}
