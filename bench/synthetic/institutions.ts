/**
 * Synthetic institutions
 * ======================
 *
 * Institutions in a skewed set of countries, each with a kind, a city, fields and an activity drawn from a power
 * law (P(activity > x) = x^-1.5, capped): most take part in one to three agreements, a few hubs in hundreds.
 * Universities and academies, and Chinese institutions, are likelier hubs, as in the texts. Faculties are
 * PART_OF a university of their country, some research institutes PART_OF an academy, and alliances and
 * associations gather members (MEMBER_OF).
 */
import { type CountryInfo } from '../../core/countries.js';
import { fieldId, type Institution, type SyntheticGraph } from './graph.js';
import { facultyName, institutionName, makeId } from './names.js';
import { WeightedPicker, weightedTable } from '../../core/random.js';

const KINDS = weightedTable([
  ['university', 0.33],
  ['college', 0.08],
  ['faculty', 0.09],
  ['academy', 0.02],
  ['research-institute', 0.12],
  ['company', 0.17],
  ['government', 0.04],
  ['association', 0.015],
  ['alliance', 0.007],
  ['lab', 0.05],
  ['centre', 0.05],
  ['other', 0.018],
] as const);

/** How much likelier than average an institution of a kind is to be a hub. */
const HUB_FACTOR: Record<string, number> = {
  university: 1.6,
  academy: 1.6,
  'research-institute': 1.2,
  college: 0.9,
  faculty: 0.8,
  lab: 0.8,
  centre: 0.8,
  company: 0.7,
  government: 0.6,
  association: 0.6,
  alliance: 0.6,
  other: 0.5,
};

/** Kinds that often only gather members or give guidance and sign no agreement themselves. */
const OFTEN_WITHOUT_AGREEMENTS = new Set(['government', 'association', 'alliance']);

const KIND_LABEL: Record<string, string> = { 'research-institute': 'research institute' };

const FIELD_COUNTS = weightedTable([
  [0, 0.2],
  [1, 0.4],
  [2, 0.3],
  [3, 0.1],
] as const);

function activity(graph: SyntheticGraph, kind: string, country: CountryInfo, cap: number): number {
  const { random } = graph;
  if (OFTEN_WITHOUT_AGREEMENTS.has(kind) && random.chance(0.5)) return 0;
  const factor = (HUB_FACTOR[kind] ?? 1) * (country.code === 'CN' ? 1.2 : 1);
  return Math.min(cap, Math.max(1, Math.floor(random.pareto(1.5) * factor)));
}

function initials(name: string): string {
  return name
    .split(/[\s–-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

/** Adds `count` institutions with LOCATED_IN, IN_FIELD, PART_OF and MEMBER_OF. */
export function addInstitutions(graph: SyntheticGraph, count: number): void {
  const { random, world } = graph;
  // The largest hub grows with the graph (about 1,000 agreements at 100k institutions) but stays a minority.
  const cap = Math.max(10, Math.round(Math.pow(count, 0.6)));
  const drafts = Array.from({ length: count }, () => {
    const country = world.pickCountry();
    const kind = KINDS.pick(random);
    return {
      country,
      kind,
      city: world.city(country),
      field: graph.field(),
      activity: activity(graph, kind, country, cap),
    };
  });

  // Parents must exist before a faculty can be named after its university.
  const parents = new Map<string, Map<string, WeightedPicker<number>>>();
  const parentPicker = (kind: string, code: string): WeightedPicker<number> | undefined => {
    let byCountry = parents.get(kind);
    if (!byCountry) {
      const groups = new Map<string, number[]>();
      drafts.forEach((draft, index) => {
        if (draft.kind !== kind) return;
        groups.set(draft.country.code, [...(groups.get(draft.country.code) ?? []), index]);
      });
      byCountry = new Map(
        [...groups].map(([group, indexes]) => [
          group,
          new WeightedPicker(
            indexes,
            indexes.map((i) => (drafts[i]?.activity ?? 0) + 1),
          ),
        ]),
      );
      parents.set(kind, byCountry);
    }
    return byCountry.get(code);
  };

  const parentOf = new Map<number, number>();
  drafts.forEach((draft, index) => {
    if (draft.kind === 'faculty') {
      const picker = parentPicker('university', draft.country.code);
      if (picker) parentOf.set(index, picker.pick(random));
      else draft.kind = 'college';
    } else if (draft.kind === 'research-institute' && random.chance(0.25)) {
      const picker = parentPicker('academy', draft.country.code);
      if (picker) parentOf.set(index, picker.pick(random));
    }
  });

  // Universities first, so that faculties can take their names.
  const order = drafts
    .map((_, index) => index)
    .sort((a, b) => Number(parentOf.has(a)) - Number(parentOf.has(b)) || a - b);
  const built: Institution[] = new Array(count);
  for (const index of order) {
    const draft = drafts[index]!;
    const parentIndex = parentOf.get(index);
    const parent = parentIndex === undefined ? undefined : built[parentIndex];
    const name =
      draft.kind === 'faculty' && parent
        ? facultyName(random, draft.field, parent.name)
        : institutionName(random, draft.kind, draft.city, draft.country, draft.field);
    const id = makeId(name, index);
    const node = graph.addNode({ id, type: 'Institution', name, kind: draft.kind, city: draft.city });
    const abbreviation = initials(name);
    if (draft.kind === 'university' && abbreviation.length >= 2 && random.chance(0.3)) node.aliases = [abbreviation];
    if (random.chance(0.3)) node.website = `https://www.${id}.example`;
    if (random.chance(0.2)) {
      node.description = `A ${KIND_LABEL[draft.kind] ?? draft.kind} in ${draft.city}, ${draft.country.name}.`;
    }
    if (draft.activity >= 20 && random.chance(0.5)) {
      node.quantities = [
        `universities, research institutions and enterprises in more than ${Math.max(5, Math.floor(draft.activity / 4))} countries and regions`,
      ];
    }
    built[index] = {
      node,
      id,
      name,
      kind: draft.kind,
      country: draft.country,
      city: draft.city,
      activity: draft.activity,
      people: [],
    };
  }
  graph.institutions.push(...built);

  for (const [index, institution] of built.entries()) {
    graph.relate('LOCATED_IN', institution.id, graph.country(institution.country));
    const fieldCount = FIELD_COUNTS.pick(random);
    if (fieldCount > 0) {
      const fields = new Set([drafts[index]!.field, ...graph.fields(fieldCount - 1)]);
      for (const field of fields) graph.relate('IN_FIELD', institution.id, fieldId(field));
    }
    const parentIndex = parentOf.get(index);
    if (parentIndex !== undefined) graph.relate('PART_OF', institution.id, built[parentIndex]!.id);
  }
  addMemberships(graph);
}

/** Alliances and associations gather members: a power law again, from a handful to dozens. */
function addMemberships(graph: SyntheticGraph): void {
  const { random } = graph;
  for (const group of graph.institutions) {
    if (group.kind !== 'alliance' && group.kind !== 'association') continue;
    const size = Math.min(80, Math.floor(random.pareto(1.2) * 4) + 1);
    const members = new Set<Institution>();
    for (let attempt = 0; members.size < size && attempt < size * 5; attempt++) {
      // Members come mostly from the group's own country: a provincial alliance gathers provincial schools.
      const member = random.chance(0.7) ? graph.institutionIn(group.country) : graph.institution();
      if (member !== group) members.add(member);
    }
    [...members].forEach((member, position) => {
      const role = position === 0 ? 'chairman unit' : position === 1 && random.chance(0.3) ? 'initiator' : 'member';
      graph.relate('MEMBER_OF', member.id, group.id, { role });
    });
  }
}
