/**
 * Sentences with exact offsets
 * ============================
 *
 * Splits a text into sentences whose `start`/`end` index the original text exactly (`text.slice(start, end)`
 * is the sentence), so every proposal can point at its evidence. Handles what pages of this genre do:
 * sentences glued without a space ("Oceania.Two"), abbreviations ("Dr.", "Oct. 21", "U.S."), headlines and
 * list items on their own lines, and inline numbered lists ("1) ... 2) ...").
 */
import type { Sentence } from './types.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'co',
  'ltd',
  'inc',
  'corp',
  'jr',
  'sr',
  'vs',
  'etc',
  'eg',
  'ie',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'univ',
  'assoc',
  'gov',
  'govt',
  'fig',
  'vol',
  'p',
  'pp',
  'ph',
  'e',
  'i',
  'al',
  'mt',
  'ft',
  'est',
]);

/** Is the period at `index` the end of an abbreviation rather than of a sentence? */
function isAbbreviation(text: string, index: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, index - 12), index))?.[1] ?? '';
  const word = before.replace(/\./g, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "A. Smith", "U.S.", "e.g."
  if (/^\p{L}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before)) return true;
  return false;
}

/** Offsets where a sentence ends (exclusive). */
function boundaries(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      // A line break ends a sentence unless the line plainly continues (lower-case start, no end mark, and the
      // break is a single wrap inside a paragraph).
      const next = text.slice(i + 1).match(/^[ \t]*(\S)/)?.[1] ?? '';
      const prev = text.slice(0, i).trimEnd().slice(-1);
      const wrapped = /[a-z,;(]/.test(next) && /[\p{L},;]/u.test(prev) && text[i + 1] !== '\n';
      if (!wrapped) ends.push(i);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '。') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    const after = text.slice(j, j + 3);
    if (char === '.' && isAbbreviation(text, i) && !/^\s*\n/.test(text.slice(j))) continue;
    if (char === '.' && /^\d/.test(after) && /\d$/.test(text.slice(0, i))) continue; // 3.5, 2.0
    if (/^\s+[\p{Lu}\d"“‘(]/u.test(text.slice(j)) || /^\s*$/.test(after) || j >= text.length) {
      ends.push(j);
    } else if (/^[\p{Lu}][\p{Ll}]/u.test(after) && /\p{Ll}{2}$/u.test(text.slice(Math.max(0, i - 3), i))) {
      ends.push(j); // glued: "Oceania.Two", "have been approved.In the past"
    } else if (/^\s+\d\)/.test(text.slice(j))) {
      ends.push(j);
    }
  }
  // Inline numbered lists: "as an opportunity to: 1) further deepen ... 2) further deepen ..."
  for (const match of text.matchAll(/(?<=[\s:;,])(\d{1,2})\)\s/g)) if (match.index > 0) ends.push(match.index);
  // Glued run-ons without a period: "the primary productive forceThird, we need to"
  for (const match of text.matchAll(/\p{Ll}(?=(First|Second|Third|Fourth|Fifth), )/gu)) ends.push(match.index + 1);
  return [...new Set(ends)].sort((a, b) => a - b);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) {
      sentences.push({ index: sentences.length, start: a, end: b, text: text.slice(a, b) });
    }
  };
  for (const end of boundaries(text)) {
    if (end <= start) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}

/** The sentence that holds offset `at`. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (at < sentence.start) high = mid - 1;
    else if (at >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return undefined;
}
