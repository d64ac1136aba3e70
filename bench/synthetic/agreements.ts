/**
 * Synthetic agreements
 * ====================
 *
 * Agreements are cut from a shuffled list of "stubs", each institution appearing as many times as its activity
 * (a configuration model): the degree distribution is then exactly the power law drawn for the institutions.
 * Each agreement takes two to five parties (a few have one: an overseas office, a research centre abroad, which
 * then names the country WITH_COUNTRY), a kind, fields, and a start year from 1995 to 2025 skewed towards
 * recent years; some ended, some are undated. A third of the agreements of three or more parties are `hub`
 * (one lead with separate partners), the rest `joint`; and one consortium per 2,500 institutions joins 20 to 80
 * parties from many countries (joint, with one lead), the multilateral agreements whose pairs the derivation
 * must not multiply (docs/data-model.md, "Agreement topology").
 */
import type { CountryInfo } from '../../core/countries.js';
import { fieldId, type Institution, type SyntheticGraph, type SyntheticNode } from './graph.js';
import { agreementName, makeId } from './names.js';
import { weightedTable } from '../../core/random.js';

const SIZES = weightedTable([
  [1, 0.06],
  [2, 0.47],
  [3, 0.26],
  [4, 0.13],
  [5, 0.08],
] as const);

const KINDS = weightedTable([
  ['education-program', 0.2],
  ['joint-lab', 0.12],
  ['research-project', 0.2],
  ['platform', 0.06],
  ['overseas-campus', 0.01],
  ['overseas-office', 0.01],
  ['test-centre', 0.03],
  ['research-centre', 0.07],
  ['training-base', 0.05],
  ['cooperation-base', 0.04],
  ['mou', 0.18],
  ['other', 0.03],
] as const);

/** Kinds an institution sets up alone, abroad or with a country rather than a named partner. */
const SINGLE_PARTY_KINDS = weightedTable([
  ['overseas-office', 0.25],
  ['overseas-campus', 0.1],
  ['research-centre', 0.35],
  ['cooperation-base', 0.15],
  ['platform', 0.15],
] as const);

const PARTNER_ROLES = weightedTable([
  ['partner', 0.85],
  ['host', 0.04],
  ['sponsor', 0.04],
  ['funder', 0.03],
  ['member', 0.04],
] as const);

/** One consortium per this many institutions, of CONSORTIUM_SIZE parties. */
const INSTITUTIONS_PER_CONSORTIUM = 2_500;
const CONSORTIUM_SIZE = [20, 80] as const;
const HUB_SHARE = 1 / 3;

const FIRST_YEAR = 1995;
const LAST_YEAR = 2025;

export interface Agreement {
  node: SyntheticNode;
  startYear: number | undefined;
  parties: Institution[];
}

function dates(graph: SyntheticGraph, node: SyntheticNode): number | undefined {
  const { random } = graph;
  if (random.chance(0.08)) {
    // Undated, as many agreements in the texts are; some are only planned.
    const status = random.pick(['planned', 'active', undefined] as const);
    if (status) node.status = status;
    return undefined;
  }
  const startYear = random.recentYear(FIRST_YEAR, LAST_YEAR);
  node.startYear = startYear;
  if (random.chance(0.18)) {
    node.endYear = Math.min(LAST_YEAR, startYear + random.int(1, 10));
    node.status = 'ended';
  } else {
    node.status = 'active';
  }
  return startYear;
}

/** Cuts the stubs into agreements; a stub that would repeat a party of the same agreement is dropped. */
function partyLists(graph: SyntheticGraph): Institution[][] {
  const { random } = graph;
  const stubs: Institution[] = [];
  for (const institution of graph.institutions) for (let n = 0; n < institution.activity; n++) stubs.push(institution);
  random.shuffle(stubs);
  const lists: Institution[][] = [];
  let next = 0;
  while (next < stubs.length) {
    const size = SIZES.pick(random);
    const parties = new Set<Institution>();
    while (parties.size < size && next < stubs.length) parties.add(stubs[next++]!);
    // Hubs lead: the most active party is listed first and takes the lead role.
    lists.push([...parties].sort((a, b) => b.activity - a.activity));
  }
  const consortia = Math.floor(graph.institutions.length / INSTITUTIONS_PER_CONSORTIUM);
  for (let n = 0; n < consortia; n++) {
    const size = random.int(CONSORTIUM_SIZE[0], CONSORTIUM_SIZE[1]);
    const parties = new Set<Institution>();
    while (parties.size < Math.min(size, graph.institutions.length)) parties.add(random.pick(graph.institutions));
    lists.push([...parties].sort((a, b) => b.activity - a.activity));
  }
  return lists;
}

/** Adds agreements with PARTY_TO, IN_FIELD and WITH_COUNTRY; returns them for events and provenance. */
export function addAgreements(graph: SyntheticGraph): Agreement[] {
  const { random, world } = graph;
  const agreements: Agreement[] = [];
  for (const parties of partyLists(graph)) {
    const lead = parties[0]!;
    const single = parties.length === 1;
    const kind = single ? SINGLE_PARTY_KINDS.pick(random) : KINDS.pick(random);
    const partyCountries = new Set(parties.map((party) => party.country.code));
    const foreignParty = parties.find((party) => party.country.code !== lead.country.code);
    const abroad: CountryInfo = foreignParty?.country ?? world.pickCountryOtherThan(partyCountries);
    const field = graph.field();
    const name = agreementName(random, kind, lead.name, (parties[1] ?? lead).name, field, abroad);
    const topology =
      parties.length >= 3 && parties.length <= CONSORTIUM_SIZE[0] && random.chance(HUB_SHARE) ? 'hub' : 'joint';
    const node = graph.addNode({ id: makeId(name, agreements.length), type: 'Agreement', name, kind, topology });
    const startYear = dates(graph, node);
    if (random.chance(0.25))
      node.description = `A ${kind.replace(/-/g, ' ')} in ${field.toLowerCase()} led by ${lead.name}.`;
    if (random.chance(0.05))
      node.quantities = [`more than ${random.int(2, 20) * 10} students and researchers each year`];

    parties.forEach((party, position) => {
      graph.relate('PARTY_TO', party.id, node.id, { role: position === 0 ? 'lead' : PARTNER_ROLES.pick(random) });
    });
    if (random.chance(0.9)) {
      const fields = new Set([field, ...(random.chance(0.2) ? graph.fields(1) : [])]);
      for (const each of fields) graph.relate('IN_FIELD', node.id, fieldId(each));
    }
    // A single-party agreement exists for its country; others sometimes name a country beyond their parties.
    if (single) graph.relate('WITH_COUNTRY', node.id, graph.country(abroad));
    else if (random.chance(0.12))
      graph.relate('WITH_COUNTRY', node.id, graph.country(world.pickCountryOtherThan(partyCountries)));
    agreements.push({ node, startYear, parties });
  }
  return agreements;
}
