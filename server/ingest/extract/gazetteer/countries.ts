/**
 * Country gazetteer
 * =================
 *
 * Every way a page of this genre names a country, built from `world-countries` (common and official names,
 * alternative spellings, demonyms) plus the few adjectives it lacks ("Korean", "Sino"), and the compounds of
 * Sino-foreign cooperation: "Sino-French" and "China-UK" name two countries, "Sino-foreign" names none.
 */
import countries from 'world-countries';

export type CountryForm = 'name' | 'alias' | 'adjective';

export interface CountryPhrase {
  phrase: string;
  code: string;
  form: CountryForm;
  /** Which country wins a shared word ("French": France over the French Southern Territories). */
  rank?: number;
}

/** Short spellings that are safe to match (case-sensitive); other two-letter codes collide with words ("DE"). */
const SHORT_FORMS: Record<string, string> = {
  UK: 'GB',
  US: 'US',
  USA: 'US',
  UAE: 'AE',
  PRC: 'CN',
  ROK: 'KR',
  DPRK: 'KP',
  // Laos's adjective ("Lao Ministry of Science and Technology"), too short for the case-insensitive names.
  Lao: 'LA',
};

/** Adjectives and names that world-countries does not list, or lists only in a longer form. */
const EXTRA: Array<[string, string, CountryForm]> = [
  ['Korea', 'KR', 'alias'],
  ['Korean', 'KR', 'adjective'],
  ['Britain', 'GB', 'alias'],
  ['England', 'GB', 'alias'],
  ['English', 'GB', 'adjective'],
  ['Sino', 'CN', 'adjective'],
  ['Chinese', 'CN', 'adjective'],
  ['Holland', 'NL', 'alias'],
  ['Czech Republic', 'CZ', 'alias'],
  ['Russian Federation', 'RU', 'alias'],
  ['Macau', 'MO', 'alias'],
  ['Macao', 'MO', 'alias'],
  ['Hong Kong', 'HK', 'alias'],
  ['Taiwan', 'TW', 'alias'],
  ['Viet Nam', 'VN', 'alias'],
  ['Turkey', 'TR', 'alias'],
  ['Ivory Coast', 'CI', 'alias'],
  ['Kyiv', 'UA', 'adjective'],
  ['Soviet', 'RU', 'adjective'],
  ['Emirati', 'AE', 'adjective'],
  ['Kiwi', 'NZ', 'adjective'],
  ['Aussie', 'AU', 'adjective'],
  ['Filipino', 'PH', 'adjective'],
  ['Thai', 'TH', 'adjective'],
  ['Swiss', 'CH', 'adjective'],
  ['Dutch', 'NL', 'adjective'],
  ['Belarussian', 'BY', 'adjective'],
  ['Belorussian', 'BY', 'adjective'],
  ['America', 'US', 'alias'],
  ['Mongolian', 'MN', 'adjective'],
  // With a typographic apostrophe, so that Taiwan's "Republic of China" does not match inside it.
  ['People’s Republic of China', 'CN', 'alias'],
];

/** Words that are demonyms of a country but are ordinary words in this genre. */
const NOT_COUNTRIES = new Set(['Guinean', 'Jersey', 'Chad', 'Georgia', 'Jordan', 'Niger', 'Turkish Republic', 'Man']);

function build(): CountryPhrase[] {
  const phrases: CountryPhrase[] = [];
  let rank = 0;
  const add = (phrase: string, code: string, form: CountryForm) => {
    if (!phrase || NOT_COUNTRIES.has(phrase) || !/^[A-Za-z][A-Za-z .'’-]+$/.test(phrase)) return;
    phrases.push({ phrase, code, form, rank });
  };
  for (const country of countries) {
    const code = country.cca2;
    rank = country.unMember ? 2 : country.independent ? 1 : 0;
    add(country.name.common, code, 'name');
    add(country.name.official, code, 'alias');
    for (const alt of country.altSpellings) if (alt.length > 3 && !alt.includes(',')) add(alt, code, 'alias');
    const demonyms = country.demonyms?.eng;
    if (demonyms) for (const demonym of new Set([demonyms.m, demonyms.f])) add(demonym, code, 'adjective');
  }
  rank = 3;
  for (const [phrase, code] of Object.entries(SHORT_FORMS)) phrases.push({ phrase, code, form: 'alias', rank });
  for (const [phrase, code, form] of EXTRA) add(phrase, code, form);
  // Longest first, so "South Korea" wins over "Korea" and "Republic of Belarus" over "Belarus".
  return phrases.sort((a, b) => b.phrase.length - a.phrase.length);
}

export const COUNTRY_PHRASES = build();

const byLowerPhrase = new Map<string, CountryPhrase>();
for (const entry of COUNTRY_PHRASES) {
  const key = entry.phrase.toLowerCase();
  const current = byLowerPhrase.get(key);
  const better =
    !current ||
    (entry.form === 'name' && current.form !== 'name') ||
    (entry.form === current.form && (entry.rank ?? 0) > (current.rank ?? 0));
  if (better) byLowerPhrase.set(key, entry);
}

/** The country a single word or phrase names ("German", "the United Kingdom", "UK"), if any. */
export function countryOf(phrase: string): CountryPhrase | undefined {
  const cleaned = phrase.replace(/^the\s+/i, '').trim();
  if (SHORT_FORMS[cleaned]) return { phrase: cleaned, code: SHORT_FORMS[cleaned]!, form: 'alias' };
  if (cleaned.length <= 3) return undefined;
  return byLowerPhrase.get(cleaned.toLowerCase());
}

export interface CountryMatch {
  start: number;
  end: number;
  code: string;
  form: CountryForm;
  /** Part of a compound ("Sino-French", "China-UK"). */
  compound: boolean;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALTERNATION = COUNTRY_PHRASES.filter((entry) => !SHORT_FORMS[entry.phrase])
  .map((entry) => escape(entry.phrase))
  .join('|');
const SHORT = Object.keys(SHORT_FORMS).join('|');
// Case-insensitive for names ("the united states" is rare, but "SINO-RUSSIAN" occurs); short forms exact.
const NAME_PATTERN = new RegExp(`(?<![\\p{L}])(?:${ALTERNATION})(?![\\p{L}])`, 'giu');
const SHORT_PATTERN = new RegExp(`(?<![\\p{L}])(?:${SHORT})(?![\\p{L}])`, 'gu');
const COMPOUND = /(?<![\p{L}])(Sino|China|Chinese)[- ](?:and[- ])?([\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/gu;
const FOREIGN =
  /^(foreign|foreigner|international|global|overseas|world|africa|african|europe|european|asean|arab|latin|asia|asian|pacific|oceania)$/i;

/**
 * Every country mention in `text`, longest match first and without overlaps. Compounds give both countries
 * ("Sino-French": China and France); "Sino-foreign" and "China-Africa" give China only as the home side and
 * are marked so that no foreign country is invented.
 */
export function findCountries(text: string, offset = 0): CountryMatch[] {
  const found: CountryMatch[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
  const take = (match: CountryMatch) => {
    found.push(match);
    taken.push([match.start, match.end]);
  };
  for (const match of text.matchAll(COMPOUND)) {
    const second = match[2]!;
    const firstWord = match[1]!;
    const partnerWords = second.split(' ');
    // Try "Sino Singapore Cooperative" as "Singapore", "China-New Zealand" as "New Zealand".
    let partner: CountryPhrase | undefined;
    let partnerText = '';
    for (let n = partnerWords.length; n >= 1 && !partner; n--) {
      partnerText = partnerWords.slice(0, n).join(' ');
      partner = countryOf(partnerText);
    }
    const start = match.index;
    if (partner && partner.code !== 'CN') {
      const partnerStart = start + match[0].indexOf(partnerText, firstWord.length);
      take({
        start: offset + start,
        end: offset + start + firstWord.length,
        code: 'CN',
        form: 'adjective',
        compound: true,
      });
      take({
        start: offset + partnerStart,
        end: offset + partnerStart + partnerText.length,
        code: partner.code,
        form: partner.form,
        compound: true,
      });
    } else if (FOREIGN.test(partnerWords[0]!) && firstWord === 'Sino') {
      taken.push([start, start + match[0].length]); // "Sino-foreign": no country at all
    }
  }
  for (const pattern of [NAME_PATTERN, SHORT_PATTERN]) {
    for (const match of text.matchAll(pattern)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      if (!free(start - offset, end - offset) && !free(start, end)) continue;
      const entry = countryOf(match[0]);
      if (!entry) continue;
      // Capitalised only: "german" in running lower-case text is rare and "chad" is a name.
      if (!/^[\p{Lu}]/u.test(match[0])) continue;
      if (!taken.every(([a, b]) => end - offset <= a || start - offset >= b)) continue;
      take({ start, end, code: entry.code, form: entry.form, compound: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
