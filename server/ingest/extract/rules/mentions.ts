/**
 * Mentions by rules and gazetteers
 * ================================
 *
 * Finds the typed spans of one sentence: countries (gazetteer, compounds), names the graph already knows,
 * institutions, agreements and events from capitalised phrases and their head nouns ("X of Y", names nested in
 * names, "A (B)" dual names, acronyms in parentheses, possessives), agreements and events written in lower case
 * ("memorandum of understanding", "joint training programs with ..."), people anchored on titles and roles, and
 * the references to the page owner ("we", "our college", "the university"). Facts that the phrase itself states
 * (a unit PART_OF its parent, a university LOCATED_IN the country of its name, a person's title) are returned as
 * links between mentions; the relation step adds those that need the clause.
 */
import { countryByCode } from '../../../../core/countries.js';
import type { RelationshipType } from '../../../../core/model.js';
import { countryOf, findCountries } from '../gazetteer/countries.js';
import { chinesePlace, findChinesePlaces } from '../gazetteer/china.js';
import type { KnownNames } from '../gazetteer/known.js';
import {
  AGREEMENT_HEADS,
  CHINESE_SURNAMES,
  EDUCATION_WORDS,
  EVENT_HEADS,
  INSTITUTION_HEADS,
  LEADING_STOP,
  OWNER_NOUNS,
  PINYIN_GIVEN,
  SPEECH_VERBS,
  TITLE_BEFORE_NAME,
  TITLE_PATTERN,
} from '../lexicon.js';
import { isAcronymOf } from '../similarity.js';
import { type Token, isAllCaps, isCapitalised, titleCase, tokenize } from '../text.js';
import type { EntityType, Mention, Sentence } from '../types.js';

export interface Link {
  type: RelationshipType;
  from: Mention;
  to: Mention;
  properties: Record<string, unknown>;
  confidence: number;
  rule: string;
  sentence: Sentence;
}

export interface MentionContext {
  text: string;
  sentences: Sentence[];
  known: KnownNames;
  owner?: string;
}

export interface SentenceMentions {
  mentions: Mention[];
  links: Link[];
}

const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'la',
  'du',
  'des',
  'di',
  'del',
  'on',
  '&',
  'und',
  'für',
  'fur',
]);
const UNIT_HEADS =
  /\b(college|school|faculty|department|office|cent(?:er|re)|library|institute|laborator(?:y|ies)|committee|division|academy|gallery)\b/i;
const HEAD_ORDER = (word: string) => word.toLowerCase().replace(/[’']s$/, '');

type Classified = { type: EntityType; kind: string; head: string } | null;

/** What a name's head noun makes it. The head is the last head word before the first "of", else the last. */
export function classifyName(name: string): Classified {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const ofAt = words.findIndex((word) => word.toLowerCase() === 'of');
  const scope = ofAt > 0 ? words.slice(0, ofAt) : words;
  const lower = name.toLowerCase();
  const pick = (list: string[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const word = HEAD_ORDER(list[i]!);
      if (AGREEMENT_HEADS[word] || EVENT_HEADS[word] || INSTITUTION_HEADS[word]) return word;
    }
    return null;
  };
  const lastWord = HEAD_ORDER(words.at(-1) ?? '');
  const agreementLast =
    ofAt < 0 && (AGREEMENT_HEADS[lastWord] !== undefined || /^(laborator(y|ies)|lab)$/.test(lastWord));
  const head = (agreementLast ? lastWord : null) ?? pick(scope) ?? pick(words);
  if (!head) return null;
  if (/\bconfucius (institute|classroom)/i.test(name)) return { type: 'Agreement', kind: 'education-program', head };
  if (
    /\b(joint|international joint|cooperation|cooperative)\b.*\b(laborator(y|ies)|lab)\b/i.test(lower) ||
    /\bsoftware laboratory\b/.test(lower)
  ) {
    return { type: 'Agreement', kind: 'joint-lab', head };
  }
  if (/\btest(ing)? cent(er|re)s?\b/.test(lower)) return { type: 'Agreement', kind: 'test-centre', head };
  if (/\brepresentative office\b/.test(lower)) return { type: 'Agreement', kind: 'overseas-office', head };
  if (/\b(overseas|international) education cent(er|re)\b/.test(lower))
    return { type: 'Agreement', kind: 'education-program', head };
  if (
    /\b(cooperation|exchange|joint|regional) research cent(er|re)\b|\bresearch cent(er|re) of\b|\bcooperation cent(er|re)\b/.test(
      lower,
    )
  ) {
    return { type: 'Agreement', kind: 'research-centre', head };
  }
  if (/\b(training|cooperation|innovation|education) base\b/.test(lower)) {
    return { type: 'Agreement', kind: /cooperation/.test(lower) ? 'cooperation-base' : 'training-base', head };
  }
  const cooperation = cooperationUnitKind(name, words, head);
  if (cooperation) return { type: 'Agreement', kind: cooperation, head };
  if (AGREEMENT_HEADS[head]) {
    let kind = AGREEMENT_HEADS[head]!;
    if (kind === 'research-project' && EDUCATION_WORDS.test(name)) kind = 'education-program';
    if (kind === 'education-program' && !EDUCATION_WORDS.test(name) && /\b(scien|research|technolog)/i.test(name))
      kind = 'research-project';
    if (head === 'park') kind = 'platform';
    return { type: 'Agreement', kind, head };
  }
  if (EVENT_HEADS[head]) return { type: 'Event', kind: EVENT_HEADS[head]!, head };
  let kind = INSTITUTION_HEADS[head]!;
  if (
    kind === 'government' &&
    head === 'department' &&
    !/\b(provincial|ministry|state|national|municipal|people|government|city|county)\b/i.test(name)
  ) {
    kind = 'other';
  }
  if (head === 'laboratory' || head === 'lab' || head === 'laboratories') kind = 'lab';
  if (/\bacademy of (sciences|engineering|social sciences|agricultural)/i.test(name)) kind = 'academy';
  if (head === 'park' && /\b(technolog|science|innovation|industrial)\b/i.test(name)) kind = 'other';
  return { type: 'Institution', kind, head };
}

/**
 * A binational centre, institute, park or lab ("Sino-US technological innovation park", "China-Ukraine ... Research
 * Institute") or a foreign country's centre of an institution ("Belarusian Center for ... Studies of ZJSRU") is a
 * cooperation between the two sides, not a body of its own: the Agreement kind, else null.
 */
function cooperationUnitKind(name: string, words: string[], head: string): string | null {
  if (!/^(?:cent(?:er|re)s?|institute|park|laborator(?:y|ies)|lab)$/.test(head)) return null;
  const pair = /\b(?:sino|china)-([\p{L}]+)/iu.exec(name);
  const partner = pair ? countryOf(pair[1]!) : undefined;
  const binational = partner !== undefined && partner.code !== 'CN';
  const first = countryOf(words[0] ?? '');
  const foreignCentre =
    first !== undefined && first.code !== 'CN' && first.form === 'adjective' && /\bcent(?:er|re)\b.*\bof\b/i.test(name);
  if (!binational && !foreignCentre) return null;
  if (head === 'park') return 'platform';
  if (/^lab/.test(head)) return 'joint-lab';
  return 'research-centre';
}

/** Capitalised verbs of headlines end a name: "Cooperation Agreement Signed Officially between ...". */
const HEADLINE_VERBS =
  /^(Signed|Held|Visits?|Visited|Heads|Headed|Leads|Led|Launched|Launches|Opens|Opened|Meets|Met|Was|Were|Is|Are|Holds|Hosts|Hosted|Attends|Attended|Receives|Received|Officially|Successfully|Kicks|Inks|Renews|Establish(?:es|ed)?|Sign|Signs)$/;
// A token that opens with a digit is a date, a number or a code, never a word of a name: "Hebei University 2015-07-10".
// A French or Italian elision before a capital is a word of the name: "Université Catholique de l’Ouest".
const isNameWord = (token: Token) =>
  (isCapitalised(token.text) || /^[ld][’'][\p{Lu}]/u.test(token.text)) &&
  !/^\d/.test(token.text) &&
  !HEADLINE_VERBS.test(token.text);
// "the People’s Republic of China" is a name, not a possessive.
const isPossessive = (word: string) => /[’']s$/.test(word) && word.length > 2 && !/^People[’']s$/.test(word);
const stripPossessive = (word: string) => word.replace(/[’']s$/, '');

interface Chunk {
  start: number;
  end: number;
  tokens: Token[];
  possessive: boolean;
}

/** A date after "on" or "of" ends a name: "the Economic Forum on June 3". */
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** Capitalised phrases of a sentence, joined by connectors and parentheses; commas and verbs end them. */
function chunks(sentence: Sentence, reserved: Array<[number, number]>): Chunk[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const blocked = (token: Token) => reserved.some(([a, b]) => token.start < b && token.end > a);
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isNameWord(first) || blocked(first)) {
      i++;
      continue;
    }
    const taken: Token[] = [first];
    let j = i + 1;
    let possessive = isPossessive(first.text);
    // A name is complete once its parenthesis closes: "Qingdao University of Science and Technology (QUST) and
    // Kwangwoon University" is two names, however the "and" inside the first one reads ("X (ICCBS) of Karachi
    // University" goes on: "of" places it, "and" coordinates).
    let closed = false;
    while (!possessive && j < tokens.length) {
      const token = tokens[j]!;
      if (blocked(token)) break;
      if (isNameWord(token)) {
        closed = false;
        // A name ends at its head noun; a capitalised "-ing" word after it is the headline's verb: "... University
        // Being Established".
        if (/ing$/.test(token.text) && INSTITUTION_HEADS[HEAD_ORDER(taken.at(-1)!.text)] !== undefined) break;
        taken.push(token);
        possessive = isPossessive(token.text);
        j++;
        continue;
      }
      const lower = token.text.toLowerCase();
      if ((lower === 'and' || lower === '&') && closed) break;
      if (CONNECTORS.has(lower)) {
        // A connector joins only when a name word follows (possibly after "the").
        let k = j + 1;
        while (k < tokens.length && CONNECTORS.has(tokens[k]!.text.toLowerCase()) && k - j < 2) k++;
        if (
          k < tokens.length &&
          isNameWord(tokens[k]!) &&
          !MONTH.test(tokens[k]!.text) &&
          !blocked(tokens[k]!) &&
          !(lower === 'and' && tokens[k]!.text === 'Other')
        ) {
          for (let m = j; m <= k; m++) taken.push(tokens[m]!);
          possessive = isPossessive(tokens[k]!.text);
          j = k + 1;
          continue;
        }
        break;
      }
      if (
        lower === 'in' &&
        j + 1 < tokens.length &&
        chinesePlace(tokens[j + 1]!.text) &&
        /\b(cent(er|re)|base|office|campus)$/i.test(taken.at(-1)!.text)
      ) {
        taken.push(token, tokens[j + 1]!);
        j += 2;
        continue;
      }
      if (token.text === '(') {
        const close = tokens.findIndex((t, index) => index > j && t.text === ')');
        const inside = close > 0 ? tokens.slice(j + 1, close) : [];
        const fits =
          close > 0 &&
          close - j <= 9 &&
          inside.length > 0 &&
          inside.every((t) => isNameWord(t) || CONNECTORS.has(t.text.toLowerCase()) || t.text === '-');
        if (fits) {
          for (let m = j; m <= close; m++) taken.push(tokens[m]!);
          j = close + 1;
          closed = true;
          continue;
        }
      }
      break;
    }
    out.push({ start: taken[0]!.start, end: taken.at(-1)!.end, tokens: taken, possessive });
    i = j;
  }
  return out;
}

const COUNT_BEFORE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|many|numerous|various)\s+$/i;

/**
 * "eight Confucius Institutes", "five cooperation agreements on ...": a counted plural is a number of agreements
 * (a quantity of the text), not one agreement to propose.
 */
function countedPlural(text: string, start: number, head: string): boolean {
  const plural = /(?:s|ies)$/.test(head) && !/(?:ss|us)$/.test(head);
  return plural && COUNT_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

const PLURAL_TITLE =
  /\s(?:Presidents|Vice-Presidents|Deans|Directors|Rectors|Chancellors|Secretaries|Leaders|Heads|Representatives|Delegates|Officials|Members|Professors|Scholars|Experts|Students|Teachers)$/;
const VENUE =
  /\b(?:Conference|Meeting|Reception|Seminar|Forum|Lecture|Exhibition)\s+(?:Room|Hall|Center|Centre|Building)s?\b/;

/** A plural event head with only generic modifiers names a kind of event, not one. */
const GENERIC_EVENTS =
  /^(?:(?:International|National|Academic|Annual|Regional|Global|Many|Several|Various)\s+)*(?:Conferences|Forums|Seminars|Meetings|Symposia|Symposiums|Summits|Congresses|Exhibitions|Visits)$/;

/** A plural agreement head with only generic words names a kind of agreement: "Sino foreign cooperative education projects". */
const GENERIC_AGREEMENTS =
  /^(?:(?:Sino[- ]foreign|Sino|foreign|international|overseas|cooperative|cooperation|joint|education|educational|exchange|training|research|scientific|student|and)\s+)+(?:projects|programs|programmes|agreements)$/i;

/** A plural institution head after a country's adjective or generic words names a kind: "Visit Russian Universities". */
const GENERIC_INSTITUTION_WORD =
  /^(?:Foreign|Overseas|International|Local|Partner|Top|Leading|Famous|Well-known|World-class|Other|Many|Several|Various|Some|Domestic)$/;
function genericInstitutions(written: string): boolean {
  const words = written.split(/\s+/);
  if (words.length < 2 || !/^(?:Universities|Colleges|Institutions|Institutes|Schools|Academies)$/.test(words.at(-1)!))
    return false;
  return words
    .slice(0, -1)
    .every((word) => GENERIC_INSTITUTION_WORD.test(word) || countryOf(word)?.form === 'adjective');
}

/** The mention of a name phrase [start, end) of the document, or null when it names nothing. */
function nameMention(ctx: MentionContext, sentence: Sentence, start: number, end: number): Mention | null {
  const text = ctx.text;
  let words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
  const joined = () => words.map((w) => w.word).join(' ');
  // Possessive and trailing title words belong to what follows: "UM’s", "UM Rector".
  const last = words.at(-1);
  if (last && isPossessive(last.word))
    words[words.length - 1] = { ...last, word: stripPossessive(last.word), end: last.end - 2 };
  for (let changed = true; changed && words.length > 0;) {
    changed = false;
    while (
      words.length > 0 &&
      (LEADING_STOP.has(words[0]!.word.toLowerCase()) || /^(mr|mrs|ms|dr|prof)\.?$/i.test(words[0]!.word))
    ) {
      words.shift();
      changed = true;
    }
    // A title opening the phrase: "Chairman of the International Association ...", "Director of the ...".
    const title = TITLE_PATTERN.exec(joined());
    if (title) {
      const count = title[0].split(/\s+/).length;
      const rest = words.slice(count);
      if (rest.length > 0 && /^(of|to|at)$/i.test(rest[0]!.word)) {
        words = rest.slice(1);
        changed = true;
      }
    }
    // "Party Committee of Tongji University": the party organ belongs to the title, not the name.
    const organ = /^(?:Party Committee|Party Leadership Group|Party Group|Standing Committee) of$/.exec(
      words
        .slice(0, 3)
        .map((w) => w.word)
        .join(' '),
    );
    if (organ && words.length > 3) {
      words = words.slice(3).filter((w, index) => !(index === 0 && w.word === 'the'));
      changed = true;
    }
    // "Presidium of the Belarusian National Academy of Sciences": the left part names nothing.
    const of = words.findIndex((w, index) => index > 0 && w.word === 'of');
    if (of > 0) {
      const left = words
        .slice(0, of)
        .map((w) => w.word)
        .join(' ');
      const right = words.slice(of + 1).filter((w, index) => !(index === 0 && w.word === 'the'));
      if (
        !classifyName(left) &&
        !isAllCaps(left) &&
        right.length > 0 &&
        classifyName(right.map((w) => w.word).join(' '))
      ) {
        words = right;
        changed = true;
      }
    }
  }
  // A trailing title, or the first word of the next name's title: "... Cooperation Department Associate (Professor)".
  while (
    words.length > 1 &&
    (TITLE_PATTERN.test(words.at(-1)!.word) || /^(?:Associate|Assistant|Vice|Deputy)$/.test(words.at(-1)!.word))
  )
    words.pop();
  // "Hexi University of the People’s Republic of China": the country is the institution's place, not its name.
  const prc = /\s+of\s+the\s+People[’']s\s+Republic\s+of\s+China$/.exec(words.map((w) => w.word).join(' '));
  if (
    prc &&
    words.length > 6 &&
    classifyName(
      words
        .slice(0, -6)
        .map((w) => w.word)
        .join(' '),
    )?.type === 'Institution'
  )
    words = words.slice(0, -6);
  while (words.length > 0 && CONNECTORS.has(words.at(-1)!.word.toLowerCase())) words.pop();
  if (words.length === 0) return null;
  start = words[0]!.start;
  end = words.at(-1)!.end;
  const written = text.slice(start, end);
  const classified = classifyName(written);
  const base = {
    start,
    end,
    text: written,
    name: written.replace(/\s+/g, ' '),
    sentence: sentence.index,
    source: 'pattern' as const,
  };
  // "Secretary of the Party Committee Wang Hongrui": a party organ named without its institution is a title's.
  if (/^(?:Party Committee|Party Leadership Group|Party Group|Standing Committee)$/.test(written)) return null;
  if (classified) {
    if (classified.type === 'Event' && GENERIC_EVENTS.test(written)) return null; // "International Conferences"
    // A room or hall named after what is held in it is a venue: "No.2015 Conference Room of the Administration".
    if (classified.type === 'Event' && VENUE.test(written)) return null;
    // A campus where something takes place is a site of its institution, not an overseas-campus agreement: "was
    // held at Laoshan Campus", "met on the North Campus".
    if (
      classified.kind === 'overseas-campus' &&
      /\b(?:at|in|on|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))
    )
      return null;
    if (classified.type === 'Institution' && genericInstitutions(written)) return null;
    // "The two University Presidents": people named by a plural title, not an institution.
    if (classified.type === 'Institution' && PLURAL_TITLE.test(written)) return null;
    if (classified.type === 'Agreement' && countedPlural(text, start, classified.head)) return null;
    if (classified.type === 'Agreement' && GENERIC_AGREEMENTS.test(written)) return null;
    const confidence = words.length >= 2 ? 0.85 : 0.5;
    if (words.length === 1 && classified.type === 'Institution' && !isAllCaps(written)) return null; // "University"
    return { ...base, type: classified.type, kind: classified.kind, confidence };
  }
  // A news item's dateline, "KARACHI - ...", "NANJING, May 31 (Xinhua) --": a place in capitals at the start of a
  // line before a dash, not an acronym.
  const lineStart = start === 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 4), start));
  if (lineStart && /^(?:,[^\n]{0,40}?)?\s+(?:-{1,2}|–|—)\s/.test(text.slice(end, end + 50))) return null;
  // No head noun: an acronym ("SNP", "SCAU") is taken as an institution, anything else is left alone.
  if (
    isAllCaps(written) &&
    written.length <= 7 &&
    !countryOf(written) &&
    !/^(CEO|DG|DDG|ADG|VP|GM|CFO|CTO|COO|PHD|MBA|MOU|II|III|IV|AI|IT|R&D|UNESCO|IELTS|TOEIC|TOEFL|GRE|GMAT|HSK|SAT|ACT|PTE|CET|ISO\d*)$/i.test(
      written,
    )
  ) {
    return { ...base, type: 'Institution', kind: 'other', confidence: 0.5 };
  }
  return null;
}

function countryMention(
  sentence: Sentence,
  start: number,
  end: number,
  code: string,
  text: string,
  confidence: number,
): Mention {
  const name = countryByCode(code)?.name ?? code;
  return { start, end, text, name, type: 'Country', code, sentence: sentence.index, source: 'gazetteer', confidence };
}

/* ---------------------------------------------------------------------------------------------------------------
 * People
 * ------------------------------------------------------------------------------------------------------------ */

const NAME_TOKEN =
  /^(?:[\p{Lu}][\p{Ll}'’-]*[\p{Ll}](?:-[\p{Lu}]?[\p{Ll}]+)?|[\p{Lu}]{2,}|[\p{Lu}][\p{Ll}]+-[\p{Lu}][\p{Ll}]+|[\p{Ll}]\p{Ll}+all)$/u;

function looksLikePersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!NAME_TOKEN.test(word)) return false;
  if (LEADING_STOP.has(lower) || INSTITUTION_HEADS[lower] || AGREEMENT_HEADS[lower] || EVENT_HEADS[lower]) return false;
  // A headline's verb ends the name: "President Zhou Yichun Heads Delegation".
  if (HEADLINE_VERBS.test(word)) return false;
  if (countryOf(word) || chinesePlace(word)) return false;
  if (
    /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|belt|road|sciences?|technology|science|engineering|international|national|provincial|state|party|people|government|higher|education|research|studies|affairs|management|development|economics|culture|medicine|health|energy|agriculture|business|history|policy|global|operations|relations|cooperation|exchange|communications|planning|administration|division)$/i.test(
      word,
    )
  )
    return false;
  if (TITLE_PATTERN.test(word) && !CHINESE_SURNAMES.has(lower)) return false;
  return true;
}

/** The longest run of name words at `at` (1 to 4 words), as [start, end) in the text. */
function personNameAt(text: string, at: number, max = 4): [number, number] | null {
  const rest = text.slice(at);
  // A middle initial ("Valeriy M. Matsel") is a word of the name when a name word follows it.
  const words =
    rest.match(/^[^\s,;:.()"“”]+(?:[ \t]+(?:\p{Lu}\.(?=[ \t]+\p{Lu})|[^\s,;:.()"“”]+)){0,5}/u)?.[0].split(/[ \t]+/) ??
    [];
  let count = 0;
  for (const [i, word] of words.slice(0, max).entries()) {
    const initial = /^\p{Lu}\.$/u.test(word) && i > 0 && i + 1 < words.length && looksLikePersonWord(words[i + 1]!);
    if (!initial && !looksLikePersonWord(word)) break;
    count++;
  }
  if (count === 0) return null;
  const span = words.slice(0, count).join(' ');
  const end = at + rest.indexOf(span) + span.length;
  return [at + rest.indexOf(span), end];
}

const isChineseName = (words: string[]) =>
  words.length === 2 &&
  ((CHINESE_SURNAMES.has(words[0]!.toLowerCase()) && PINYIN_GIVEN.test(words[1]!) && words[1]!.length >= 2) ||
    (CHINESE_SURNAMES.has(words[1]!.toLowerCase()) && isAllCaps(words[1]!) && PINYIN_GIVEN.test(words[0]!)) ||
    (isAllCaps(words[0]!) && CHINESE_SURNAMES.has(words[0]!.toLowerCase()) && /^[A-Z][a-z]+$/.test(words[1]!)));

interface PersonFind {
  mention: Mention;
  /** The text after "Name, " that holds the title and the institutions (pattern B and C). */
  segment?: [number, number];
  titleBefore?: { title: string; start: number };
}

/** The ", title of institution" after a name ending at `nameEnd` of sentence text `s`, as [start, end) of `s`. */
function titleSegment(s: string, nameEnd: number): [number, number] | null {
  const after = s.slice(nameEnd);
  const comma = /^,\s*/.exec(after);
  if (!comma) return null;
  const rest = after.slice(comma[0].length);
  const possessiveTitle = /^[\p{L}.&-]+[’']s\s+/u.exec(rest);
  if (!TITLE_PATTERN.test(rest) && !(possessiveTitle && TITLE_PATTERN.test(rest.slice(possessiveTitle[0].length))))
    return null;
  const start = nameEnd + comma[0].length;
  // "Xiaomei Wang, head of the delegation, said that ...": the title ends at the verb of speech.
  const speech =
    /,?\s+(?:said|says|stated|noted|added|expressed|introduced|pointed out|hoped|believed|mentioned)\b/.exec(
      s.slice(start),
    );
  const limit = speech ? start + speech.index : s.length;
  // The segment ends where the next "Name, title" begins; a capitalised run with a head noun is an institution.
  const stop = /;|\.\s|,\s*(?:and\s+)?(?=([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}-]+){0,3}),\s*(?:the\s+)?[\p{L}]+)/gu;
  stop.lastIndex = start;
  for (let next = stop.exec(s); next; next = stop.exec(s)) {
    const run = next[1]?.split(/\s+/) ?? [];
    if (next.index >= limit) break;
    if (!run.some((word) => INSTITUTION_HEADS[word.toLowerCase()])) return [start, next.index];
  }
  return [start, limit];
}

function people(ctx: MentionContext, sentence: Sentence): PersonFind[] {
  const found: PersonFind[] = [];
  const s = sentence.text;
  const at = sentence.start;
  const seen = new Set<number>();
  const add = (span: [number, number], confidence: number, extra: Partial<PersonFind> = {}) => {
    const [a, b] = span;
    const same = found.find((f) => f.mention.start === a && f.mention.end === b);
    if (same && extra.segment && !same.segment) same.segment = extra.segment;
    if ([...seen].some((start) => start === a) || found.some((f) => a < f.mention.end && b > f.mention.start)) return;
    const joinedName = ctx.text.slice(a, b);
    if (countryOf(joinedName) || chinesePlace(joinedName)) return;
    const text = ctx.text.slice(a, b);
    if (ctx.known.find(text).some((m) => m.entity.type !== 'Person' && m.end - m.start === text.length)) return;
    seen.add(a);
    found.push({
      mention: {
        start: a,
        end: b,
        text,
        name: text,
        type: 'Person',
        sentence: sentence.index,
        source: 'pattern',
        confidence,
      },
      ...extra,
    });
  };
  // A: a title before the name: "President Zhou Yichun", "UM Rector Yonghua Song", "Prof. Dr. Ralph Stengler".
  for (const match of s.matchAll(TITLE_BEFORE_NAME)) {
    let from = match.index + match[0].length;
    // Stacked titles: "Prof. Dr. Ralph", "Vice-Rector Professor Gao Rong".
    const again = /^((?:Associate |Assistant )?Professor|Dr\.?|Prof\.?|Mr\.?|Ms\.?)\s+/.exec(s.slice(from));
    if (again) from += again[0].length;
    const span = personNameAt(s, from, 4);
    if (!span) continue;
    const words = s.slice(span[0], span[1]).split(' ');
    if (words.length === 1 && !/^(Mr|Ms|Mrs|Dr|Prof)/.test(match[1]!)) continue;
    // "Professor Amiya Bhaumik, President of ...": the title after the name says where they are from.
    const segment = titleSegment(s, span[1]);
    add([at + span[0], at + span[1]], 0.85, {
      titleBefore: { title: match[1]!.trim(), start: at + match.index },
      ...(segment ? { segment: [at + segment[0], at + segment[1]] as [number, number] } : {}),
    });
  }
  // B: "Name, the Chairman of ...", "Name, Deputy Governor", "Name, SDU's president".
  for (const match of s.matchAll(
    /(?:^|[,;:]\s*|\b(?:by|and|with|include|includes|including|comprising|comprised|of|said|to)\s+)(?=[\p{Lu}])/gu,
  )) {
    const from = match.index + match[0].length;
    const span = personNameAt(s, from, 4);
    if (!span) continue;
    const segment = titleSegment(s, span[1]);
    if (!segment) continue;
    const words = s.slice(span[0], span[1]).split(' ');
    if (words.some((word) => INSTITUTION_HEADS[word.toLowerCase()])) continue;
    add([at + span[0], at + span[1]], words.length >= 2 ? 0.85 : 0.75, {
      segment: [at + segment[0], at + segment[1]],
    });
  }
  // C: "The vice-president of CAS, Jiayang Li", "the deputy-director of the Beijing Institutes ..., CAS, Fu Gao".
  // Tried at every start (the sentence's, and after each comma or "and"), so that "On the afternoon of 8 March,"
  // does not hide the title phrase after it.
  const titlePhrase =
    /((?!and\s)(?:the\s+)?[\p{L}-]+(?:\s[\p{L}-]+){0,2}\s+of\s+[^,;]+(?:,\s*[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*)*)?)(?=,\s*[\p{Lu}])/iuy;
  const phraseStarts = [0, ...[...s.matchAll(/[,;]\s*|\band\s+/g)].map((m) => m.index + m[0].length)];
  for (const startAt of phraseStarts) {
    titlePhrase.lastIndex = startAt;
    const match = titlePhrase.exec(s);
    if (!match) continue;
    // The comma after the title is left to the next start ("the new President of X, Professor Y").
    const whole = match[1]!;
    if (!TITLE_PATTERN.test(whole)) continue;
    const titleStart = match.index + match[0].indexOf(whole);
    const comma = /^,\s*/.exec(s.slice(titleStart + whole.length))![0].length;
    // The title may have run over the name ("The vice-president of CAS, Jiayang Li, attended"): try each comma.
    const cuts = [...whole.matchAll(/,\s*/g)].map((c) => [c.index, c.index + c[0].length] as const).reverse();
    for (const [titleEnd, from] of [[whole.length, whole.length + comma] as const, ...cuts]) {
      // "The Vice President of Tongji University, Dr. Peng Zhenwei": the honorific is no part of the name.
      const honorific = /^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)+/.exec(s.slice(titleStart + from))?.[0].length ?? 0;
      const span = personNameAt(s, titleStart + from + honorific, 3);
      if (!span) continue;
      const words = s.slice(span[0], span[1]).split(' ');
      if (words.length < 2 || !/^[,.;]|^\s+(?:and|attended|said|was|is|who|\p{Ll}+ed)\b|^$/u.test(s.slice(span[1])))
        continue;
      // Cut at a comma, the name must end the phrase: "..., Jiayang Li, and the ...", not "Book Publishing, and Library".
      if (
        titleEnd < whole.length &&
        !/^,\s*and\s+(?:the\s+)?\p{Ll}|^,\s*(?!and\b)\p{Ll}|^\s+\p{Ll}/u.test(s.slice(span[1]))
      )
        continue;
      add([at + span[0], at + span[1]], 0.8, { segment: [at + titleStart, at + titleStart + titleEnd] });
      break;
    }
  }
  // D: a bare surname with a verb of speech: "Chavez said", "In his speech, Gushakov expressed", "said Zhang".
  for (const match of s.matchAll(
    /(?:^|[,;]\s+|\bsaid\s+)([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?)(?=\s+(\p{Ll}+)|[.,])/gu,
  )) {
    const name = match[1]!;
    const verb = s.slice(match.index + match[0].length).trimStart();
    const saidBefore = /\bsaid\s+$/.test(s.slice(0, match.index + match[0].length - name.length));
    if (!SPEECH_VERBS.test(verb) && !saidBefore) continue;
    if (!name.split(' ').every(looksLikePersonWord) || /^(He|She|They|It|We)$/.test(name)) continue;
    const start = match.index + match[0].length - name.length;
    add([at + start, at + start + name.length], 0.6);
  }
  // D2: a bare surname opening a sentence before an action: "Gusakov and Sun Haisheng pressed the start button".
  const opening =
    /^([\p{Lu}][\p{Ll}]+)(?=\s+(?:and\s+[\p{Lu}][^,.;]{0,40}?\s+)?(?:pressed|met|signed|attended|presided|chaired|led|received|visited|gave|launched|unveiled)\b)/u.exec(
      s,
    );
  if (
    opening &&
    looksLikePersonWord(opening[1]!) &&
    !CHINESE_SURNAMES.has(opening[1]!.toLowerCase()) &&
    !/^(The|This|These|They|He|She|It|We)$/.test(opening[1]!)
  ) {
    add([at, at + opening[1]!.length], 0.55);
  }
  // E: Chinese names without a title: "Wang Guiying, Sun Haisheng and other leaders", "Zhu Yuyan Li Xiaobai".
  const tokens = tokenize(s, at).filter((token) => /\p{L}/u.test(token.text));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = [tokens[i]!.text, tokens[i + 1]!.text];
    if (!isChineseName(pair) || ctx.text.slice(tokens[i]!.end, tokens[i + 1]!.start) !== ' ') continue;
    if (!pair.every(looksLikePersonWord) && !isAllCaps(pair[0]!) && !isAllCaps(pair[1]!)) continue;
    const next = tokens[i + 2]?.text.toLowerCase() ?? '';
    if (INSTITUTION_HEADS[next] || AGREEMENT_HEADS[next] || EVENT_HEADS[next]) continue;
    add([tokens[i]!.start, tokens[i + 1]!.end], 0.7);
    i++;
  }
  return found;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Agreements and events written in lower case
 * ------------------------------------------------------------------------------------------------------------ */

const LOWER_AGREEMENTS: Array<[RegExp, string]> = [
  [
    /\b(?:memorand(?:um|a)|Memorand(?:um|a) of Understanding(?=\s+on\s+\p{Ll})|MOUs?|MoUs?|letters? of intent|agreements?(?=\s(?:for|on)\s(?:student|students|faculty|staff|teacher|teachers|academic|scientific|research|educational|cultural|joint)\b)|agreements?(?=\sof\s(?:comprehensive\s|strategic\s)?(?:collaboration|cooperation|partnership|friendship)\b)|(?:inter-school |strategic |comprehensive |framework )?(?:cooperation|cooperative|exchange|partnership|framework|frame-work|framed) agreements?)\b(?:\s*\((?:MOU|MoU)\))?(?:\s+(?:of|on|for)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+(?:and\s+)?(?!(?:between|with|by|was|were|is|are|signed|an?)\s)[\p{L}’'-]+){0,8})?/gu,
    'mou',
  ],
  [
    /\b(?:joint|cooperative|double[- ]degree|dual[- ]degree|exchange)\s+(?:training|education|degree|student|undergraduate|graduate|master'?s?|doctoral)?\s*(?:programs?|programmes?|projects?)\s+with\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+(?:of|de|the|and)?\s*[\p{Lu}][\p{L}-]*){0,6}/gu,
    'education-program',
  ],
  [/\b(?:joint\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:joint\s+)?laborator(?:y|ies)\s+between\b/gu, 'joint-lab'],
  // "a joint lab for study of renewable energy": named by what it is for.
  [
    /\b(?<=\b(?:a|an|the)\s)joint\s+(?:laboratory|lab|research cent(?:er|re))\s+(?:for|on)\s+(?:the\s+)?(?:study of\s+|research on\s+)?[\p{Ll}-]+(?:\s+(?!in\b|at\b|with\b|between\b|by\b)[\p{Ll}-]+){0,4}/gu,
    'joint-lab',
  ],
  // "An institute developed jointly by the university and X", "a reproductive medicine lab at X": unnamed, but
  // a joint body by what the clause says of it.
  [
    /\b[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,3}(?:institute|cent(?:er|re))(?=\s+(?:(?:was|is|has been)\s+)?(?:jointly\s+)?(?:developed|built|established|set up|founded|co-founded)\s+(?:jointly\s+)?by\b)/gu,
    'research-centre',
  ],
  [
    /\b[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,3}(?:laborator(?:y|ies)|lab)(?=\s+(?:at\s+(?:the\s+)?[\p{Lu}]|(?:(?:was|is|has been)\s+)?(?:jointly\s+)?(?:developed|built|established|set up|founded|co-founded)\s+(?:jointly\s+)?by\b))/gu,
    'joint-lab',
  ],
];

const STOP_AFTER =
  /\s+(?:was|were|is|are|has|have|had|signed|between|with|by|at|to|in|which|that|who|under|during|after|before|on behalf|thereafter|afterwards|then|later|again|successfully|officially|formally)\b.*$/u;

/** "the laboratory", "the agreement": a reference back to the agreement of that kind named before (coref.ts). */
function agreementReferences(sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const match of sentence.text.matchAll(
    /\b[Tt]he\s+(?:joint\s+)?(laborator(?:y|ies)|lab|agreement)\b(?!\s+(?:of|on|for|between|with)\b)/g,
  )) {
    const start = sentence.start + match.index;
    out.push({
      start,
      end: start + match[0].length,
      text: match[0],
      name: match[0],
      type: 'Agreement',
      kind: /^lab/i.test(match[1]!) ? 'joint-lab' : 'mou',
      sentence: sentence.index,
      source: 'reference',
      confidence: 0.6,
      properties: { refersBack: true },
    });
  }
  return out;
}

/** A time phrase after an agreement is not part of its name: "an agreement on the morning of December 2". */
const TIME_AFTER =
  /\s+(?:on|in)\s+(?:the\s+)?(?:\d|morning|afternoon|evening|day|night|occasion|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b).*$/iu;

function lowerCaseAgreements(sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const [pattern, kind] of LOWER_AGREEMENTS) {
    for (const match of sentence.text.matchAll(pattern)) {
      let phrase = match[0];
      if (kind === 'mou') phrase = phrase.replace(STOP_AFTER, '').replace(TIME_AFTER, '');
      if (kind === 'joint-lab') phrase = phrase.replace(/\s+between$/, '');
      phrase = phrase.replace(/^(?:a|an|the|two|three|several)\s+/i, '').trim();
      if (
        kind === 'mou' &&
        /^(cooperation|cooperative|exchange|partnership) agreements?$/i.test(phrase) &&
        /agreements/.test(phrase)
      )
        continue;
      const start = sentence.start + match.index + match[0].indexOf(phrase);
      const head = /\b(agreements|memoranda|MOUs|MoUs|programs|programmes|projects|laboratories)\b/.exec(phrase)?.[1];
      if (head && countedPlural(sentence.text, start - sentence.start, head.toLowerCase())) continue;
      // "Memorandum of Understanding (MoU)": the acronym of the kind is no part of the name.
      const name = titleCase(phrase.replace(/\s+/g, ' ').replace(/\s*\((?:MOU|MoU)\)$/, ''));
      // "joint training programs with X": the name keeps the partner, the span stops before it, so the
      // partners that follow are read as parties.
      const withAt = kind === 'education-program' ? phrase.search(/\s+with\s/) : -1;
      const spanText = withAt > 0 ? phrase.slice(0, withAt) : phrase;
      // "a cooperation agreement between A and B": an agreement with parties of its own (coref.ts).
      const ownParties = /^\s+between\s/.test(sentence.text.slice(start - sentence.start + spanText.length));
      out.push({
        start,
        end: start + spanText.length,
        text: spanText,
        name,
        type: 'Agreement',
        kind,
        sentence: sentence.index,
        source: 'pattern',
        confidence: kind === 'mou' ? 0.75 : 0.7,
        ...(ownParties ? { properties: { ownParties: true } } : {}),
      });
    }
  }
  return out;
}

// An event's modifiers hold no article or preposition of time: "the agreement of collaboration during the ceremony"
// and "the monitor of the ceremony" name no event but "the ceremony".
const EVENT_PHRASE =
  /\b(?:the|a|an)\s+((?:(?!(?:the|a|an|during|after|before|at|in|with|by)\s)[\p{L}-]+\s+){0,8}?(?:conference|forum|symposium|seminar|summit|congress|meeting|signing ceremony|opening ceremony|launch ceremony|ceremony|talks?|visit|exhibition|expo))\b(?:\s+(?:of|on)\s+(?:[\p{L}-]+\s+){0,6}?[\p{L}-]+(?=\s+(?:was|were|is|held|took|has|in|at)\b))?/giu;
const GENERIC_EVENT =
  /^(?:the\s+)?(?:(?:three-day|two-day|one-day|first|second|this|that|same)\s+)?(?:conference|forum|meeting|ceremony|talks?|visit|event|symposium|seminar)$/i;

const HELD_AFTER = /^\s+(?:was|were)\s+(?:also\s+)?held\b(?:\s+to\s+([\p{L}’' -]{3,60}))?/u;

function heldEvent(sentence: Sentence, at: number, written: string, purpose: string | undefined): Mention {
  const head = written.replace(/^an?\s+/i, '').toLowerCase();
  const start = sentence.start + at;
  return {
    start,
    end: start + written.length,
    text: written,
    name: titleCase(purpose ? `${head} to ${purpose.trim()}` : head).replace(/^./, (c) => c.toUpperCase()),
    type: 'Event',
    kind: EVENT_HEADS[head.replace(/s$/, '')] ?? 'other',
    sentence: sentence.index,
    source: 'pattern',
    confidence: 0.55,
  };
}

function lowerCaseEvents(sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const match of sentence.text.matchAll(EVENT_PHRASE)) {
    // "a ceremony was held to release ...": an indefinite event that is held is a new one, named by its purpose.
    const held = /^an?\s/i.test(match[0]) && HELD_AFTER.exec(sentence.text.slice(match.index + match[0].length));
    if (held && GENERIC_EVENT.test(match[0].replace(/^an?\s+/i, ''))) {
      out.push(heldEvent(sentence, match.index, match[0], held[1]));
      continue;
    }
    const phrase = match[0].replace(/^(?:the|a|an)\s+/i, '');
    // "jointly signed the MOU in Teheran at a ceremony attended by ...": an indefinite ceremony that a signing of the
    // sentence takes place at is a new event, the signing ceremony.
    if (
      /^an?\s/i.test(match[0]) &&
      /^ceremony$/i.test(phrase) &&
      /\bsign(?:ed|s)?\b[^.;]*\bat\s+$/i.test(sentence.text.slice(0, match.index))
    ) {
      const start = sentence.start + match.index;
      out.push({ ...heldEvent(sentence, match.index, match[0], undefined), name: 'Signing ceremony', start });
      continue;
    }
    if (
      GENERIC_EVENT.test(phrase) ||
      (/[\p{Lu}]/u.test(phrase.split(' ')[0]!.charAt(0)) && /^[\p{Lu}]/u.test(phrase) && false)
    )
      continue;
    if (/\b(this|that|whose|which|its|their|his|her)\b/i.test(phrase)) continue;
    // "the aim of the visit", "the success of the conference": a word about the event, not one; "a delegation of
    // the university to visit X" is the visit to X (visits below).
    if (/^(?:aim|purpose|goal|success|occasion|end|course|theme|results?|outcomes?|opening|close) of\b/i.test(phrase))
      continue;
    if (/\bto visit$/i.test(phrase)) continue;
    // "the delegation held talks": a clause, not an event's name.
    if (/\b(?:held|signed|visited|attended|had|has|have|was|were|is|are|made|gave|paid)\b/i.test(phrase)) continue;
    if (
      /\b(by|for|to|with|from|at|in|on|of|and)\s/i.test(phrase.replace(/\s+(?:of|on)\s+.*$/, '').replace(/^[^ ]+ /, ''))
    )
      continue;
    const head = /(conference|forum|symposium|seminar|summit|congress|meeting|ceremony|talks?|visit|exhibition|expo)/i
      .exec(phrase)![1]!
      .toLowerCase();
    const start = sentence.start + match.index + match[0].indexOf(phrase);
    const kind = EVENT_HEADS[head.replace(/s$/, '')] ?? (head.startsWith('talk') ? 'visit' : 'other');
    out.push({
      start,
      end: start + phrase.length,
      text: phrase,
      name: titleCase(phrase.charAt(0).toUpperCase() + phrase.slice(1)).replace(/^./, (c) => c.toUpperCase()),
      type: 'Event',
      kind,
      sentence: sentence.index,
      source: 'pattern',
      confidence: 0.6,
    });
  }
  return out;
}

/** Delegation visits: "visited SCAU", "paid a visit to the Moscow State University", "came to visit". */
const VISIT =
  /\b(?:visited|paid (?:a )?visits? to|(?:came|come|coming) to visit|to visit|visit to|visiting|called on)\s+(?:the\s+|our\s+)?([\p{Lu}][\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|the\s+)?[\p{Lu}][\p{L}’'-]*){0,7}|university|college|school|institute|academy)/gu;

// "held a friendly talk with the visiting guests from X": guests said to be visiting are a delegation too.
const RECEIVED =
  /\b(?:received|met with|(?:had|held) (?:an interview|talks|(?:a |an )?(?:[\p{Ll}-]+ )?(?:talk|meeting)) with|welcomed)\s+(?:(?:the|a)\s+(?:[\w-]+\s+){0,3}|(?:[\p{Lu}][\p{L}’'-]+\s+){1,3}and\s+(?:his|her|their)\s+)(?:delegation\b|(?<=visiting\s)(?:guests|visitors|delegates)\b)/giu;

/** "a group of educational visitors ... was warmly received by SICAU’s Party Secretary": a visit received. */
const RECEIVED_BY =
  /\b(?:delegation|visitors|guests|delegates)\b[^.;]{0,40}?\b(?:was|were)\s+(?:warmly\s+|cordially\s+|kindly\s+)?received\s+by\b/giu;

/** "a visit of delegation from Tongji University, China to our university": the span is the part naming the host. */
const VISIT_OF =
  /\bvisits? of (?:the |a )?(?:[\w-]+\s+)?delegations?\s+(?:from|of)\s+[^.;]{2,80}?\s(to\s+(?:the\s+|our\s+)?([\p{Lu}][\p{L}’'-]*(?:\s+(?:of\s+|and\s+|the\s+)?[\p{Lu}][\p{L}’'-]*){0,7}|university|college|school|institute|academy))/gu;

const DURING_EVENT = /\b(?:during|after) the (?:conference|forum|meeting|symposium|event|congress|summit)\b/i;

function visits(sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const match of sentence.text.matchAll(RECEIVED)) {
    const start = sentence.start + match.index;
    out.push({
      start,
      end: start + match[0].length,
      text: match[0],
      name: 'Delegation visit',
      type: 'Event',
      kind: 'visit',
      sentence: sentence.index,
      source: 'pattern',
      confidence: 0.55,
      properties: { visit: true, received: true },
    });
  }
  for (const match of sentence.text.matchAll(RECEIVED_BY)) {
    const start = sentence.start + match.index;
    out.push({
      start,
      end: start + match[0].length,
      text: match[0],
      name: 'Delegation visit',
      type: 'Event',
      kind: 'visit',
      sentence: sentence.index,
      source: 'pattern',
      confidence: 0.55,
      properties: { visit: true, received: true },
    });
  }
  for (const match of sentence.text.matchAll(VISIT_OF)) {
    const start = sentence.start + match.index + match[0].length - match[1]!.length;
    const ours = /^[a-z]/.test(match[2]!);
    out.push({
      start,
      end: start + match[1]!.length,
      text: match[1]!,
      name: `Visit to ${ours ? `the ${match[2]}` : match[2]}`,
      type: 'Event',
      kind: 'visit',
      sentence: sentence.index,
      source: 'pattern',
      confidence: 0.6,
      properties: { visit: true, ...(ours ? { received: true } : {}) },
    });
  }
  for (const match of sentence.text.matchAll(VISIT)) {
    const start = sentence.start + match.index;
    // "invited President Zhong to visit Yekaterinburg", "will visit", "hopes to visit": a visit not (yet) made.
    if (
      /^(?:to visit|visit to)/.test(match[0]) &&
      /\b(?:invit(?:e|es|ed|ing|ation)|will|would|plans?|planned|hopes?|hoped|wish(?:es|ed)?|looks? forward|expects?|welcomes?)\b[^.;]{0,80}$/i.test(
        sentence.text.slice(0, match.index),
      )
    )
      continue;
    // "called on Punjab University Vice Chancellor Prof Dr ...": the host stops at a title.
    const titled =
      /\s+(?:Vice|Deputy|Executive|Chancellor|President|Rector|Dean|Prof|Dr|Professor|Director|Chairman|Secretary|Party)\b/.exec(
        match[1]!,
      );
    const written = titled ? match[0].slice(0, match[0].length - match[1]!.length + titled.index) : match[0];
    const host = (titled ? match[1]!.slice(0, titled.index) : match[1]!).replace(/[’']s$/, '');
    out.push({
      start,
      end: start + written.length,
      text: written,
      name: `Visit to ${/^[a-z]/.test(host) ? `the ${host}` : host}`,
      type: 'Event',
      kind: 'visit',
      sentence: sentence.index,
      source: 'pattern',
      confidence: 0.6,
      properties: { visit: true, ...(DURING_EVENT.test(sentence.text) ? { during: true } : {}) },
    });
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------------------------
 * References to the page owner
 * ------------------------------------------------------------------------------------------------------------ */

const OWNER_REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:we|our (?:${OWNER_NOUNS})|the (?:${OWNER_NOUNS})(?!\\s+of)(?:\\s*\\([a-z]+\\))?|it(?= (?:has|is|was|now|also|actively|currently|will)\\b)|the school \\(academy\\)|schools \\(institutions\\))(?![\\p{L}])`,
  'giu',
);

function ownerReferences(ctx: MentionContext, sentence: Sentence): Mention[] {
  if (!ctx.owner) return [];
  const out: Mention[] = [];
  for (const match of sentence.text.matchAll(OWNER_REFERENCE)) {
    const word = match[0];
    // "It" only opens a sentence about the owner; lower-case "it" mid-sentence is too often something else.
    if (/^it$/i.test(word) && match.index !== 0 && !/^it$/.test(word)) continue;
    if (/^it$/.test(word) && match.index > 0 && !/[,;]\s*$/.test(sentence.text.slice(0, match.index))) continue;
    const start = sentence.start + match.index;
    out.push({
      start,
      end: start + word.length,
      text: word,
      name: ctx.owner,
      type: 'Institution',
      sentence: sentence.index,
      source: 'reference',
      owner: true,
      confidence: /^(we|our)/i.test(word) ? 0.85 : 0.7,
    });
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Fields
 * ------------------------------------------------------------------------------------------------------------ */

const FIELD_LIST =
  /\b(?:in the fields? of|in (?:key )?(?:areas|fields|sectors) such as|(?:areas|fields|topics|disciplines) such as|in the (?:field|area)s? of|focusing on (?:key areas such as )?)\s+((?:[\p{L}-]+(?:,?\s+(?:and\s+)?)?){1,30}?)(?=[.;]|,\s*(?:etc|and so on|to|which|thereby|promoting|among)|\s+(?:etc|to|which|thereby|among|has|have|was|were|is|are)\b|$)/giu;
const FIELD_STOP = /^(the|a|an|etc|other|aspects?|various|such|as|and|key|areas?|fields?)$/i;

/** What a university does in every field, listed with fields but naming none: "scientific research", "discipline construction". */
const ACTIVITIES =
  /^(?:scientific research|research|discipline construction|international cooperation|international exchanges?|technolog(?:y|ical) transfer|(?:scientific and )?technological innovation|innovation|teaching|personnel exchanges?|cultural exchanges?|academic exchanges?|student exchanges?|platform construction|mutual interests?|common interests?)$/i;

function fields(sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const match of sentence.text.matchAll(FIELD_LIST)) {
    const list = match[1]!;
    const listStart = sentence.start + match.index + match[0].lastIndexOf(list);
    let cursor = 0;
    // "green and low-carbon technologies": an adjective alone before "and" shares the noun after it.
    for (const part of list.split(
      /,\s*(?:and\s+)?|(?<!(?:^|,\s*)(?:green|clean|new|smart|digital|[\p{L}-]+(?:ic|al|ive|ous|ary|ed)))\s+and\s+(?=[\p{L}-]+(?:\s[\p{L}-]+)?(?:,|$))/u,
    )) {
      const item = part
        .replace(/^(?:and|the)\s+/i, '')
        .replace(/\s+etc\.?$/, '')
        .trim();
      const offset = list.indexOf(item, cursor);
      cursor = offset + item.length;
      if (!item || item.split(' ').length > 6 || FIELD_STOP.test(item) || ACTIVITIES.test(item) || offset < 0) continue;
      out.push({
        start: listStart + offset,
        end: listStart + offset + item.length,
        text: item,
        name: item.charAt(0).toUpperCase() + item.slice(1),
        type: 'Field',
        sentence: sentence.index,
        source: 'pattern',
        confidence: 0.65,
      });
    }
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------------------------
 * One sentence
 * ------------------------------------------------------------------------------------------------------------ */

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.start && a.end <= b.end;

/** Is the name wholly inside the event phrase, after its head noun ("ceremony of ... SCO member states")? */
function afterHead(name: Mention, event: Mention): boolean {
  const head =
    /\b(?:conference|forum|symposium|seminar|summit|congress|meeting|ceremony|talks?|visit|exhibition|expo)\b/i.exec(
      event.text,
    );
  return head !== null && inside(name, event) && name.start >= event.start + head.index + head[0].length;
}

/** A page's credits ("Correspondent: Wang Jinyao Photography: Zhu Yuyan") name its staff, not the story's people. */
const CREDIT =
  /(?:correspondent|photograph(?:y|er|s)?|photo|editor(?:\s+in\s+charge)?|(?:supply\s+)?reviewer|reporter|author|writer|translator|proofreader|typesetting|contributor)\s*[:：]\s*(?:[\p{Lu}][\p{L}]*\s+){0,3}$/iu;

function inCreditLine(text: string, sentence: Sentence, person: Mention): boolean {
  return CREDIT.test(text.slice(Math.max(sentence.start, person.start - 60), person.start));
}

export function sentenceMentions(ctx: MentionContext, sentence: Sentence): SentenceMentions {
  const links: Link[] = [];
  const link = (
    type: RelationshipType,
    from: Mention,
    to: Mention,
    rule: string,
    confidence: number,
    properties = {},
  ) => links.push({ type, from, to, rule, confidence, properties, sentence });
  const text = ctx.text;

  // Names the graph already knows come first: they are the most certain.
  const known: Mention[] = ctx.known.find(sentence.text, sentence.start).map((match) => ({
    start: match.start,
    end: match.end,
    text: text.slice(match.start, match.end),
    name: match.entity.name,
    type: match.entity.type,
    kind: match.entity.kind,
    knownId: match.entity.id,
    sentence: sentence.index,
    source: 'known' as const,
    confidence: 0.95,
  }));

  const persons = people(ctx, sentence).filter(
    (p) => !known.some((k) => overlaps(k, p.mention)) && !inCreditLine(text, sentence, p.mention),
  );
  const reserved: Array<[number, number]> = [...known, ...persons.map((p) => p.mention)].map((m) => [m.start, m.end]);

  // Capitalised phrases: names with head nouns, nested names, dual names and acronyms.
  const named: Mention[] = [];
  const phrases = chunks(sentence, reserved);
  for (let c = 0; c < phrases.length; c++) {
    const chunk = phrases[c]!;
    let end = chunk.end;
    // "HP software laboratory", "the Accounting (Sino Australian Cooperative Education) project"
    const tail =
      /^\s+((?:[\p{Ll}-]+\s+){0,3}(?:laborator(?:y|ies)|lab|programs?|programmes?|projects?|platform|park|cent(?:er|re)))\b/u.exec(
        text.slice(end, sentence.end),
      );
    if (tail && !/\b(and|or|with|of|the|to|in|for|a|an)\s/.test(tail[0])) end += tail[0].length;
    const parts = splitCoordination(text, chunk.start, end);
    for (const [a, b] of parts) {
      const mention = nameAndParts(ctx, sentence, a, b, link);
      if (mention) named.push(...mention);
    }
    // Possessive: "Tongji University’s Guohao College", "Russia’s Ulyanovsk State University".
    const next = phrases[c + 1];
    if (chunk.possessive && next && /^\s*$/.test(text.slice(chunk.end, next.start))) {
      const owner = named.filter((m) => m.end <= chunk.end && m.start >= chunk.start).at(-1);
      const ownerCountry = findCountries(text.slice(chunk.start, chunk.end), chunk.start)[0];
      const nextMentions = splitCoordination(text, next.start, next.end)
        .map(([a, b]) => nameMention(ctx, sentence, a, b))
        .filter((m): m is Mention => m !== null);
      for (const part of nextMentions) {
        if (owner && part.type === 'Institution' && UNIT_HEADS.test(part.name))
          link('PART_OF', part, owner, 'possessive unit', 0.8);
        if (owner && part.type === 'Agreement')
          link('PARTY_TO', owner, part, 'possessive agreement', 0.75, { role: 'lead' });
        // "China's Yunnan Normal University and Lao Ministry of ...": a name with its own country keeps it.
        const ownCountry = findCountries(text.slice(part.start, part.end), part.start).some(
          (c) => c.code !== ownerCountry?.code,
        );
        if (!owner && ownerCountry && part.type === 'Institution' && !ownCountry) {
          const country = countryMention(
            sentence,
            ownerCountry.start,
            ownerCountry.end,
            ownerCountry.code,
            text.slice(ownerCountry.start, ownerCountry.end),
            0.9,
          );
          named.push(country);
          link('LOCATED_IN', part, country, "country's institution", 0.85);
        }
      }
    }
  }
  const namedFiltered = named.filter((m) => !known.some((k) => overlaps(k, m)));

  // Countries: whole mentions, or nested inside a name (kept for LOCATED_IN / WITH_COUNTRY, not as a mention).
  const countries: Mention[] = [];
  for (const match of findCountries(sentence.text, sentence.start)) {
    if (namedFiltered.some((m) => m.type === 'Country' && m.start === match.start)) continue;
    const written = text.slice(match.start, match.end);
    const host = [...namedFiltered, ...known].find((m) => m.type !== 'Country' && inside(match, m));
    if (persons.some((p) => overlaps(p.mention, match))) continue;
    const confidence = match.form === 'adjective' ? (match.compound ? 0.8 : 0.6) : 0.95;
    const mention = countryMention(sentence, match.start, match.end, match.code, written, confidence);
    if (host) mention.nested = true;
    if (match.form === 'adjective' && !match.compound && !host) mention.nested = true; // "Chinese enterprises": weak
    countries.push(mention);
    if (host && host.type === 'Institution' && match.code !== 'CN' && !/\b(sino|china|chinese)\b/i.test(host.name)) {
      link('LOCATED_IN', host, mention, 'country in name', match.form === 'adjective' ? 0.75 : 0.85);
    }
    // "Sino" in an agreement's name is the home side of a Chinese page, not a partner country ("China-Russia" is
    // kept: a country-level pair names both).
    if (host && host.type === 'Agreement' && !/^sino$/i.test(written))
      link('WITH_COUNTRY', host, mention, 'country in name', 0.8);
    if (
      host &&
      host.type === 'Institution' &&
      /\bsino\b|\bchina-/i.test(written + text.slice(match.start - 6, match.start)) &&
      match.code !== 'CN'
    ) {
      link('COOPERATES_WITH', host, mention, 'sino-x name', 0.7);
    }
  }
  // Chinese cities inside names give the institution's city. No LOCATED_IN China: a province in a name is world
  // knowledge, not a statement of the text (docs/data-model.md, "Inferred facts"), and the references leave it out.
  for (const place of findChinesePlaces(sentence.text, sentence.start)) {
    const host = [...namedFiltered, ...known].find((m) => m.type === 'Institution' && inside(place, m));
    if (host && place.level === 'city' && !host.city) host.city = place.name;
  }

  const lowerFound = lowerCaseAgreements(sentence);
  // "Memorandum of Understanding on students’ exchange and teachers’ training program": the name runs on in lower case.
  for (const named of namedFiltered) {
    const longer = lowerFound.find((m) => m.kind === 'mou' && m.start === named.start && m.end > named.end);
    if (named.type !== 'Agreement' || !longer || !/^\s+(?:on|of|for)\s+\p{Ll}/u.test(text.slice(named.end, longer.end)))
      continue;
    Object.assign(named, { end: longer.end, text: longer.text, name: longer.text.replace(/\s+/g, ' ') });
  }
  const lowerAgreements = [...lowerFound, ...agreementReferences(sentence)].filter(
    (m) => ![...known, ...namedFiltered].some((k) => overlaps(k, m) && k.type === 'Agreement'),
  );
  // A name after the event's head ("the launch ceremony of ... SCO member states") leaves the event standing.
  // "a cooperation agreement signing ceremony": the agreement is named inside the ceremony, and both stand.
  const signedInside = (k: Mention, m: Mention) =>
    k.type === 'Agreement' && k.start >= m.start && k.end < m.end && /\bceremony$/i.test(m.text);
  const events = lowerCaseEvents(sentence).filter(
    (m) =>
      ![...known, ...namedFiltered, ...lowerAgreements].some(
        (k) => overlaps(k, m) && !afterHead(k, m) && !signedInside(k, m),
      ),
  );
  for (const visit of visits(sentence)) {
    const talk = events.find((e) => overlaps(e, visit));
    if (!talk) events.push(visit);
    // "held a friendly talk with the visiting guests from X": the talk is the visit received.
    else if (visit.properties?.received && !talk.properties?.visit) {
      talk.kind = 'visit';
      talk.properties = { ...talk.properties, ...visit.properties };
    }
  }
  const owners = ownerReferences(ctx, sentence).filter(
    (m) => ![...known, ...namedFiltered].some((k) => overlaps(k, m)),
  );
  const fieldMentions = fields(sentence).filter(
    (m) => ![...known, ...namedFiltered, ...countries.filter((c) => !c.nested)].some((k) => overlaps(k, m)),
  );

  // "Vice-Rector Professor Gao Rong, Director of the X Department Associate Professor Li Hu, Dean of ...": a title
  // after a name that runs, with no comma, into the next titled name is that next person's title, written before.
  const ordered = [...persons].sort((x, y) => x.mention.start - y.mention.start);
  const preposed = new Map<PersonFind, [number, number]>();
  for (const [index, find] of ordered.entries()) {
    const next = ordered[index + 1];
    if (!find.segment || !next?.titleBefore) continue;
    const [a, b] = find.segment;
    const at = next.titleBefore.start;
    // "Chen Juexiang, President of Wanli University and the Vice President Ying Min": "and" coordinates two
    // people; the title before it is the first one's.
    const and = /\s+and\s+(?:the\s+)?$/.exec(text.slice(a, at));
    if (at > a && at <= b && and) {
      find.segment = [a, a + and.index];
      continue;
    }
    // Only a title and a name run together: no verb ("secretary of X, visited Y and was received by Rector Z").
    const words = text
      .slice(a, at)
      .split(/[\s,]+/)
      .filter(Boolean)
      .slice(1);
    const titleOnly = words.every((word) => /^(?:of|the|and|for|in|at|&)$/.test(word) || /^[\p{Lu}\d]/u.test(word));
    if (at > a && at <= b && titleOnly && !/[,;]\s*(?:and\s+)?$/.test(text.slice(a, at))) preposed.set(next, [a, at]);
  }
  for (const find of ordered) {
    const taken = [...preposed.values()].some(([a]) => find.segment?.[0] === a);
    if (taken) delete find.segment;
  }
  for (const [find, segment] of preposed) find.segment = segment;

  // People's titles and institutions.
  const extraOrgs: Mention[] = [];
  const institutions = [...known, ...namedFiltered, ...owners].filter((m) => m.type === 'Institution');
  for (const find of persons) {
    // "the visiting guests from the Delaware State University, President Dr. Williams": a titled name set after
    // the institution a delegation comes from is that institution's.
    if (find.titleBefore) {
      const from = institutions.find(
        (m) =>
          !m.nested &&
          /^\s*,\s*(?:[\p{L}.-]+\s+){0,3}$/u.test(text.slice(m.end, find.titleBefore!.start)) &&
          (/^\s*,\s*$/.test(text.slice(m.end, find.titleBefore!.start)) ||
            TITLE_PATTERN.test(text.slice(m.end, find.titleBefore!.start).replace(/^\s*,\s*/, ''))) &&
          /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start)),
      );
      if (from) {
        const stacked = text
          .slice(from.end, find.titleBefore.start)
          .replace(/^\s*,\s*/, '')
          .trim();
        link('AFFILIATED_WITH', find.mention, from, 'titled name after the institution', 0.6, {
          title: stacked || find.titleBefore.title,
        });
      }
    }
    if (find.segment) {
      const [a, b] = find.segment;
      const orgs = institutions
        .filter((m) => m.start >= a && m.end <= b && !m.nested)
        .sort((x, y) => x.start - y.start);
      let cursor = a;
      let previous: Mention | null = null;
      for (const [index, org] of orgs.entries()) {
        // "college master of UM’s Choi Kai Yau College": the title belongs to the unit after the possessive.
        const nextOrg = orgs[index + 1];
        if (nextOrg && /^[’']s\s*$/.test(text.slice(org.end, nextOrg.start))) {
          previous = null;
          continue;
        }
        const between = text.slice(cursor, org.start);
        const title = between
          .replace(/^[\s,]*(?:and\s+)?(?:the\s+)?/, '')
          .replace(/(?:[\s,]+(?:of|at|to|in|from|the))+[\s,]*$|[\s,]+$/, '')
          .trim();
        if (previous && !TITLE_PATTERN.test(title) && !/[’']s$/.test(text.slice(previous.end, previous.end + 2))) {
          // "Rector of Vietnam National University, Ho Chi Minh City University of ...": a university written after a
          // university is a member of it, and the title is the member's (a unit is written before its parent).
          const universities = [previous, org].every((m) => classifyName(m.name)?.kind === 'university');
          if (universities && /^[\s,]*$/.test(between) && /,/.test(between)) {
            link('PART_OF', org, previous, 'member university written after its system', 0.6);
            const titled = links.find(
              (l) => l.type === 'AFFILIATED_WITH' && l.from === find.mention && l.to === previous,
            );
            if (titled) titled.to = org;
          } else if (/^[\s,]*(?:at|of)?\s*(?:the\s+)?$/.test(between))
            link('PART_OF', previous, org, 'unit of institution in title', 0.7);
        } else if (TITLE_PATTERN.test(title) || title === '') {
          const possessiveTitle = /^[’']s\s+([^,;]+)/.exec(text.slice(org.end, b));
          const stated = title || possessiveTitle?.[1]?.trim() || '';
          if (stated) link('AFFILIATED_WITH', find.mention, org, 'title of institution', 0.85, { title: stated });
        }
        previous = org;
        cursor = org.end;
      }
      if (orgs.length === 0) {
        // "Vice-President of Whitireia and WelTec": a body named only by its title's "of".
        const named =
          /^(?:the\s+)?[^,;]*?\b(?:of|at)\s+(?:the\s+)?([\p{Lu}][\p{L}’'-]*(?:\s+(?:and|of|&|the|for)?\s*[\p{Lu}][\p{L}’'-]*){0,6})/u.exec(
            text.slice(a, b),
          );
        if (named && TITLE_PATTERN.test(text.slice(a, b)) && !countryOf(named[1]!)) {
          // "Dean of History and Culture of HCMUSSH": a body named by no head noun before its last "of" is part of
          // the title; the institution is what that "of" names.
          const parts = named[1]!.split(/\s+of\s+(?:the\s+)?/);
          const last = parts.at(-1)!;
          if (
            parts.length > 1 &&
            !parts.slice(0, -1).some((part) => classifyName(part)) &&
            (isAllCaps(last.replace(/-/g, '')) || classifyName(last)?.type === 'Institution')
          )
            named[1] = last;
          const at = a + named.index + named[0].length - named[1]!.length;
          const org: Mention = {
            start: at,
            end: at + named[1]!.length,
            text: named[1]!,
            name: named[1]!,
            type: 'Institution',
            kind: 'other',
            sentence: sentence.index,
            source: 'pattern',
            confidence: 0.6,
          };
          extraOrgs.push(org);
          const title = text
            .slice(a, at)
            .replace(/^(?:the\s+)?/, '')
            .replace(/\s+(?:of|at)\s+(?:the\s+)?$/, '')
            .trim();
          link('AFFILIATED_WITH', find.mention, org, 'title of a name', 0.7, { title });
        }
      }
      if (orgs.length === 0) {
        // "SDU's president": the institution written before the title, as a possessive acronym.
        const possessive = /^([\p{Lu}][\p{L}&-]*)[’']s\s+/u.exec(text.slice(a, b));
        if (possessive) {
          const org = institutions.find((m) => m.start === a);
          if (org)
            link('AFFILIATED_WITH', find.mention, org, 'possessive title', 0.8, {
              title: text.slice(a + possessive[0].length, b).trim(),
            });
        }
      }
      find.mention.properties = { title: text.slice(a, b).trim() };
    }
    if (find.titleBefore) {
      const title = find.titleBefore.title;
      if (/^(mr|ms|mrs|dr|prof)\.?$/i.test(title)) continue;
      const before = institutions
        .filter((m) => m.end <= find.titleBefore!.start && /^\s*$/.test(text.slice(m.end, find.titleBefore!.start)))
        .at(-1);
      if (before) link('AFFILIATED_WITH', find.mention, before, 'institution title name', 0.85, { title });
      else find.mention.properties = { ...(find.mention.properties ?? {}), titleBefore: title };
    }
  }

  // The field a lab or a Sino-foreign programme is named after: "Joint Business Intelligence Laboratory".
  const namedFields: Mention[] = [];
  for (const agreement of [...namedFiltered, ...lowerAgreements].filter((m) => m.type === 'Agreement' && !m.nested)) {
    const field = fieldOfName(agreement);
    if (!field || fieldMentions.some((f) => overlaps(f, field))) continue;
    namedFields.push(field);
    link('IN_FIELD', agreement, field, 'field in name', 0.6);
  }

  const mentions = [
    ...known,
    ...namedFields,
    ...persons.map((p) => p.mention),
    ...namedFiltered,
    ...extraOrgs,
    ...countries,
    ...lowerAgreements,
    ...events,
    ...owners,
    ...fieldMentions,
  ];
  const kept = dedupe(mentions);
  return {
    mentions: kept,
    links: links.map((l) => ({ ...l, from: sameSpan(kept, l.from), to: sameSpan(kept, l.to) })),
  };
}

/** The kept mention of a link's endpoint: a possessive's unit is read ahead, as a copy of the mention kept later. */
function sameSpan(kept: Mention[], m: Mention): Mention {
  if (kept.includes(m)) return m;
  return kept.find((k) => k.start === m.start && k.end === m.end && k.type === m.type) ?? m;
}

/** Words before a lab's head that name no field: who runs it and how. */
const LAB_MODIFIERS =
  /^(?:joint|international|key|national|provincial|sino-[\p{L}]+|china-[\p{L}]+|[\p{Lu}]{2,6}|open|research|cooperative)$/iu;

/**
 * The field an agreement's name gives: the words before "Laboratory" once the lead and "Joint" are dropped ("HP
 * Software Laboratory", "a reproductive medicine lab"), or the major before "(Sino-foreign Cooperation) program"
 * ("Accounting (Sino Australian Cooperative Education) project").
 */
function fieldOfName(agreement: Mention): Mention | null {
  const written = agreement.text;
  const programme =
    /^((?:[\p{Lu}][\p{L}]*)(?:\s+(?:and\s+)?[\p{Lu}][\p{L}]*){0,5})\s*\(?\s*Sino[- ][\p{L}]+\s+Cooperat/u.exec(written);
  let span: [number, number] | null = programme ? [0, programme[1]!.length] : null;
  if (!span) {
    const lab = /^(.*?)\s*\b(?:laborator(?:y|ies)|lab)\b/iu.exec(written);
    if (!lab || agreement.kind !== 'joint-lab') return null;
    const words = [...lab[1]!.matchAll(/\S+/g)];
    let first = 0;
    while (first < words.length && LAB_MODIFIERS.test(words[first]![0])) first++;
    const rest = words.slice(first);
    if (rest.length === 0 || rest.length > 4 || rest.some((w) => /^(?:of|and|the|for)$/i.test(w[0]))) return null;
    span = [rest[0]!.index, rest.at(-1)!.index + rest.at(-1)![0].length];
  }
  const text = written.slice(span[0], span[1]);
  return {
    start: agreement.start + span[0],
    end: agreement.start + span[1],
    text,
    name: text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(),
    type: 'Field',
    sentence: agreement.sentence,
    source: 'pattern',
    nested: true,
    confidence: 0.6,
  };
}

/** Splits "Xuchang University and Technische Hochschule ..." in two, but not "Ministry of Science and Technology". */
function splitCoordination(text: string, start: number, end: number): Array<[number, number]> {
  const phrase = text.slice(start, end);
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const match of phrase.matchAll(/\s+(?:and|&)\s+(?:the\s+)?/g)) {
    const left = phrase.slice(from, match.index);
    const right = phrase.slice(match.index + match[0].length);
    const leftHead = classifyName(left) !== null || (isAllCaps(left) && left.length <= 7);
    const rightFirst = right.split(/\s+/)[0] ?? '';
    const rightHead = classifyName(right) !== null || (isAllCaps(rightFirst) && right.split(/\s+/).length === 1);
    // "Ocean University and Hewlett-Packard": the left part ends in its head noun, the right is a name of its own.
    const leftLast = left.split(/\s+/).at(-1)!.toLowerCase();
    const endsInHead = INSTITUTION_HEADS[leftLast] !== undefined && leftLast !== 'technologies';
    if (
      endsInHead &&
      /^[\p{Lu}]/u.test(rightFirst) &&
      !/^(Technology|Engineering|Sciences?|Development|Research|Innovation)$/.test(rightFirst)
    ) {
      parts.push([start + from, start + match.index]);
      from = match.index + match[0].length;
      continue;
    }
    // "heads of School of Electrical Engineering, Raphael Pomares Tabares and School of Computer Science", "between
    // Chinese Academy of Sciences (CAS) and the Office of the Iranian Vice-President ...": a right part that opens
    // with its own head noun ("School of", "Office of") or with "the" is a second name; a name's modifiers never
    // open with its head, so the "and" coordinates two names.
    const rightWords = right.split(/\s+/);
    const rightOpensWithHead =
      INSTITUTION_HEADS[HEAD_ORDER(rightFirst)] !== undefined &&
      /^(?:of|for|on)$/i.test(rightWords[1] ?? '') &&
      /^[\p{Lu}]/u.test(rightFirst);
    const theRight = /\bthe\s+$/.test(match[0]) && /^[\p{Lu}]/u.test(rightFirst) && rightWords.length >= 2;
    if (left.trim().length > 0 && (rightOpensWithHead || theRight) && classifyName(right)?.type === 'Institution') {
      parts.push([start + from, start + match.index]);
      from = match.index + match[0].length;
      continue;
    }
    // "Science and Technology": the right part alone names nothing, so the "and" is inside one name.
    if (
      (leftHead && rightHead && !/\b(?:of|for|on)\s+[^()]*$/.test(left.replace(/\([^)]*\)/g, ''))) ||
      (leftHead &&
        rightHead &&
        classifyName(right.split(/\s+of\s+/)[0]!) !== null &&
        isCapitalised(rightFirst) &&
        /\b(university|academy|institute|college|association|ministry|group|company|cent(?:re|er)|agency|council|foundation|society)\b/i.test(
          right.split(/\s+of\s+/)[0]!,
        ))
    ) {
      parts.push([start + from, start + match.index]);
      from = match.index + match[0].length;
    }
  }
  parts.push([start + from, end]);
  return parts;
}

/**
 * A name phrase with the names nested in it: "Belarusian Research Center of Shandong Academy of Sciences" is an
 * agreement with its lead inside; "Study Abroad Center of the ... Department of Education" a unit PART_OF the
 * department; "Qilu University of Technology (Shandong Academy of Sciences)" one institution with two names;
 * "University of Macau (UM)" a name with its acronym.
 */
function nameAndParts(
  ctx: MentionContext,
  sentence: Sentence,
  start: number,
  end: number,
  link: (
    type: RelationshipType,
    from: Mention,
    to: Mention,
    rule: string,
    confidence: number,
    properties?: Record<string, unknown>,
  ) => void,
): Mention[] | null {
  const text = ctx.text;
  const out: Mention[] = [];
  let phrase = text.slice(start, end);
  // A trailing "(UM)" is the acronym; a trailing "(Shandong Academy of Sciences)" a second name.
  let acronym: string | undefined;
  const paren = /\s*\(([^()]+)\)$/.exec(phrase);
  if (paren && isAllCaps(paren[1]!.trim()) && !countryOf(paren[1]!.trim())) {
    acronym = paren[1]!.trim();
    end = start + paren.index;
    phrase = text.slice(start, end);
  } else if (paren && /^(?:MOU|MoU)$/.test(paren[1]!.trim())) {
    // "Memorandum of Understanding (MoU)": the kind's acronym, not the name's.
    end = start + paren.index;
    phrase = text.slice(start, end);
  } else if (paren && countryOf(paren[1]!.trim())?.form !== 'adjective' && countryOf(paren[1]!.trim())) {
    // "Kyoto University (Japan)": the country where it is, not part of the name.
    end = start + paren.index;
    phrase = text.slice(start, end);
  }
  const main = nameMention(ctx, sentence, start, end);
  if (!main) return null;
  if (acronym) {
    main.acronym = acronym;
    main.aliases = [acronym];
  }
  out.push(main);
  const body = text.slice(main.start, main.end);
  // Dual names: "A (B)" where B names an institution too.
  const dual = /^(.+?)\s*\(([^()]+)\)$/.exec(body);
  if (dual && main.type === 'Institution' && classifyName(dual[2]!)?.type === 'Institution' && classifyName(dual[1]!)) {
    main.aliases = [...(main.aliases ?? []), dual[1]!.trim(), dual[2]!.trim()];
  }
  // "X of (the) Y" where Y is an institution of its own: nested name.
  const of = /\s+of\s+(?:the\s+)?/.exec(body);
  if (of && !dual) {
    const left = body.slice(0, of.index);
    const rightStart = main.start + of.index + of[0].length;
    const right = text.slice(rightStart, main.end);
    const leftClass = classifyName(left);
    const rightClass = classifyName(right);
    const rightWords = right.split(/\s+/);
    // "Association of German Research Centres": a plural head is the members' kind, not an institution named.
    const generic =
      INSTITUTION_HEADS[rightWords[0]!.toLowerCase()] !== undefined ||
      /(?:Centres|Centers|Universities|Institutes|Colleges|Academies|Laboratories|Institutions)$/.test(right);
    // "Belarusian Center for ... Studies of ZJSRU": an agreement of an institution written as its acronym.
    const acronymParty = main.type === 'Agreement' && isAllCaps(right) && right.length <= 7 && !countryOf(right);
    if (
      leftClass &&
      main.type !== 'Event' &&
      ((rightClass?.type === 'Institution' && rightWords.length >= 2 && !generic) || acronymParty)
    ) {
      const inner = nameMention(ctx, sentence, rightStart, main.end);
      if (inner) {
        inner.nested = true;
        out.push(inner);
        if (main.type === 'Institution' && UNIT_HEADS.test(left))
          link('PART_OF', main, inner, 'unit of institution', 0.8);
        if (main.type === 'Agreement')
          link('PARTY_TO', inner, main, 'agreement of institution', 0.75, { role: 'lead' });
      }
    }
  }
  // "Massey University Overseas Education Center (Jinan)", "HP Software Laboratory": a partner named inside.
  if (main.type === 'Agreement') {
    const inner = /^((?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:University|Academy|Institute|College|Group|Company))\b/u.exec(
      body,
    );
    const acronymInside = /^([\p{Lu}]{2,6})\s+[\p{L}]/u.exec(body);
    const found = inner?.[1] ?? (acronymInside && !countryOf(acronymInside[1]!) ? acronymInside[1]! : undefined);
    if (found && found.length < body.length - 3) {
      const innerMention = nameMention(ctx, sentence, main.start, main.start + found.length);
      if (innerMention && innerMention.type === 'Institution') {
        innerMention.nested = true;
        out.push(innerMention);
        const role = /foundation|fund\b/i.test(found) ? 'funder' : 'partner';
        link('PARTY_TO', innerMention, main, 'institution in agreement name', 0.7, { role });
      }
    }
    // "National Natural Science Foundation of China international cooperation project"
    const funder =
      /^(.+?\b(?:Foundation|Fund|Council)(?: of [\p{Lu}][\p{L}]+)?)\s+(?:international\s+)?(?:cooperation\s+)?(?:project|program)/iu.exec(
        body,
      );
    if (funder && !out.some((m) => m !== main && m.start === main.start)) {
      const innerMention = nameMention(ctx, sentence, main.start, main.start + funder[1]!.length);
      if (innerMention && innerMention.type === 'Institution') {
        innerMention.nested = true;
        out.push(innerMention);
        link('PARTY_TO', innerMention, main, 'funder in agreement name', 0.7, { role: 'funder' });
      }
    }
  }
  return out;
}

/** Drops exact duplicates and mentions wholly inside a longer mention of the same type. */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const mention of sorted) {
    const covered = out.some(
      (m) =>
        m !== mention &&
        inside(mention, m) &&
        m.type === mention.type &&
        !mention.nested &&
        !(m.start === mention.start && m.end === mention.end && m.source !== mention.source),
    );
    const same = out.some((m) => m.start === mention.start && m.end === mention.end && m.type === mention.type);
    if (!covered && !same) out.push(mention);
  }
  return out;
}

/** Every sentence's mentions and links. */
export function findMentions(ctx: MentionContext): SentenceMentions {
  const all: SentenceMentions = { mentions: [], links: [] };
  for (const sentence of ctx.sentences) {
    const part = sentenceMentions(ctx, sentence);
    for (const mention of part.mentions) all.mentions.push(mention);
    for (const link of part.links) all.links.push(link);
  }
  all.mentions.push(...bareAcronyms(ctx, all.mentions));
  unitsWithParents(ctx, all.mentions);
  return all;
}

/**
 * "Department of International Cooperation, MARA" and "Department of International Cooperation, CAAS": a unit
 * written with its parent's acronym after a comma is named with it, so that two ministries' departments of one
 * name stay two units (the parent is still a mention of its own).
 */
function unitsWithParents(ctx: MentionContext, mentions: Mention[]): void {
  for (const unit of mentions) {
    if (unit.type !== 'Institution' || unit.owner || !UNIT_HEADS.test(unit.name) || /,/.test(unit.name)) continue;
    const comma = /^,\s*/.exec(ctx.text.slice(unit.end, unit.end + 4));
    if (!comma) continue;
    const parent = mentions.find(
      (m) => m.type === 'Institution' && m.start === unit.end + comma[0].length && isAllCaps(m.text.replace(/-/g, '')),
    );
    if (!parent || !/^(?:\s*[,.;)]|\s+and\b|\s*$)/.test(ctx.text.slice(parent.end, parent.end + 5))) continue;
    unit.name = `${unit.name}, ${parent.text}`;
  }
}

/**
 * Acronyms introduced without parentheses: an all-capitals word that no mention covers ("cooperation between GDUFS
 * and Russian universities", where "GDUFS and Russian" names nothing) and whose letters are the initials of exactly
 * one institution named on the page, or of the owner, is a mention of that institution. The reading is the page's
 * own: no list of acronyms is kept.
 */
function bareAcronyms(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const names = new Set(
    mentions
      .filter((m) => m.type === 'Institution' && !m.owner && /\s/.test(m.name))
      .map((m) => m.name.split(/[,(]/)[0]!.trim()),
  );
  if (ctx.owner) names.add(ctx.owner.split(/[,(]/)[0]!.trim());
  const out: Mention[] = [];
  for (const sentence of ctx.sentences) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}\p{N}&-])[\p{Lu}]{2,8}(?![\p{L}\p{N}&-])/gu)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (mentions.some((m) => m.start < end && m.end > start) || countryOf(match[0])) continue;
      // "(QUST)" after a name is the name's own acronym, read with it.
      if (/\(\s*$/.test(sentence.text.slice(0, match.index))) continue;
      const of = [...names].filter((name) => isAcronymOf(match[0], name));
      if (of.length !== 1) continue;
      out.push({
        start,
        end,
        text: match[0],
        name: match[0],
        type: 'Institution',
        kind: classifyName(of[0]!)?.kind ?? 'other',
        sentence: sentence.index,
        source: 'pattern',
        confidence: 0.6,
      });
    }
  }
  return out;
}
