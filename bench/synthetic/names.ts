/**
 * Names and ids
 * =============
 *
 * Builds the names of generated entities from the vocabulary ("Jinzhou University of Technology", "Ashford
 * University–Nanning Institute of Marine Science Joint Laboratory for Robotics") and their ids: a slug of the
 * name plus the entity's serial number in base 36, so ids are unique and stable for a seed even when names
 * repeat, as names of real institutions do across cities.
 */
import type { CountryInfo } from '../../core/countries.js';
import { Random } from '../../core/random.js';
import {
  COMPANY_SECTORS,
  COMPANY_SUFFIXES,
  DEGREES,
  type NameStyle,
  PERSON_NAMES,
  UNIVERSITY_TOPICS,
} from './vocabulary.js';

const MAX_SLUG = 80;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/** A unique id: the slug of the name and a serial number. */
export const makeId = (name: string, serial: number) => `${slugify(name) || 'entity'}-${serial.toString(36)}`;

export function institutionName(
  random: Random,
  kind: string,
  city: string,
  country: CountryInfo,
  field: string,
): string {
  switch (kind) {
    case 'university':
      return random.pick([
        `${city} University`,
        `University of ${city}`,
        `${city} University of ${random.pick(UNIVERSITY_TOPICS)}`,
        `${city} Normal University`,
        `${country.name} University of ${random.pick(UNIVERSITY_TOPICS)}`,
      ]);
    case 'college':
      return random.pick([
        `${city} Vocational College of Technology`,
        `${city} College of ${field}`,
        `${city} Polytechnic College`,
      ]);
    case 'academy':
      return random.pick([
        `${city} Academy of Sciences`,
        `${city} Academy of ${field}`,
        `${country.name} Academy of ${field}`,
      ]);
    case 'research-institute':
      return random.pick([
        `${city} Institute of ${field}`,
        `${field} Research Institute of ${city}`,
        `${country.name} Institute of ${field}`,
      ]);
    case 'company':
      return `${city} ${random.pick(COMPANY_SECTORS)} ${random.pick(COMPANY_SUFFIXES)}`;
    case 'government':
      return random.pick([
        `${city} Bureau of Science and Technology`,
        `${city} Department of Education`,
        `Ministry of ${field} of ${country.name}`,
      ]);
    case 'association':
      return random.pick([
        `${city} Association for ${field}`,
        `${country.name} Society of ${field}`,
        `${city} Study Abroad Service Association`,
      ]);
    case 'alliance':
      return `${country.name} International ${field} Cooperation Alliance`;
    case 'lab':
      return random.pick([`${city} Key Laboratory of ${field}`, `${city} Laboratory for ${field}`]);
    case 'centre':
      return random.pick([`${city} Centre for ${field}`, `${city} ${field} Innovation Centre`]);
    default:
      return random.pick([`${city} ${field} Foundation`, `${city} Science Park`]);
  }
}

export function facultyName(random: Random, field: string, university: string): string {
  return `${random.pick(['School', 'Faculty', 'College'])} of ${field}, ${university}`;
}

export function personName(random: Random, style: NameStyle): string {
  const { given, family } = PERSON_NAMES[style];
  // Chinese and Korean names put the family name first, as the curated texts do ("Sun Haisheng").
  return style === 'chinese'
    ? `${random.pick(family)} ${random.pick(given)}`
    : `${random.pick(given)} ${random.pick(family)}`;
}

/** An agreement's name from its kind, its first two parties, a field and the partner country. */
export function agreementName(
  random: Random,
  kind: string,
  lead: string,
  partner: string,
  field: string,
  country: CountryInfo,
): string {
  switch (kind) {
    case 'education-program':
      return `${lead}–${partner} Joint ${random.pick(DEGREES)} Programme in ${field}`;
    case 'joint-lab':
      return `${lead}–${partner} Joint Laboratory for ${field}`;
    case 'research-project':
      return `Joint Research Project on ${field} of ${lead} and ${partner}`;
    case 'platform':
      return `${lead} International ${field} Innovation Platform`;
    case 'overseas-campus':
      return `${lead} ${country.name} Campus`;
    case 'overseas-office':
      return `${lead} Representative Office in ${country.name}`;
    case 'test-centre':
      return `${lead}–${partner} ${field} Testing Centre`;
    case 'research-centre':
      return `${country.name} ${field} Research Centre of ${lead}`;
    case 'training-base':
      return `${lead}–${partner} ${field} Training Base`;
    case 'cooperation-base':
      return `${lead} International Cooperation Base for ${field}`;
    case 'mou':
      return `Cooperation Agreement between ${lead} and ${partner}`;
    default:
      return `${lead}–${partner} ${field} Exchange`;
  }
}

export function eventName(
  random: Random,
  kind: string,
  year: number,
  city: string,
  host: string,
  field: string,
): string {
  switch (kind) {
    case 'conference':
      return `${year} International Conference on ${field} in ${city}`;
    case 'forum':
      return `${year} ${city} Forum on ${field} Cooperation`;
    case 'visit':
      return `Visit of a delegation to ${host} (${year})`;
    case 'ceremony':
      return `Signing ceremony at ${host} (${year})`;
    default:
      return random.pick([`${year} ${field} Summer School in ${city}`, `${year} ${field} Exhibition in ${city}`]);
  }
}
