/**
 * The Extractor interface
 * =======================
 *
 * The mention and relation steps sit behind this interface, so a model-based extractor (a local NER model, an
 * LLM endpoint the user configures) can replace or complement the rules without touching the sentence
 * splitter, the resolution, the output or the review. `RulesExtractor` is the offline default.
 */
import type { Resolved } from './coref.js';
import type { KnownNames } from './gazetteer/known.js';
import { type Link, findMentions } from './rules/mentions.js';
import { findRelations } from './rules/relations.js';
import type { Mention, Relation, Sentence } from './types.js';

export interface ExtractionInput {
  text: string;
  sentences: Sentence[];
  known: KnownNames;
  /** The page owner's name, when given or guessed. */
  owner?: string;
}

export interface MentionOutput {
  mentions: Mention[];
  /** Relations the mention step found inside names (a unit PART_OF its parent ...); may be empty. */
  links: Link[];
}

export interface Extractor {
  readonly name: string;
  mentions(input: ExtractionInput): MentionOutput | Promise<MentionOutput>;
  relations(input: ExtractionInput, found: MentionOutput, resolved: Resolved): Relation[] | Promise<Relation[]>;
}

export class RulesExtractor implements Extractor {
  readonly name = 'rules-1';

  mentions(input: ExtractionInput): MentionOutput {
    return findMentions(input);
  }

  relations(input: ExtractionInput, found: MentionOutput, resolved: Resolved): Relation[] {
    return findRelations({
      text: input.text,
      sentences: input.sentences,
      mentions: found.mentions,
      links: found.links,
      resolved,
    });
  }
}
