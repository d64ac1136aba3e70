/**
 * Name similarity
 * ===============
 *
 * The comparisons the resolvers need, on top of talisman's maintained implementations: Jaro-Winkler for
 * spelling variants, Daitch-Mokotoff soundex for transliterated Slavic and other surnames (Gusakov, Gushakov
 * and Gusekov share one code), acronyms ("SDU" for Shandong University, "IBP" for Institute of Biophysics)
 * and short forms ("Ocean University" for "Ocean University of China").
 */
// tsc -b checks this file from other projects too, which do not include the declarations beside it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vendor.d.ts" />
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import daitchMokotoff from 'talisman/phonetics/daitch-mokotoff.js';

import { normalise } from './text.js';

export { jaroWinkler };

const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'de', 'du', 'des', 'la', 'le', 'to', 'a', 'an']);

/** Do two names sound alike as transliterations? Both the soundex codes and the spelling must agree. */
export function transliterationVariant(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y || x === y) return false;
  if (x[0] !== y[0] || Math.abs(x.length - y.length) > 3) return false;
  const codes = new Set(daitchMokotoff(x.replace(/ /g, '')));
  const shared = daitchMokotoff(y.replace(/ /g, '')).some((code) => codes.has(code));
  return shared && jaroWinkler(x, y) >= 0.85;
}

/**
 * Is `acronym` an abbreviation of `name`? Every significant word's initial is used, in order, and a letter may
 * also come from inside the current word ("SDU": ShanDong University, "XSYU": Xi'an ShiYou University).
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length > 10 || acronym !== acronym.toUpperCase()) return false;
  const words = normalise(name)
    .split(' ')
    .filter((word) => word && !STOP.has(word));
  if (words.length < 2 && letters.length > 1 && words[0]?.length !== letters.length) return false;
  if (letters.length === 2 && words.length !== 2) return false;
  // Letter i of the acronym matches in word w, either at its start or inside it after an earlier match.
  const match = (i: number, w: number, inWord: number): boolean => {
    if (i === letters.length) return w === words.length - 1 || (w === words.length && inWord === -1);
    if (w >= words.length) return false;
    const letter = letters[i]!;
    // Start the next word with this letter.
    if (w + 1 < words.length && words[w + 1]![0] === letter && match(i + 1, w + 1, 0)) return true;
    if (w === -1) return false;
    // Or take it from inside the current word, after the last matched letter.
    const word = words[w]!;
    for (let k = inWord + 1; k < word.length; k++) if (word[k] === letter && match(i + 1, w, k)) return true;
    return false;
  };
  return match(0, -1, -1);
}

/** "Ocean University" is a short form of "Ocean University of China": the same words, the rest a qualifier. */
export function isShortForm(short: string, long: string): boolean {
  const a = normalise(short).split(' ');
  const b = normalise(long).split(' ');
  if (a.length < 2 || a.length >= b.length) return false;
  return a.every((word, index) => b[index] === word);
}

/** A similarity of two names between 0 and 1, on their normalised forms. */
export function nameSimilarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return jaroWinkler(x, y);
}

/** At most one character inserted, deleted or replaced: a typing slip ("LLincoln" for "Lincoln"). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
