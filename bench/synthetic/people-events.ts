/**
 * Synthetic people, events and stated cooperation
 * ===============================================
 *
 * People are AFFILIATED_WITH institutions (busier institutions employ more of them; some hold two posts).
 * Events (conferences, visits, ceremonies, forums) are LOCATED_IN a country, HOSTED by institutions, attended
 * by institutions, people and countries (PARTICIPATED_IN), and some agreements were SIGNED_AT an event of
 * their start year. A few institutions state cooperation with a country without naming an agreement: input
 * COOPERATES_WITH edges, which survive the loader's re-derivation.
 */
import { type CountryInfo, countryByCode } from '../../core/countries.js';
import type { Agreement } from './agreements.js';
import { fieldId, type Institution, type SyntheticGraph, type SyntheticNode } from './graph.js';
import { eventName, makeId, personName } from './names.js';
import { weightedTable } from '../../core/random.js';
import { TITLES } from './vocabulary.js';
import { nameStyle } from './world.js';

const EVENT_KINDS = weightedTable([
  ['conference', 0.35],
  ['visit', 0.25],
  ['ceremony', 0.15],
  ['forum', 0.2],
  ['other', 0.05],
] as const);

const CHINA = countryByCode('CN') as CountryInfo;
const PARTICIPANT_ROLES = ['delegate', 'speaker', 'guest', 'organiser'];

/** Adds `count` people, each AFFILIATED_WITH one or two institutions. */
export function addPeople(graph: SyntheticGraph, count: number): void {
  const { random } = graph;
  for (let serial = 0; serial < count; serial++) {
    const home = graph.institution();
    const name = personName(random, nameStyle(home.country));
    const id = makeId(name, serial);
    const node = graph.addNode({ id, type: 'Person', name });
    const title = random.chance(0.7) ? random.pick(TITLES) : undefined;
    if (title && random.chance(0.15)) node.description = `${title} at ${home.name}.`;
    graph.relate('AFFILIATED_WITH', id, home.id, title ? { title } : {});
    home.people.push(id);
    if (random.chance(0.1)) {
      const second = graph.institution();
      if (second !== home) {
        graph.relate('AFFILIATED_WITH', id, second.id, random.chance(0.5) ? { title: 'Visiting Professor' } : {});
        second.people.push(id);
      }
    }
  }
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

export interface SyntheticEvent {
  node: SyntheticNode;
  year: number;
}

/** Adds `count` events with their hosts, participants, country and field. */
export function addEvents(graph: SyntheticGraph, count: number): SyntheticEvent[] {
  const { random, world } = graph;
  const events: SyntheticEvent[] = [];
  for (let serial = 0; serial < count; serial++) {
    // Half the events are in China, where the texts come from.
    const country: CountryInfo = random.chance(0.5) ? CHINA : world.pickCountry();
    const kind = EVENT_KINDS.pick(random);
    const host = graph.institutionIn(country);
    const city = host.country === country ? host.city : world.city(country);
    const field = graph.field();
    const year = random.recentYear(1995, 2025);
    const day = random.int(0, 360);
    const name = eventName(random, kind, year, city, host.name, field);
    const node = graph.addNode({
      id: makeId(name, serial),
      type: 'Event',
      name,
      kind,
      startDate: isoDate(year, day),
      city,
    });
    if (kind === 'conference' || kind === 'forum') node.endDate = isoDate(year, day + random.int(0, 3));
    if (random.chance(0.2)) node.quantities = [`more than ${random.int(2, 30) * 10} domestic and foreign experts`];
    if (random.chance(0.3)) node.description = `A ${kind} on ${field.toLowerCase()} in ${city}, ${country.name}.`;

    graph.relate('LOCATED_IN', node.id, graph.country(country));
    if (random.chance(0.8)) graph.relate('IN_FIELD', node.id, fieldId(field));
    const hosts = new Set<Institution>([host]);
    graph.relate('HOSTED', host.id, node.id, { role: 'host' });
    if (random.chance(0.4)) {
      const sponsor = graph.institutionIn(country);
      if (!hosts.has(sponsor)) {
        hosts.add(sponsor);
        graph.relate('HOSTED', sponsor.id, node.id, { role: random.chance(0.2) ? 'guide' : 'sponsor' });
      }
    }
    const participants = new Set<Institution>();
    const wanted = random.int(2, 8);
    for (let attempt = 0; participants.size < wanted && attempt < wanted * 5; attempt++) {
      const participant = graph.institution();
      if (!hosts.has(participant)) participants.add(participant);
    }
    const people = new Set<string>();
    for (const participant of participants) {
      graph.relate(
        'PARTICIPATED_IN',
        participant.id,
        node.id,
        random.chance(0.3) ? { role: random.pick(PARTICIPANT_ROLES) } : {},
      );
      if (participant.people.length > 0 && random.chance(0.4)) people.add(random.pick(participant.people));
    }
    for (const person of people)
      graph.relate(
        'PARTICIPATED_IN',
        person,
        node.id,
        random.chance(0.5) ? { role: random.pick(PARTICIPANT_ROLES) } : {},
      );
    const visiting = new Set<string>([country.code]);
    for (let n = random.int(0, 3); n > 0; n--) {
      const guest = world.pickCountryOtherThan(visiting);
      visiting.add(guest.code);
      graph.relate('PARTICIPATED_IN', graph.country(guest), node.id, { role: 'delegation' });
    }
    events.push({ node, year });
  }
  return events;
}

/** Some agreements were signed at an event of their start year. */
export function addSignings(graph: SyntheticGraph, agreements: Agreement[], events: SyntheticEvent[]): void {
  const { random } = graph;
  const byYear = new Map<number, SyntheticEvent[]>();
  for (const event of events) {
    const list = byYear.get(event.year) ?? [];
    list.push(event);
    byYear.set(event.year, list);
  }
  for (const agreement of agreements) {
    if (agreement.startYear === undefined || !random.chance(0.06)) continue;
    const candidates = byYear.get(agreement.startYear);
    if (candidates) graph.relate('SIGNED_AT', agreement.node.id, random.pick(candidates).node.id);
  }
}

/** About one institution in a hundred states cooperation with a foreign country, agreement unnamed. */
export function addStatedCooperation(graph: SyntheticGraph): void {
  const { world } = graph;
  const seen = new Set<string>();
  for (let n = Math.round(graph.institutions.length / 100); n > 0; n--) {
    const institution = graph.institution();
    const country = world.pickCountryOtherThan(new Set([institution.country.code]));
    const key = `${institution.id}|${country.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    graph.relate('COOPERATES_WITH', institution.id, graph.country(country));
  }
}
