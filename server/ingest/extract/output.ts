/**
 * Proposals in the loader's format
 * ================================
 *
 * Turns extractions into the JSON of docs/data-model.md that `npm run load` accepts unchanged: the Document
 * with its text, one node per new entity and one relationship per relation, each with `mentions` of
 * `{document, evidence}` (the sentence, verbatim) and a `confidence`. An entity resolved to an existing node is
 * not written again (the loader replaces a node's properties as a whole, which would drop what the graph
 * knows); it is referred to by that node's id, and its mention of the new document is a MENTIONED_IN
 * relationship. A top-level `extraction` section, which the loader does not read, keeps what the review needs:
 * exact offsets, the rule of each relation and the candidate existing nodes of each entity.
 */
import { countryByCode } from '../../../core/countries.js';
import { NODE_PROPERTIES, RELATIONSHIPS, type RelationshipType } from '../../../core/model.js';
import type { Extraction } from './pipeline.js';
import type { Entity } from './types.js';

const MAX_EVIDENCE = 2000;
const MAX_SPANS_PER_NODE = 5;

export interface LoaderJson {
  nodes: Array<Record<string, unknown>>;
  relationships: Array<Record<string, unknown>>;
  extraction: Array<Record<string, unknown>>;
}

export const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/** A verbatim piece of the text around [start, end), at most MAX_EVIDENCE characters: the sentence if it fits. */
export function evidenceOf(text: string, sentence: { start: number; end: number }, start: number, end: number): string {
  if (sentence.end - sentence.start <= MAX_EVIDENCE) return text.slice(sentence.start, sentence.end);
  const from = Math.max(sentence.start, start - 600);
  const to = Math.min(sentence.end, Math.max(end, from) + 600);
  return text.slice(from, to).trim();
}

/** Keeps only the properties the model allows, with allowed values. */
export function allowed(
  specs: Record<string, { type: string; values?: readonly string[] }>,
  properties: Record<string, unknown>,
) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    const spec = specs[key];
    if (!spec || value === undefined || value === null || value === '') continue;
    if (spec.values && !spec.values.includes(String(value))) continue;
    out[key] = value;
  }
  return out;
}

/** Entities worth proposing: a country only named inside a longer name or as an adjective counts if a relation uses it. */
export function emitted(extraction: Extraction): Set<string> {
  const used = new Set<string>();
  for (const relation of extraction.relations) {
    used.add(relation.source);
    used.add(relation.target);
  }
  const keep = new Set<string>();
  for (const entity of extraction.entities) {
    const direct = entity.mentions.some((m) => !m.nested);
    if (entity.type === 'Country' && !direct && !used.has(entity.key)) continue;
    if (entity.mentions.length === 0 && !used.has(entity.key)) continue;
    keep.add(entity.key);
  }
  return keep;
}

export function nodeOf(extraction: Extraction, entity: Entity, id: string): Record<string, unknown> {
  const { text } = extraction.document;
  const spans: string[] = [];
  for (const mention of entity.mentions) {
    const sentence = extraction.sentences[mention.sentence]!;
    const evidence = evidenceOf(text, sentence, mention.start, mention.end);
    if (!spans.includes(evidence)) spans.push(evidence);
    if (spans.length >= MAX_SPANS_PER_NODE) break;
  }
  const properties: Record<string, unknown> = { name: entity.name };
  if (entity.type === 'Country') {
    delete properties.name;
    properties.code = entity.code;
    properties.name = countryByCode(entity.code!)?.name;
  }
  const aliases = [...new Set(entity.aliases)].filter((alias) => alias !== entity.name);
  if (aliases.length > 0 && entity.type !== 'Country') properties.aliases = aliases;
  if (entity.type === 'Institution' || entity.type === 'Agreement' || entity.type === 'Event')
    properties.kind = entity.kind ?? 'other';
  if (entity.properties.city) properties.city = entity.properties.city;
  if (entity.properties.topology) properties.topology = entity.properties.topology;
  properties.confidence = round(entity.owner && !entity.ownerGuessed ? 0.95 : entity.confidence);
  return {
    id,
    type: entity.type,
    ...allowed(NODE_PROPERTIES[entity.type], properties),
    mentions: spans.map((evidence) => ({ document: extraction.document.id, evidence })),
  };
}

export function toLoaderJson(extractions: Extraction[]): LoaderJson {
  const out: LoaderJson = { nodes: [], relationships: [], extraction: [] };
  const written = new Set<string>();
  const relationshipKeys = new Map<string, Record<string, unknown>>();
  for (const extraction of extractions) {
    const { document } = extraction;
    if (!written.has(document.id)) {
      out.nodes.push({
        id: document.id,
        type: 'Document',
        name: document.name,
        ...(document.file ? { file: document.file } : {}),
        text: document.text,
      });
      written.add(document.id);
    }
    const keep = emitted(extraction);
    const idOf = (key: string) => extraction.ids.get(key)!;
    for (const entity of extraction.entities) {
      if (!keep.has(entity.key)) continue;
      const id = idOf(entity.key);
      const node = nodeOf(extraction, entity, id);
      if (extraction.resolved.has(entity.key)) {
        // An existing node: refer to it, and record that this document mentions it.
        const mentionKey = `${id}|MENTIONED_IN|${document.id}`;
        const evidence = (node.mentions as Array<{ evidence: string }>).map((m) => m.evidence);
        if (!relationshipKeys.has(mentionKey) && evidence.length > 0) {
          const relationship = { type: 'MENTIONED_IN', source: id, target: document.id, evidence };
          relationshipKeys.set(mentionKey, relationship);
          out.relationships.push(relationship);
        }
        continue;
      }
      if (written.has(id)) continue;
      written.add(id);
      out.nodes.push(node);
    }
    for (const relation of extraction.relations) {
      if (!keep.has(relation.source) || !keep.has(relation.target)) continue;
      const source = idOf(relation.source);
      const target = idOf(relation.target);
      if (source === target) continue;
      const type: RelationshipType = relation.type;
      const key = `${source}|${type}|${target}`;
      const evidence = evidenceOf(document.text, relation.evidence, relation.evidence.start, relation.evidence.end);
      const mention = { document: document.id, evidence };
      const existing = relationshipKeys.get(key);
      if (existing) {
        const mentions = existing.mentions as Array<{ document: string; evidence: string }>;
        if (!mentions.some((m) => m.evidence === evidence && m.document === document.id)) mentions.push(mention);
        existing.confidence = Math.max(Number(existing.confidence), round(relation.confidence));
        continue;
      }
      const relationship = {
        type,
        source,
        target,
        ...allowed(RELATIONSHIPS[type].properties, { ...relation.properties, confidence: round(relation.confidence) }),
        mentions: [mention],
      };
      relationshipKeys.set(key, relationship);
      out.relationships.push(relationship);
    }
    out.extraction.push({
      document: document.id,
      extractor: extraction.extractor,
      ...(extraction.owner ? { owner: extraction.owner } : {}),
      seconds: Math.round(extraction.seconds * 1000) / 1000,
      entities: extraction.entities
        .filter((entity) => keep.has(entity.key))
        .map((entity) => ({
          id: idOf(entity.key),
          type: entity.type,
          name: entity.name,
          resolved: extraction.resolved.has(entity.key),
          ...(entity.owner ? { owner: true, ownerGuessed: entity.ownerGuessed === true } : {}),
          ...(entity.properties.topology ? { topology: entity.properties.topology } : {}),
          candidates: extraction.candidates.get(entity.key) ?? [],
          spans: entity.mentions.map((m) => ({ start: m.start, end: m.end, sentence: m.sentence, text: m.text })),
        })),
      relationships: extraction.relations
        .filter((relation) => keep.has(relation.source) && keep.has(relation.target))
        .map((relation) => ({
          type: relation.type,
          source: idOf(relation.source),
          target: idOf(relation.target),
          rule: relation.rule,
          confidence: round(relation.confidence),
          sentence: relation.evidence.sentence,
          start: relation.evidence.start,
          end: relation.evidence.end,
        })),
    });
  }
  return out;
}
