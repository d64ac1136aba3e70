/**
 * Within-document resolution
 * ==========================
 *
 * Groups a document's mentions into entities: the page owner and every reference to it ("we", "our college",
 * "the university", its acronym); acronyms given in parentheses; short forms ("Ocean University" for "Ocean
 * University of China"); a surname or a transliteration variant for a person named in full before or after
 * ("Chavez", "Gushakov" / "Gusekov"); generic event references ("the conference", "the talk") to the event
 * they follow. The owner is the one given on upload, or guessed from the first sentences and marked so.
 */
import { countryByCode } from '../../../core/countries.js';
import { chinesePlace } from './gazetteer/china.js';
import { INSTITUTION_HEADS } from './lexicon.js';
import { isAcronymOf, isShortForm, jaroWinkler, transliterationVariant, withinOneEdit } from './similarity.js';
import { normalise, slug } from './text.js';
import type { Entity, Mention, Sentence } from './types.js';

export interface Owner {
  name: string;
  guessed: boolean;
}

/** Guesses the page owner: the first institution named in the first two sentences, preferring a subject. */
export function guessOwner(mentions: Mention[], sentences: Sentence[]): Owner | undefined {
  const early = mentions.filter(
    (m) => m.type === 'Institution' && m.sentence <= Math.min(2, sentences.length - 1) && !m.nested && !m.owner,
  );
  const subject = early.find((m) => {
    const sentence = sentences[m.sentence]!;
    const before = sentence.text.slice(0, m.start - sentence.start);
    return (
      /^(?:(?:the|at present,?|currently,?|in recent years,?)\s*)?$/i.test(before.trim()) || /\bwe at\s*$/i.test(before)
    );
  });
  const pick = subject ?? early.find((m) => m.name.split(' ').length >= 2) ?? early[0];
  return pick ? { name: pick.name, guessed: true } : undefined;
}

const GENERIC_EVENT =
  /^(?:the\s+)?(?:(?:three-day|two-day|one-day|this|that|same)\s+)?(conference|forum|meeting|ceremony|talks?|visit|event|symposium|seminar)$/i;

/** The two names of "Qilu University of Technology (Shandong Academy of Sciences)", each one alone. */
function dualNames(name: string): string[] {
  const dual = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  if (!dual || dual[2]!.trim().split(/\s+/).length < 2) return [];
  return [dual[1]!.trim(), dual[2]!.trim()];
}

/** An agreement named by its kind only: "Cooperation Agreement", "memorandum of understanding", "MOU". */
const GENERIC_AGREEMENT =
  /^(?:(?:the|an?|inter-school|inter-university|strategic|comprehensive|framework|frame-work|framed|cooperation|cooperative|partnership|exchange)\s+)*(?:agreement|memorandum(?: of understanding)?|mou)$/i;

/** "Provincial Department of Science and Technology" for "Shandong Provincial Department of ...": the place dropped. */
function withoutPlace(name: string): string | undefined {
  const [first, ...rest] = name.split(/\s+/);
  if (rest.length < 2 || !chinesePlace(first!)) return undefined;
  if (/^(?:Provincial|Municipal|City)$/.test(rest[0]!)) return normalise(rest.join(' '));
  // "Wanli University" for "Zhejiang Wanli University": the province dropped before a proper name of its own (not
  // before a kind, "Normal University", "University of Technology", which many provinces' universities share).
  if (
    /^[\p{Lu}][\p{Ll}]+$/u.test(rest[0]!) &&
    !KIND_WORD.test(rest[0]!) &&
    INSTITUTION_HEADS[rest.at(-1)!.toLowerCase()] !== undefined
  )
    return normalise(rest.join(' '));
  return undefined;
}
/** Words that name a kind of university, not one: no short form of a name starts with them. */
const KIND_WORD =
  /^(?:University|Normal|Agricultural|Medical|Technological|Polytechnic|Science|Sciences|Technology|Foreign|Industrial|Finance|Financial|Forestry|Maritime|Ocean|Petroleum|Traditional|Chinese|International|Provincial|National|Central|Open|Vocational|Teachers|Academy|Institute|College|Jiaotong|Engineering|Economic|Economics|Art|Arts|Sports|Physical|Language|Languages|Studies|Business|Commerce|Law|Political|Mining|Electric|Power|Aerospace|Radio|Communication|Communications|Media|Film|Music|Health)$/;

/**
 * One word mistyped in a name of three words or more, the rest the same: "Ulyanovlev State University" for
 * "Ulyanovsk State University". The two spellings share their first five letters, so "Shandong" and "Shanghai"
 * stay apart.
 */
export function oneWordSlip(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length < 3 || x.length !== y.length) return false;
  const differ = x.map((word, i) => (word === y[i] ? -1 : i)).filter((i) => i >= 0);
  if (differ.length !== 1) return false;
  const [p, q] = [x[differ[0]!]!, y[differ[0]!]!];
  return p.length >= 6 && q.length >= 6 && p.slice(0, 5) === q.slice(0, 5) && Math.abs(p.length - q.length) <= 2;
}

/** The parent written after a comma: "Department of International Cooperation, MARA" → "MARA". */
const writtenParent = (name: string) => /,\s*([^,]+)$/.exec(name)?.[1]?.trim();

function sameInstitution(a: Entity, m: Mention): boolean {
  const names = [a.name, ...a.aliases];
  const key = normalise(m.name);
  // One unit name under two parents is two units: "..., MARA" and "..., CAAS".
  const parent = writtenParent(m.name);
  if (parent && names.every((name) => writtenParent(name) !== undefined && writtenParent(name) !== parent))
    return false;
  if (names.some((name) => normalise(name) === key)) return true;
  if (m.acronym && names.some((name) => name === m.acronym)) return true;
  if (/^[A-Z]{2,8}$/.test(m.name) && names.some((name) => isAcronymOf(m.name, name.split(/[,(]/)[0]!))) return true;
  if (names.some((name) => /^[A-Z]{2,8}$/.test(name) && isAcronymOf(name, m.name.split(/[,(]/)[0]!))) return true;
  if (names.some((name) => isShortForm(m.name, name) || isShortForm(name, m.name))) return true;
  if (names.some((name) => withoutPlace(name) === key || withoutPlace(m.name) === normalise(name))) return true;
  if (names.some((name) => oneWordSlip(normalise(name), key))) return true;
  // Typing slips on long names: "LLincoln College University of Malaysia".
  if (
    key.length > 15 &&
    names.some((name) => jaroWinkler(normalise(name), key) >= 0.96 || withinOneEdit(normalise(name), key))
  )
    return true;
  return false;
}

function samePerson(a: Entity, m: Mention): boolean {
  const tokens = (value: string) => normalise(value).split(' ').filter(Boolean);
  const mine = [a.name, ...a.aliases].flatMap(tokens);
  const theirs = tokens(m.name);
  if (normalise(a.name) === normalise(m.name)) return true;
  // A surname alone, or a full name whose parts include an earlier surname-only mention.
  const short = theirs.length === 1 ? theirs : tokens(a.name).length === 1 ? tokens(a.name) : null;
  if (!short) return false;
  const other = theirs.length === 1 ? mine : theirs;
  return other.some((token) => token === short[0] || transliterationVariant(token, short[0]!));
}

/** A site visit "during the conference" is its own event, not the delegation's visit of the page. */
const duringEvent = (m: Mention | undefined) => m?.properties?.during === true;

export interface Resolved {
  entities: Entity[];
  byMention: Map<Mention, Entity>;
  owner?: Entity;
}

export function resolveWithinDocument(mentions: Mention[], owner: Owner | undefined): Resolved {
  const entities: Entity[] = [];
  const byMention = new Map<Mention, Entity>();
  let count = 0;
  const create = (m: Mention, name = m.name): Entity => {
    const entity: Entity = {
      key: `e${count++}`,
      type: m.type,
      name,
      aliases: [],
      kind: m.kind,
      code: m.code,
      mentions: [],
      confidence: m.confidence,
      properties: {},
    };
    entities.push(entity);
    return entity;
  };
  const attach = (entity: Entity, m: Mention) => {
    entity.mentions.push(m);
    byMention.set(m, entity);
    m.entity = entity.key;
    entity.confidence = Math.max(entity.confidence, m.confidence);
    if (m.knownId) entity.properties.knownId = m.knownId;
    if (m.city && !entity.properties.city) entity.properties.city = m.city;
    if (!entity.kind && m.kind) entity.kind = m.kind;
    const names = [m.owner || m.source === 'reference' ? null : m.name, ...(m.aliases ?? [])].filter(
      (n): n is string => !!n,
    );
    for (const name of names) {
      if (
        normalise(name) !== normalise(entity.name) &&
        !entity.aliases.some((alias) => normalise(alias) === normalise(name))
      ) {
        // A longer, fuller name becomes the name: "Dudiak Alexander Mikhailovich" over "Dudik".
        // So does the fuller kind of an agreement named by kind only ("Memorandum of Understanding" over a
        // headline's "Cooperation Agreement").
        const fullerKind =
          entity.type === 'Agreement' &&
          GENERIC_AGREEMENT.test(name) &&
          GENERIC_AGREEMENT.test(entity.name) &&
          name.length > entity.name.length;
        if ((entity.type === 'Person' && name.split(' ').length > entity.name.split(' ').length) || fullerKind) {
          entity.aliases.push(entity.name);
          entity.name = name;
        } else entity.aliases.push(name);
      }
    }
  };

  let ownerEntity: Entity | undefined;
  if (owner) {
    ownerEntity = create({ name: owner.name, type: 'Institution', confidence: owner.guessed ? 0.6 : 0.95 } as Mention);
    ownerEntity.owner = true;
    ownerEntity.ownerGuessed = owner.guessed;
    ownerEntity.aliases.push(...dualNames(owner.name));
  }

  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  let lastEvent: Entity | undefined;
  for (const m of ordered) {
    if (m.owner && ownerEntity) {
      attach(ownerEntity, m);
      continue;
    }
    let target: Entity | undefined;
    switch (m.type) {
      case 'Country':
        target = entities.find((e) => e.type === 'Country' && e.code === m.code);
        if (!target) target = create(m, countryByCode(m.code!)?.name ?? m.name);
        break;
      case 'Institution':
        if (m.knownId) target = entities.find((e) => e.properties.knownId === m.knownId);
        if (!target && ownerEntity && sameInstitution(ownerEntity, m)) target = ownerEntity;
        target ??= entities.find((e) => e.type === 'Institution' && e !== ownerEntity && sameInstitution(e, m));
        break;
      case 'Person':
        target = entities.find((e) => e.type === 'Person' && samePerson(e, m));
        break;
      case 'Event': {
        if (GENERIC_EVENT.test(m.text) && lastEvent) target = lastEvent;
        const visit = m.properties?.visit === true;
        target ??= entities.find(
          (e) =>
            e.type === 'Event' &&
            (normalise(e.name) === normalise(m.name) ||
              (e.kind === m.kind && jaroWinkler(normalise(e.name), normalise(m.name)) >= 0.9) ||
              (visit && e.kind === 'visit' && duringEvent(e.mentions[0]) === duringEvent(m))),
        );
        break;
      }
      case 'Agreement':
        // "the MOU", "the agreement": the agreement of that kind named last.
        if (/^(?:the\s+)?(?:MOU|MoU|agreement|memorandum)$/i.test(m.text)) {
          target = [...entities].reverse().find((e) => e.type === 'Agreement' && e.kind === 'mou');
        }
        // "The laboratory was jointly established by ...": the lab named last; nothing when there is none.
        if (m.properties?.refersBack === true) {
          target = [...entities].reverse().find((e) => e.type === 'Agreement' && e.kind === m.kind);
          if (!target) continue;
        }
        // A headline's "Cooperation Agreement" and the text's "inter-school cooperation agreement" are one; two in
        // one sentence ("an agreement between A and B and a memorandum between C and D") are two.
        if (GENERIC_AGREEMENT.test(m.name))
          target ??= entities.find(
            (e) =>
              e.type === 'Agreement' &&
              e.kind === m.kind &&
              GENERIC_AGREEMENT.test(e.name) &&
              !e.mentions.some((x) => x.sentence === m.sentence) &&
              !(m.properties?.ownParties && e.mentions.some((x) => x.properties?.ownParties)),
          );
        target ??= entities.find((e) => e.type === m.type && normalise(e.name) === normalise(m.name));
        break;
      default:
        target = entities.find((e) => e.type === m.type && normalise(e.name) === normalise(m.name));
    }
    if (!target) target = create(m);
    attach(target, m);
    if (m.type === 'Event') lastEvent = target;
  }
  mergeHeadlineAgreements(entities, byMention);
  mergeShorterEvents(entities, byMention);
  // The owner's name given on upload also covers its acronym and short forms seen later.
  if (ownerEntity) {
    for (const entity of [...entities]) {
      if (entity === ownerEntity || entity.type !== 'Institution') continue;
      const probe = { name: entity.name, acronym: undefined } as unknown as Mention;
      if (sameInstitution(ownerEntity, probe)) {
        for (const m of entity.mentions) attach(ownerEntity, m);
        entities.splice(entities.indexOf(entity), 1);
      }
    }
  }
  return { entities, byMention, owner: ownerEntity };
}

/**
 * An event named by the first words of a fuller name of the same kind is that event: the headline's "Signing
 * Ceremony" is the body's "signing ceremony of collaboration between Hebei University and our university".
 */
function mergeShorterEvents(entities: Entity[], byMention: Map<Mention, Entity>): void {
  for (const short of [...entities]) {
    if (short.type !== 'Event') continue;
    const key = normalise(short.name);
    const full = entities.find(
      (e) => e !== short && e.type === 'Event' && e.kind === short.kind && normalise(e.name).startsWith(`${key} `),
    );
    if (!full) continue;
    for (const m of short.mentions) {
      full.mentions.push(m);
      byMention.set(m, full);
    }
    full.mentions.sort((a, b) => a.start - b.start);
    if (!full.aliases.includes(short.name)) full.aliases.push(short.name);
    full.confidence = Math.max(full.confidence, short.confidence);
    entities.splice(entities.indexOf(short), 1);
  }
}

/** A headline in title case: "A MOU on Vocational Education Cooperation Was Signed on April 9". */
const titleCased = (name: string) =>
  name
    .split(/\s+/)
    .every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:on|of|for|and|the|in|with|between|to|a|an)$/.test(word));

/**
 * A headline's agreement is the one the body names, when the body names exactly one of that kind: "MOU on
 * Vocational Education Cooperation" in the title, "A Memorandum of Understanding on students’ exchange ..." below.
 */
function mergeHeadlineAgreements(entities: Entity[], byMention: Map<Mention, Entity>): void {
  for (const headline of [...entities]) {
    if (headline.type !== 'Agreement' || !headline.mentions.every((m) => m.sentence === 0 && titleCased(m.text)))
      continue;
    const body = entities.filter(
      (e) =>
        e !== headline && e.type === 'Agreement' && e.kind === headline.kind && e.mentions.every((m) => m.sentence > 0),
    );
    if (body.length !== 1) continue;
    const target = body[0]!;
    for (const m of headline.mentions) {
      target.mentions.push(m);
      byMention.set(m, target);
      m.entity = target.key;
    }
    target.mentions.sort((a, b) => a.start - b.start);
    if (normalise(headline.name) !== normalise(target.name)) target.aliases.push(headline.name);
    entities.splice(entities.indexOf(headline), 1);
  }
}

/** A slug id for a new entity, unique in the document and not taken by another node of the graph. */
export function entityIds(
  entities: Entity[],
  taken: ReadonlySet<string>,
  parents: Map<string, Entity>,
): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const entity of entities) {
    let base = entity.type === 'Country' ? `country-${entity.code!.toLowerCase()}` : slug(entity.name);
    // A generic unit ("Business School") is named after its parent, so two universities' schools stay apart.
    const parent = parents.get(entity.key);
    if (parent && !normalise(entity.name).includes(normalise(parent.name)) && entity.name.split(' ').length <= 4) {
      base = slug(`${parent.name} ${entity.name}`);
    }
    if (entity.type === 'Person' && base.split('-').length === 1) base = `person-${base}`;
    let id = base;
    for (let n = 2; used.has(id) || (taken.has(id) && entity.type !== 'Country'); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(entity.key, id);
  }
  return ids;
}
