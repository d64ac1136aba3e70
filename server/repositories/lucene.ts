/**
 * Lucene queries from what people type
 * ====================================
 *
 * GET /api/search takes free text; the full-text index takes Lucene syntax, where `(`, `"`, `~`, `AND` and
 * friends are operators. We never pass the user's text through: it is split into words, each word is escaped,
 * and the query is built from them so that misspellings and transliterations still match:
 *
 * - the whole text as a phrase (boosted most: the exact name ranks first),
 * - each word exactly (boosted), as a prefix (`wat*`, for names typed halfway),
 * - each word fuzzily (`univercity~`, `gushakov~`): edit distance 1 for short words, 2 for longer ones,
 * - and a diacritic-free spelling of each word, since the standard analyzer does not fold accents;
 * - two letters alone also match an ISO code first.
 *
 * Words are OR-ed: the index ranks documents that match more of them higher.
 */

/** Every character the classic query parser treats as syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene syntax in a term. */
export const escapeLucene = (term: string) => term.replace(SPECIAL, (char) => `\\${char}`);

/** Words of free text: letters and digits of any script, lower-cased; punctuation separates words. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}+/gu, '');

/** At most this many words count: a pasted paragraph must not become a thousand-clause query. */
export const MAX_WORDS = 12;

/** Lucene's words that are operators even when escaped are matched as lower-case terms instead. */
const OPERATORS = new Set(['and', 'or', 'not', 'to']);

function clausesFor(word: string): string[] {
  const variants = [...new Set([word, fold(word)])];
  const clauses: string[] = [];
  for (const variant of variants) {
    const term = escapeLucene(variant);
    // A bare operator word is quoted so the parser reads it as a term.
    const exact = OPERATORS.has(variant) ? `"${term}"` : term;
    clauses.push(`${exact}^3`);
    if (OPERATORS.has(variant)) continue;
    // Prefix queries score a constant per field matched, whatever the term's rarity: kept light so that a name
    // with many aliases starting "univ..." does not outrank the one whose rare word is merely misspelt.
    if (variant.length >= 3) clauses.push(`${term}*`);
    // Fuzzy terms are scored by rarity, like exact ones.
    if (variant.length >= 4) clauses.push(`${term}~${variant.length >= 7 ? 2 : 1}^2`);
  }
  return clauses;
}

/** The Lucene query for free text, or null when the text has no words at all. */
export function luceneQuery(text: string): string | null {
  const words = [...new Set(wordsOf(text))].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const clauses = words.flatMap(clausesFor);
  if (words.length > 1) clauses.unshift(`"${words.map(escapeLucene).join(' ')}"^8`);
  // Two letters alone are most likely an ISO code: the country ranks above names that contain "de" or "us".
  if (words.length === 1 && /^\p{L}{2}$/u.test(words[0]!)) clauses.unshift(`code:${escapeLucene(words[0]!)}^10`);
  return clauses.join(' OR ');
}
