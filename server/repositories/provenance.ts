/**
 * Provenance helpers
 * ==================
 *
 * Relationships keep their provenance as two parallel lists, `documents` and `evidence` (docs/data-model.md);
 * the API answers with `{ document, documentName, evidence }` triples. Queries return the document names they
 * need alongside, and these helpers pair them up.
 */
import type { Plain } from '../db/values.js';
import type { Provenance } from '../../core/contract/common.js';

export type DocumentNames = Map<string, string | null>;

/** `[{ id, name }]` rows from a query -> id -> name. */
export function documentNames(rows: Plain | undefined): DocumentNames {
  const names: DocumentNames = new Map();
  for (const row of (rows as { id: string; name: string | null }[] | null) ?? []) names.set(row.id, row.name);
  return names;
}

/** Pairs a relationship's `documents` and `evidence` lists; a missing span counts as none. */
export function pairProvenance(documents: unknown, evidence: unknown, names: DocumentNames): Provenance[] {
  const docs = Array.isArray(documents) ? (documents as string[]) : [];
  const spans = Array.isArray(evidence) ? (evidence as string[]) : [];
  const out: Provenance[] = [];
  docs.forEach((document, index) => {
    const span = spans[index];
    if (typeof span === 'string') out.push({ document, documentName: names.get(document) ?? null, evidence: span });
  });
  return out;
}

/** Drops repeated (document, evidence) pairs, keeping the first. */
export function uniqueProvenance(items: Provenance[]): Provenance[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.document}\u0000${item.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drops null-valued keys: Cypher map projections use null to mean "not there". */
export function withoutNulls<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== null && inner !== undefined)) as T;
}
