/**
 * Datasets
 * ========
 *
 * What the readers (JSON, CSV) produce and the validator and writer consume: nodes and relationships with their
 * properties, their provenance (`mentions`) and where each came from (file and record), so every error can
 * point at its source.
 */

export interface Mention {
  document: string;
  evidence: string;
}

export interface Origin {
  file: string;
  /** `nodes[12]`, `relationships[3]` (JSON) or `line 14` (CSV). */
  record: string;
}

export interface InputNode {
  id: string;
  type: string;
  properties: Record<string, unknown>;
  mentions: Mention[];
  origin: Origin;
}

export interface InputRelationship {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  mentions: Mention[];
  origin: Origin;
}

export interface Dataset {
  nodes: InputNode[];
  relationships: InputRelationship[];
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly origin: Origin,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }

  override toString(): string {
    return `${this.origin.file}: ${this.origin.record}${this.field ? `: field "${this.field}"` : ''}: ${this.message}`;
  }
}

export const emptyDataset = (): Dataset => ({ nodes: [], relationships: [] });

export function merge(into: Dataset, more: Dataset): Dataset {
  // A loop, not push(...items): spreading hundreds of thousands of records overflows the call stack.
  for (const node of more.nodes) into.nodes.push(node);
  for (const relationship of more.relationships) into.relationships.push(relationship);
  return into;
}
