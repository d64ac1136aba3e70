/**
 * Text helpers
 * ============
 *
 * Normalised comparison keys, slugs for node ids and word tokens with their offsets. Transliteration to Latin
 * (École → Ecole, Universität → Universitaet) comes from @sindresorhus/transliterate.
 */
import transliterate from '@sindresorhus/transliterate';

const APOSTROPHES = /['’‘`´]/g;

/** A comparison key: Latin letters and digits, lower case, single spaces; "the" and possessives dropped. */
export function normalise(value: string): string {
  return transliterate(value)
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A lowercase slug as the loader's ids require (a-z, 0-9, single hyphens), at most 120 characters. */
export function slug(value: string): string {
  const base = transliterate(value)
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
  return base || 'entity';
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner hyphens, apostrophes and dots of abbreviations) and single punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  for (const match of text.matchAll(pattern)) {
    tokens.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}

export const isCapitalised = (word: string) => /^[\p{Lu}\p{Lt}]/u.test(word) || /^\d/.test(word);
export const isAllCaps = (word: string) => /^[\p{Lu}]{2,}[\p{Lu}\d]*$/u.test(word);

/** Title case for names written in lower case: "joint business intelligence laboratory" → "Joint Business ...". */
export function titleCase(value: string): string {
  const small = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'with', 'to', 'de', 'a', 'an']);
  return value
    .split(/(\s+)/)
    .map((word, index) =>
      index > 0 && small.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
}
