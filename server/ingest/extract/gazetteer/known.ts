/**
 * The graph's own names
 * =====================
 *
 * Every institution (and person, agreement, field ...) the graph already holds is recognised in a new text by
 * its name or any alias, whatever the capitalisation or punctuation: a token trie over normalised names, so a
 * graph of 100k nodes is matched in one pass over the text. The list is passed in; this module needs no database.
 */
import { normalise, tokenize } from '../text.js';
import type { KnownEntity } from '../types.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Array<{ entity: KnownEntity; alias: string }>;
}

export interface KnownMatch {
  start: number;
  end: number;
  entity: KnownEntity;
  /** The name or alias that matched. */
  alias: string;
}

/** Names too generic to recognise on their own, whatever the graph calls them. */
const TOO_GENERIC = new Set([
  'university',
  'college',
  'school',
  'institute',
  'academy',
  'faculty',
  'ministry',
  'center',
  'centre',
]);

export class KnownNames {
  private readonly root: TrieNode = { next: new Map(), entries: [] };
  readonly size: number;

  constructor(readonly entities: readonly KnownEntity[]) {
    let size = 0;
    for (const entity of entities) {
      if (entity.type === 'Country') continue; // countries come from the country gazetteer
      for (const alias of new Set([entity.name, ...entity.aliases])) {
        const words = normalise(alias).split(' ').filter(Boolean);
        if (words.length === 0 || (words.length === 1 && (TOO_GENERIC.has(words[0]!) || words[0]!.length < 2)))
          continue;
        // A one-word alias must be written as the graph writes it ("SNP", "HP"), not any word "hp".
        let node = this.root;
        for (const word of words) {
          let child = node.next.get(word);
          if (!child) node.next.set(word, (child = { next: new Map(), entries: [] }));
          node = child;
        }
        node.entries.push({ entity, alias });
        size++;
      }
    }
    this.size = size;
  }

  /** Longest known names in `text`, without overlaps. */
  find(text: string, offset = 0): KnownMatch[] {
    const tokens = tokenize(text).filter((token) => /[\p{L}\p{N}]/u.test(token.text));
    const words = tokens.map((token) => normalise(token.text));
    const out: KnownMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      let node: TrieNode | undefined = this.root;
      let best: { end: number; entries: TrieNode['entries'] } | null = null;
      for (let j = i; j < tokens.length && node; j++) {
        // A token may normalise to several words ("Heriot-Watt" → "heriot watt").
        for (const part of words[j]!.split(' ').filter(Boolean)) node = node?.next.get(part);
        if (node && node.entries.length > 0) best = { end: j, entries: node.entries };
      }
      if (!best) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[best.end]!.end;
      const written = text.slice(start, end);
      const entry = best.entries.find(({ alias }) => alias.includes(' ') || alias === written) ?? null;
      if (entry && (/^[\p{Lu}\d]/u.test(written) || written.includes(' '))) {
        out.push({ start: offset + start, end: offset + end, entity: entry.entity, alias: entry.alias });
        i = best.end + 1;
      } else i++;
    }
    return out;
  }
}
