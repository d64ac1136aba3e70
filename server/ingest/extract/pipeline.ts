/**
 * The extraction pipeline
 * =======================
 *
 * One text in, proposals out: sentences with exact offsets → the page owner (given, or guessed from the first
 * sentences) → mentions (an Extractor) → within-document resolution → relations (the same Extractor) →
 * resolution against the graph's names → ids. Offline and database-free: the graph's names and aliases are
 * passed in as a list. `toLoaderInput` (output.ts) turns the result into the loader's JSON format.
 */
import { createHash } from 'node:crypto';

import { type Owner, entityIds, guessOwner, resolveWithinDocument } from './coref.js';
import { type Extractor, RulesExtractor } from './extractor.js';
import { KnownNames } from './gazetteer/known.js';
import { type Unglued, unglue } from './glue.js';
import { AUTO_RESOLVE_SCORE, GraphIndex } from './resolve.js';
import { splitSentences } from './sentences.js';
import { slug } from './text.js';
import type { Candidate, DocumentInput, Entity, KnownEntity, Relation, Sentence } from './types.js';

export interface Extraction {
  document: { id: string; name: string; file?: string; text: string };
  extractor: string;
  owner?: Owner & { id: string };
  sentences: Sentence[];
  entities: Entity[];
  relations: Relation[];
  /** Entity key → its node id: an existing node's when resolved, else a new slug. */
  ids: Map<string, string>;
  /** Entity key → candidate existing nodes, best first. */
  candidates: Map<string, Candidate[]>;
  /** Entity keys resolved to an existing node. */
  resolved: Set<string>;
  seconds: number;
}

/** The graph's names, indexed once and reused for every document of a run. */
export class Gazetteer {
  readonly names: KnownNames;
  readonly index: GraphIndex;
  constructor(readonly known: readonly KnownEntity[] = []) {
    this.names = new KnownNames(known);
    this.index = new GraphIndex(known);
  }
}

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  extractor?: Extractor;
}

/** A stable document id from the text, so extracting the same text twice proposes the same document. */
export const documentId = (text: string) => `doc-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;

/** A title: the first short line of the text that reads like a headline, else the file name. */
function title(text: string, file?: string): string {
  for (const line of text.split('\n').slice(0, 6)) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length >= 4 && words.length <= 25 && !/[.;:]$/.test(line.trim())) return line.trim();
  }
  return file ?? text.slice(0, 80).trim();
}

export async function extractDocument(input: DocumentInput, options: ExtractOptions = {}): Promise<Extraction> {
  const started = performance.now();
  const gazetteer = options.gazetteer ?? new Gazetteer();
  const extractor = options.extractor ?? new RulesExtractor();
  // Glued words are repaired first ("theAdministration Buildingat"); every span is mapped back at the end.
  const published = input.text.replace(/\r\n?/g, '\n');
  const glue = unglue(published);
  const text = glue.text;
  const sentences = splitSentences(text);

  // The owner: given on upload, else guessed from the first sentences (and marked as a guess).
  let owner: Owner | undefined = input.owner?.trim() ? { name: input.owner.trim(), guessed: false } : undefined;
  if (!owner) {
    const early = await extractor.mentions({ text, sentences: sentences.slice(0, 3), known: gazetteer.names });
    owner = guessOwner(early.mentions, sentences);
  }
  const extractionInput = { text, sentences, known: gazetteer.names, owner: owner?.name };
  const found = await extractor.mentions(extractionInput);
  const resolved = resolveWithinDocument(found.mentions, owner);
  const relations = await extractor.relations(extractionInput, found, resolved);

  // Against the graph: candidates for everyone, automatic resolution only when certain.
  const candidates = new Map<string, Candidate[]>();
  const resolvedKeys = new Set<string>();
  const ids = new Map<string, string>();
  for (const entity of resolved.entities) {
    const list = gazetteer.index.candidates(entity);
    candidates.set(entity.key, list);
    const knownId = entity.properties.knownId as string | undefined;
    const best = list[0];
    if (knownId) {
      ids.set(entity.key, knownId);
      resolvedKeys.add(entity.key);
    } else if (best && best.score >= AUTO_RESOLVE_SCORE) {
      ids.set(entity.key, best.id);
      resolvedKeys.add(entity.key);
    }
  }
  const parents = new Map<string, Entity>();
  for (const relation of relations) {
    if (relation.type !== 'PART_OF') continue;
    const parent = resolved.entities.find((e) => e.key === relation.target);
    if (parent) parents.set(relation.source, parent);
  }
  const fresh = entityIds(
    resolved.entities.filter((e) => !resolvedKeys.has(e.key)),
    gazetteer.index.ids,
    parents,
  );
  for (const [key, id] of fresh) ids.set(key, id);

  const id = input.id ?? documentId(published);
  const ownerEntity = resolved.owner;
  return {
    document: {
      id,
      name: input.name ?? title(published, input.file),
      ...(input.file ? { file: input.file } : {}),
      text: published,
    },
    extractor: extractor.name,
    ...(owner && ownerEntity ? { owner: { ...owner, id: ids.get(ownerEntity.key)! } } : {}),
    sentences: toPublished(glue, published, sentences, resolved.entities, relations),
    entities: resolved.entities,
    relations,
    ids,
    candidates,
    resolved: resolvedKeys,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The spans of the repaired text mapped back to the text as published: sentences, mentions and evidence keep exact
 * offsets into the original (names keep the repaired spelling). Mentions and evidence are changed in place; the
 * published sentences are returned.
 */
function toPublished(
  glue: Unglued,
  published: string,
  sentences: Sentence[],
  entities: Entity[],
  relations: Relation[],
): Sentence[] {
  if (glue.inserted === 0) return sentences;
  const span = <T extends { start: number; end: number; text: string }>(item: T) => {
    const [start, end] = [glue.start(item.start), glue.end(item.end)];
    Object.assign(item, { start, end, text: published.slice(start, end) });
  };
  const seen = new Set<object>();
  for (const entity of entities)
    for (const mention of entity.mentions)
      if (!seen.has(mention)) {
        seen.add(mention);
        span(mention);
      }
  for (const relation of relations)
    if (!seen.has(relation.evidence)) {
      seen.add(relation.evidence);
      span(relation.evidence);
    }
  return sentences.map((sentence) => {
    const [start, end] = [glue.start(sentence.start), glue.end(sentence.end)];
    return { ...sentence, start, end, text: published.slice(start, end) };
  });
}

export { slug };
