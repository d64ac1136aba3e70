/**
 * Glued text, repaired with its offsets kept
 * ==========================================
 *
 * Pages of this genre are often published with the spaces lost between words: "theAdministration Buildingat",
 * "Programbetween", "Technology(QUST)and", "Mr.Barham", "University,Mexico", "QUST.Hehopes", "aTraining",
 * "No.2015ConferenceRoom". `unglue` inserts the missing spaces (it never removes or changes a character) and keeps a map
 * from every offset of the repaired text back to the text as published, so the pipeline reads the repaired text
 * and every span it proposes is mapped back to exact offsets of the original (`Unglued.start`, `Unglued.end`).
 *
 * What is split, each a general reading of the characters, not of a page's words:
 * - a lower-case run glued to a capital ("theAdministration", "thatQUST", "ConferenceRoom"): the run must be two
 *   letters after a non-letter or four after a capital, so "McDonald" and "MacArthur" stay; the article "a" and a
 *   number of two digits or more glued to a capitalised word ("aTraining", "2015Conference");
 * - a word glued to a parenthesis, either side ("Technology(QUST)and");
 * - a comma or a period glued between words ("University,Mexico", "Mr.Barham", "QUST.Hehopes"), not between
 *   initials ("U.S.") or digits;
 * - a word glued to a function word ("Programbetween", "hassigned", "forcooperation", "Buildingat") when the
 *   other part is a word the page uses on its own elsewhere or a head noun of the lexicon (the page is its own
 *   dictionary), or the function word is one no English word ends with ("between", "among").
 */
import { AGREEMENT_HEADS, EVENT_HEADS, INSTITUTION_HEADS } from './lexicon.js';

export interface Unglued {
  /** The repaired text (the original with spaces inserted). */
  text: string;
  /** How many spaces were inserted. */
  inserted: number;
  /** The original offset of a start offset of the repaired text. */
  start(at: number): number;
  /** The original offset of an (exclusive) end offset of the repaired text. */
  end(at: number): number;
}

/** Function words that are glued to the word before or after them. */
const FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'as',
  'is',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'its',
  'their',
  'that',
  'this',
  'such',
  'between',
  'among',
]);
/** A word glued before one of these is split from it (what a word can end with and still be a word is checked). */
const SUFFIX_WORDS = new Set(['of', 'and', 'in', 'at', 'for', 'with', 'from', 'the', 'between', 'among', 'will']);
/** No English word ends with these: split even when the page never uses the word before on its own. */
const SAFE_SUFFIX = new Set(['between', 'among']);
/** Short suffixes that end many words ("format", "habitat", "areas", "lesson"): only after a long known word. */
const SHORT_SUFFIX = new Set(['at', 'in']);
/** A word glued after one of these is split from it ("hassigned", "forcooperation", "willopen", "theAgreement"). */
const PREFIX_WORDS = new Set(['the', 'and', 'of', 'for', 'with', 'from', 'has', 'have', 'will', 'between', 'among']);

const LEXICON_WORDS = new Set(
  [...Object.keys(INSTITUTION_HEADS), ...Object.keys(AGREEMENT_HEADS), ...Object.keys(EVENT_HEADS)]
    .flatMap((key) => key.split(/\s+/))
    .filter((word) => word.length >= 4)
    .concat(['building', 'room', 'campus', 'hall', 'program', 'programme', 'cooperation', 'exchange']),
);

/** Insertion points (original offsets before which a space goes) found by the character rules. */
function characterSplits(text: string): number[] {
  const points: number[] = [];
  const add = (pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) points.push(match.index);
  };
  // A lower-case run glued to a capital: "theAdministration", "ConferenceRoom", "thatQUST".
  add(/(?<=(?:^|[^\p{L}])\p{Ll}{2,}|\p{Lu}\p{Ll}{3,})(?=\p{Lu})/gu);
  // The article "a" glued to a capitalised word ("aTraining"), a number of two digits or more glued to a word.
  add(/(?<=(?:^|[^\p{L}])a)(?=\p{Lu}\p{Ll})/gu);
  add(/(?<=\d{2})(?=\p{Lu}\p{Ll}{2})/gu);
  // A parenthesis glued to a word, either side.
  add(/(?<=[\p{L}\p{N}])(?=\((?=[^)\n]{1,60}\)))/gu);
  add(/(?<=\([^()\n]{1,60}\))(?=[\p{L}\p{N}])/gu);
  // A comma glued between words; a period glued after a word of two letters or more before a capitalised word.
  add(/(?<=\p{L},)(?=\p{L})/gu);
  add(/(?<=\p{L}{2}\.)(?=\p{Lu}\p{Ll})/gu);
  return points;
}

function insert(text: string, points: number[]): { text: string; origin: number[] } {
  const sorted = [...new Set(points)]
    .filter((p) => p > 0 && p < text.length && !/\s/.test(text[p - 1]!))
    .sort((a, b) => a - b);
  let out = '';
  const origin: number[] = []; // origin[i]: the original offset of repaired character i (an inserted space: the next one)
  let from = 0;
  for (const point of sorted) {
    for (let i = from; i < point; i++) origin.push(i);
    out += text.slice(from, point) + ' ';
    origin.push(point);
    from = point;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  out += text.slice(from);
  return { text: out, origin };
}

/** Insertion points between a word and a function word glued to it, with the page's own words as dictionary. */
function wordSplits(text: string): number[] {
  const counts = new Map<string, number>();
  const words = [...text.matchAll(/\p{L}+/gu)];
  for (const match of words) {
    const word = match[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const known = (word: string) =>
    word.length >= 3 && !FUNCTION_WORDS.has(word) && ((counts.get(word) ?? 0) > 0 || LEXICON_WORDS.has(word));
  const points: number[] = [];
  for (const match of words) {
    const token = match[0];
    if (token.length < 5 || !/^\p{Lu}?\p{Ll}+$/u.test(token)) continue;
    const lower = token.toLowerCase();
    if ((counts.get(lower) ?? 0) > 1) continue; // used more than once as it is: a word of the page
    let cut = -1;
    for (let i = lower.length - 2; i >= 2 && cut < 0; i--) {
      const [a, b] = [lower.slice(0, i), lower.slice(i)];
      if (!SUFFIX_WORDS.has(b) || FUNCTION_WORDS.has(a)) continue;
      if (SAFE_SUFFIX.has(b) && a.length >= 3) cut = i;
      else if (SHORT_SUFFIX.has(b) ? a.length >= 6 && known(a) : known(a)) cut = i;
    }
    for (let i = 2; i <= lower.length - 4 && cut < 0; i++) {
      const [a, b] = [lower.slice(0, i), lower.slice(i)];
      if (PREFIX_WORDS.has(a) && b.length >= 4 && known(b)) cut = i;
    }
    if (cut > 0) points.push(match.index + cut);
  }
  return points;
}

const IDENTITY = (text: string): Unglued => ({ text, inserted: 0, start: (at) => at, end: (at) => at });

export function unglue(original: string): Unglued {
  const first = insert(original, characterSplits(original));
  const second = insert(first.text, wordSplits(first.text));
  if (second.text.length === original.length) return IDENTITY(original);
  const origin = second.origin.map((at) => (at < first.origin.length ? first.origin[at]! : original.length));
  const length = second.text.length;
  return {
    text: second.text,
    inserted: length - original.length,
    start: (at) => (at >= length ? original.length : origin[at]!),
    end: (at) => {
      if (at <= 0) return 0;
      if (at >= length) return original.length;
      // The end of a span: one past the original offset of its last character that is not an inserted space.
      let last = at - 1;
      while (last > 0 && second.text[last] === ' ' && origin[last] === origin[last + 1]) last--;
      return origin[last]! + 1;
    },
  };
}
