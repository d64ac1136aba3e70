/**
 * Weak spots
 * ==========
 *
 * Cooperation that one loss would end, and records too thin to rely on:
 *
 * - countries whose whole relationship with the rest of the network hangs on one agreement (or none: stated
 *   cooperation only) or on one institution outside the country;
 * - institutions with a single foreign partner (one institution abroad, or one country);
 * - agreements that have ended (status `ended`, or an end year before this one) or carry no date at all.
 *
 * A country's relationship is every cross-border agreement that involves it (WITH_COUNTRY or a party located
 * there, together with another country or a party located elsewhere) and every stated COOPERATES_WITH that no
 * agreement backs (to the country, or to an institution located there from one located elsewhere).
 */
import {
  type Agreement,
  type CooperationData,
  type CountryRef,
  type InstitutionRef,
  type Ref,
  agreementReaches,
  byName,
  countryRef,
  institutionRef,
  listNames,
  ties,
} from './model.js';

export interface WeakSpotsOptions {
  /** The current year, for end years in the past (defaults to the clock's). */
  year?: number;
}

export type CountryWeakness = 'no-agreement' | 'single-agreement' | 'no-institution' | 'single-institution';

export interface WeakCountry {
  country: CountryRef;
  weaknesses: CountryWeakness[];
  agreementCount: number;
  agreements: Ref[];
  /** Of those, agreements between countries that no institution is party to. */
  countryLevelAgreements: number;
  /** Institutions outside the country that hold the relationship. */
  institutionCount: number;
  institutions: InstitutionRef[];
  /** Stated cooperation without an agreement. */
  statedLinks: number;
  reason: string;
}

export interface WeakInstitution {
  institution: InstitutionRef;
  partner: { id: string; type: 'Institution' | 'Country'; name: string };
  reason: string;
}

export type AgreementProblem = 'ended' | 'undated';

export interface WeakAgreement {
  agreement: Ref & { kind: string; startYear: number | null; endYear: number | null; status: string | null };
  problems: AgreementProblem[];
  parties: InstitutionRef[];
  reason: string;
}

export interface WeakSpotsResult {
  year: number;
  definitions: { countries: string; institutions: string; agreements: string };
  countries: WeakCountry[];
  institutions: WeakInstitution[];
  agreements: WeakAgreement[];
}

/** Names listed per weak country (all are counted). */
const LISTED = 10;

interface Relationship {
  agreements: Set<string>;
  countryLevel: Set<string>;
  institutions: Set<string>;
  statedLinks: number;
}

/** "2 agreements (2 country-level), 1 institution". */
function summary(agreements: number, countryLevel: number, institutions: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const level = countryLevel > 0 ? ` (${countryLevel} country-level)` : '';
  return `${plural(agreements, 'agreement')}${level}, ${plural(institutions, 'institution')}`;
}

export function weakSpots(data: CooperationData, options: WeakSpotsOptions = {}): WeakSpotsResult {
  const { graph } = data;
  const year = options.year ?? new Date().getFullYear();
  const countryOf = (node: string) => {
    const attributes = graph.getNodeAttributes(node);
    return attributes.type === 'Institution' ? attributes.country : node;
  };

  // Countries --------------------------------------------------------------------------------------------------
  const relationships = new Map<string, Relationship>();
  const relationship = (country: string) => {
    let found = relationships.get(country);
    if (!found) {
      relationships.set(
        country,
        (found = { agreements: new Set(), countryLevel: new Set(), institutions: new Set(), statedLinks: 0 }),
      );
    }
    return found;
  };
  for (const agreement of data.agreements) {
    for (const country of agreement.allCountries) {
      // The parties outside the country that the agreement ties to it (a hub's partners: only via the lead).
      const outside = agreement.parties.filter(
        (party) => countryOf(party) !== country && agreementReaches(agreement, party, country, countryOf),
      );
      if (agreement.allCountries.length < 2 && outside.length === 0) continue;
      const held = relationship(country);
      held.agreements.add(agreement.id);
      if (agreement.countryLevel) held.countryLevel.add(agreement.id);
      for (const party of outside) held.institutions.add(party);
    }
  }
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!attributes.stated || attributes.weight > 0) return;
    for (const [from, to] of [
      [source, target],
      [target, source],
    ] as const) {
      const country = countryOf(to);
      if (graph.getNodeAttribute(from, 'type') !== 'Institution' || country === null || countryOf(from) === country)
        continue;
      const held = relationship(country);
      held.statedLinks += 1;
      held.institutions.add(from);
    }
  });

  const countries: WeakCountry[] = [];
  for (const [country, held] of relationships) {
    const weaknesses: CountryWeakness[] = [];
    if (held.agreements.size === 0) weaknesses.push('no-agreement');
    if (held.agreements.size === 1) weaknesses.push('single-agreement');
    const countryLevel = held.countryLevel.size;
    if (held.institutions.size === 0) weaknesses.push('no-institution');
    // Agreements signed between countries hold the relationship too: one institution beside them is no weakness.
    if (held.institutions.size === 1 && countryLevel === 0) weaknesses.push('single-institution');
    if (weaknesses.length === 0) continue;
    const agreements = [...held.agreements]
      .map((id) => data.agreementsById.get(id)!)
      .map(({ id, name }) => ({ id, name }));
    const institutions = [...held.institutions].map((id) => institutionRef(graph, id)).sort(byName);
    const ref = countryRef(graph, country);
    const parts: string[] = [];
    if (held.agreements.size === 0)
      parts.push(`no agreement, only ${held.statedLinks} stated cooperation${held.statedLinks === 1 ? '' : 's'}`);
    if (held.agreements.size === 1) {
      parts.push(`a single ${countryLevel === 1 ? 'country-level ' : ''}agreement (${agreements[0]!.name})`);
    }
    if (held.institutions.size === 0) parts.push('no institution outside it is a party');
    if (held.institutions.size === 1 && countryLevel === 0)
      parts.push(`a single institution (${institutions[0]!.name})`);
    countries.push({
      country: ref,
      weaknesses,
      agreementCount: held.agreements.size,
      agreements: agreements.sort(byName).slice(0, LISTED),
      countryLevelAgreements: countryLevel,
      institutionCount: held.institutions.size,
      institutions: institutions.slice(0, LISTED),
      statedLinks: held.statedLinks,
      reason:
        `the relationship with ${ref.name} hangs on ${listNames(parts, 4)}` +
        (countryLevel > 0
          ? ` (${ref.name}: ${summary(held.agreements.size, countryLevel, held.institutions.size)})`
          : ''),
    });
  }
  countries.sort(
    (a, b) =>
      b.weaknesses.length - a.weaknesses.length ||
      a.agreementCount - b.agreementCount ||
      a.institutionCount - b.institutionCount ||
      byName(a.country, b.country),
  );

  // Institutions -----------------------------------------------------------------------------------------------
  const institutions: WeakInstitution[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.type !== 'Institution') return;
    const own = attributes.country;
    const abroad: string[] = [];
    const reached = new Set<string>();
    // Partnerships of its own and of its units count; ties through an alliance are memberships, not partners.
    const partners = [...ties(data, node)].filter(([, tie]) => tie.tie !== 'alliance').map(([partner]) => partner);
    for (const neighbor of partners) {
      const other = graph.getNodeAttributes(neighbor);
      if (other.type === 'Institution' && other.country !== own) {
        abroad.push(neighbor);
        if (other.country !== null) reached.add(other.country);
      }
    }
    for (const neighbor of partners) {
      const other = graph.getNodeAttributes(neighbor);
      if (other.type === 'Country' && neighbor !== own && !reached.has(neighbor)) abroad.push(neighbor);
    }
    if (abroad.length !== 1) return;
    const partner = abroad[0]!;
    const other = graph.getNodeAttributes(partner);
    const self = institutionRef(graph, node);
    institutions.push({
      institution: self,
      partner: { id: partner, type: other.type, name: other.name },
      reason:
        other.type === 'Country'
          ? `${self.name} works with one foreign country only, ${other.name}, and with no institution abroad`
          : `${self.name}'s only foreign partner is ${other.name}`,
    });
  });
  institutions.sort((a, b) => byName(a.institution, b.institution));

  // Agreements -------------------------------------------------------------------------------------------------
  const agreements: WeakAgreement[] = [];
  const describe = (agreement: Agreement, problems: AgreementProblem[]) => {
    const parts: string[] = [];
    if (problems.includes('ended')) {
      parts.push(
        agreement.status === 'ended'
          ? `it has ended${agreement.endYear !== null ? ` (${agreement.endYear})` : ''}`
          : `its end year ${agreement.endYear} has passed`,
      );
    }
    if (problems.includes('undated')) parts.push('it has no start or end year');
    return parts.join('; ');
  };
  for (const agreement of data.agreements) {
    const problems: AgreementProblem[] = [];
    if (agreement.status === 'ended' || (agreement.endYear !== null && agreement.endYear < year))
      problems.push('ended');
    if (agreement.startYear === null && agreement.endYear === null) problems.push('undated');
    if (problems.length === 0) continue;
    const { id, name, kind, startYear, endYear, status } = agreement;
    agreements.push({
      agreement: { id, name, kind, startYear, endYear, status },
      problems,
      parties: agreement.parties.map((party) => institutionRef(graph, party)).sort(byName),
      reason: describe(agreement, problems),
    });
  }
  agreements.sort(
    (a, b) =>
      Number(b.problems.includes('ended')) - Number(a.problems.includes('ended')) || byName(a.agreement, b.agreement),
  );

  return {
    year,
    definitions: {
      countries:
        'countries whose cross-border agreements number one or none (stated cooperation only), or whose ' +
        'relationship is held by one institution outside the country (or none); agreements between countries ' +
        '(no institution party) count as agreements and hold the relationship beside an institution',
      institutions:
        "institutions with exactly one foreign partner (their own and their units' partnerships; alliance " +
        'memberships do not count): one institution abroad, or one foreign country and no institution abroad',
      agreements: `agreements whose status is ended or whose end year is before ${year}, and agreements with no start or end year`,
    },
    countries,
    institutions,
    agreements,
  };
}
