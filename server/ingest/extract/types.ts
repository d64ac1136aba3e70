/**
 * Extraction types
 * ================
 *
 * What the text-ingestion pipeline passes between its steps: sentences with exact character offsets, mentions
 * (a typed span of the text), entities (mentions resolved within the document), relations with a confidence
 * and their evidence, and the resolution of each entity against the graph's existing nodes.
 */
import type { NodeLabel, RelationshipType } from '../../../core/model.js';

/** A half-open character range [start, end) of the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

export type EntityType = Exclude<NodeLabel, 'Document'>;

export type MentionSource = 'pattern' | 'gazetteer' | 'known' | 'owner' | 'reference';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** The name the mention stands for (the text, cleaned; for a reference such as "our college", the owner's). */
  name: string;
  sentence: number;
  source: MentionSource;
  kind?: string;
  /** Countries: the ISO code. */
  code?: string;
  /** Known nodes: the graph id the gazetteer matched. */
  knownId?: string;
  /** The mention only refers to the page owner ("we", "the university"). */
  owner?: boolean;
  /** An acronym given in parentheses after the name: "University of Macau (UM)". */
  acronym?: string;
  /** Other names the text gives this mention ("A (B)" dual names). */
  aliases?: string[];
  /** Inside a longer name ("Belarusian" in "Belarusian National Academy of Sciences"). */
  nested?: boolean;
  /** A Chinese city or province the name or its context places the mention in. */
  city?: string;
  /** What the phrase says of the mention (a person's title). */
  properties?: Record<string, unknown>;
  confidence: number;
  /** Set by within-document resolution. */
  entity?: string;
}

export interface Entity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: string;
  code?: string;
  mentions: Mention[];
  confidence: number;
  /** The page owner; `ownerGuessed` when it was guessed from the first sentence rather than given. */
  owner?: boolean;
  ownerGuessed?: boolean;
  properties: Record<string, unknown>;
}

export interface Evidence extends Span {
  sentence: number;
  text: string;
}

export interface Relation {
  type: RelationshipType;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  confidence: number;
  evidence: Evidence;
  /** Which rule proposed it, for the review and for debugging. */
  rule: string;
}

/** A node the graph already holds, as the resolver sees it. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: string;
  code?: string;
}

export type ResolutionReason =
  | 'same name'
  | 'same alias'
  | 'normalised name'
  | 'acronym'
  | 'transliteration variant'
  | 'short form'
  | 'similar name'
  | 'same country';

export interface Candidate {
  id: string;
  name: string;
  type: EntityType;
  score: number;
  reason: ResolutionReason;
}

export interface DocumentInput {
  /** Document id (a slug); derived from the text when absent. */
  id?: string;
  text: string;
  name?: string;
  file?: string;
  /** The page owner, asked for on upload; guessed from the first sentence when absent. */
  owner?: string;
}
