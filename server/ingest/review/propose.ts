/**
 * Proposals from an extraction
 * ============================
 *
 * Turns one extraction (server/ingest/extract) into the rows of the review queue: one proposal per entity and
 * one per relation, each with its evidence spans (exact offsets and the sentence), its confidence and, for an
 * entity, the existing nodes it may be. The properties are those the loader would write (output.ts), so a
 * proposal accepted as is loads exactly as `npm run extract -- --load` would load it.
 *
 * A proposal's id is derived from its document and a key that does not depend on the order of the text (an
 * entity's type and normalised name, a relation's type and the keys of its ends): submitting the same text
 * again gives the same ids, which is how the queue remembers what a person already decided.
 */
import { createHash } from 'node:crypto';

import { RELATIONSHIPS } from '../../../core/model.js';
import { allowed, emitted, evidenceOf, nodeOf, round } from '../extract/output.js';
import type { Extraction } from '../extract/pipeline.js';
import { normalise } from '../extract/text.js';
import type { Entity } from '../extract/types.js';

/** The two labels of a proposal node besides :Proposal: an allowlist for the queue's dynamic label. */
export const PROPOSAL_LABELS = ['ProposedEntity', 'ProposedRelation'] as const;
export type ProposalLabel = (typeof PROPOSAL_LABELS)[number];

export interface ProposalSpan {
  start: number;
  end: number;
  sentence: number;
  text: string;
}

/** A proposal as the queue stores it (nested values as JSON strings: Neo4j properties hold no maps). */
export interface ProposalRow {
  id: string;
  key: string;
  label: ProposalLabel;
  props: {
    id: string;
    document: string;
    kind: 'entity' | 'relation';
    type: string;
    name: string;
    confidence: number;
    sentence: number;
    evidence: string[];
    propertiesJson: string;
    spansJson: string;
    candidatesJson: string;
    resolvedTo: string | null;
    /** Entities: the id the extraction gave it (an existing node's when resolved). */
    proposedId: string | null;
    source: string | null;
    target: string | null;
    rule: string | null;
  };
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 10);

export const entityKey = (entity: Entity) =>
  `${entity.type}|${entity.type === 'Country' ? entity.code : normalise(entity.name)}`;

export const proposalId = (document: string, kind: 'entity' | 'relation', key: string) =>
  `${document}:${kind === 'entity' ? 'e' : 'r'}-${hash(key)}`;

/** The rows of one document's proposals, entities first. */
export function proposalsOf(extraction: Extraction): ProposalRow[] {
  const document = extraction.document.id;
  const keep = emitted(extraction);
  const rows: ProposalRow[] = [];
  const entityIds = new Map<string, string>();
  const entityKeys = new Map<string, string>();
  const names = new Map<string, string>();

  for (const entity of extraction.entities) {
    if (!keep.has(entity.key)) continue;
    const key = entityKey(entity);
    const id = proposalId(document, 'entity', key);
    entityKeys.set(entity.key, key);
    names.set(entity.key, entity.name);
    if (entityIds.has(entity.key) || rows.some((row) => row.id === id)) {
      entityIds.set(entity.key, id);
      continue;
    }
    entityIds.set(entity.key, id);
    const graphId = extraction.ids.get(entity.key)!;
    const { id: _id, type: _type, mentions, name, confidence, ...properties } = nodeOf(extraction, entity, graphId);
    const spans = entity.mentions.map((m) => ({ start: m.start, end: m.end, sentence: m.sentence, text: m.text }));
    rows.push({
      id,
      key,
      label: 'ProposedEntity',
      props: {
        id,
        document,
        kind: 'entity',
        type: entity.type,
        name: String(name ?? entity.name),
        confidence: Number(confidence ?? round(entity.confidence)),
        sentence: spans[0]?.sentence ?? 0,
        evidence: (mentions as Array<{ evidence: string }>).map((m) => m.evidence),
        propertiesJson: JSON.stringify(properties),
        spansJson: JSON.stringify(spans),
        candidatesJson: JSON.stringify(extraction.candidates.get(entity.key) ?? []),
        resolvedTo: extraction.resolved.has(entity.key) ? graphId : null,
        proposedId: graphId,
        source: null,
        target: null,
        rule: null,
      },
    });
  }

  // A relation stated in several sentences is one proposal with several spans.
  const relations = new Map<string, ProposalRow>();
  const { text } = extraction.document;
  for (const relation of extraction.relations) {
    const source = entityIds.get(relation.source);
    const target = entityIds.get(relation.target);
    if (!source || !target || source === target) continue;
    const key = `${relation.type}|${entityKeys.get(relation.source)}|${entityKeys.get(relation.target)}`;
    const span = { ...relation.evidence };
    const evidence = evidenceOf(text, relation.evidence, span.start, span.end);
    const existing = relations.get(key);
    if (existing) {
      const spans = JSON.parse(existing.props.spansJson) as ProposalSpan[];
      if (!spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
      existing.props.spansJson = JSON.stringify(spans);
      if (!existing.props.evidence.includes(evidence)) existing.props.evidence.push(evidence);
      existing.props.confidence = Math.max(existing.props.confidence, round(relation.confidence));
      continue;
    }
    const id = proposalId(document, 'relation', key);
    const properties = allowed(RELATIONSHIPS[relation.type].properties, relation.properties);
    const row: ProposalRow = {
      id,
      key,
      label: 'ProposedRelation',
      props: {
        id,
        document,
        kind: 'relation',
        type: relation.type,
        name: `${names.get(relation.source)} ${relation.type} ${names.get(relation.target)}`,
        confidence: round(relation.confidence),
        sentence: span.sentence,
        evidence: [evidence],
        propertiesJson: JSON.stringify(properties),
        spansJson: JSON.stringify([span]),
        candidatesJson: '[]',
        resolvedTo: null,
        proposedId: null,
        source,
        target,
        rule: relation.rule,
      },
    };
    relations.set(key, row);
    rows.push(row);
  }
  return rows;
}
