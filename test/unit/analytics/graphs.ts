/**
 * Hand-made cooperation graphs
 * ============================
 *
 * Small builders for the rows `buildCooperationData` takes, so each analytics test spells out its graph in a
 * few lines and works out the expected answers by hand. Edges are written as the loader would derive them.
 */
import {
  type AgreementRow,
  type CooperationData,
  type CooperationRow,
  type CountryRow,
  type InstitutionRow,
  buildCooperationData,
} from '../../../server/analytics/model.js';

const REGIONS: Record<string, [string, string]> = {
  CN: ['China', 'Asia'],
  JP: ['Japan', 'Asia'],
  KR: ['South Korea', 'Asia'],
  TH: ['Thailand', 'Asia'],
  MY: ['Malaysia', 'Asia'],
  UZ: ['Uzbekistan', 'Asia'],
  FR: ['France', 'Europe'],
  DE: ['Germany', 'Europe'],
  GB: ['United Kingdom', 'Europe'],
  IT: ['Italy', 'Europe'],
  RU: ['Russia', 'Europe'],
  US: ['United States', 'Americas'],
  BR: ['Brazil', 'Americas'],
};

/** `country-cn` for `CN`, as the loader names countries. */
export const c = (code: string) => `country-${code.toLowerCase()}`;

export function country(code: string): CountryRow {
  const [name, region] = REGIONS[code] ?? [code, null];
  return { id: c(code), code, name, region };
}

export function institution(
  id: string,
  options: {
    kind?: string;
    country?: string;
    fields?: string[];
    parents?: string[];
    memberOf?: string[];
    name?: string;
  } = {},
): InstitutionRow {
  return {
    id,
    name: options.name ?? id.toUpperCase(),
    kind: options.kind ?? 'university',
    country: options.country ? c(options.country) : null,
    fields: options.fields ?? [],
    parents: options.parents ?? [],
    memberOf: options.memberOf ?? [],
  };
}

/** A COOPERATES_WITH edge; a two-letter upper-case target is a country. */
export function edge(
  source: string,
  target: string,
  options: { weight?: number; stated?: boolean; agreements?: string[] } = {},
): CooperationRow {
  const agreementIds = options.agreements ?? [];
  return {
    source,
    target: /^[A-Z]{2}$/.test(target) ? c(target) : target,
    weight: options.weight ?? (options.stated ? 0 : Math.max(1, agreementIds.length)),
    stated: options.stated ?? false,
    agreementIds,
  };
}

export function agreement(
  id: string,
  options: {
    parties?: string[];
    countries?: string[];
    fields?: string[];
    startYear?: number;
    endYear?: number;
    status?: string;
    kind?: string;
  } = {},
): AgreementRow {
  return {
    id,
    name: options.kind ? `${id} (${options.kind})` : id.toUpperCase(),
    kind: options.kind ?? 'mou',
    startYear: options.startYear ?? null,
    endYear: options.endYear ?? null,
    status: options.status ?? null,
    parties: options.parties ?? [],
    countries: (options.countries ?? []).map(c),
    fields: options.fields ?? [],
  };
}

export function data(parts: {
  countries?: string[];
  fields?: string[];
  institutions?: InstitutionRow[];
  edges?: CooperationRow[];
  agreements?: AgreementRow[];
}): CooperationData {
  return buildCooperationData({
    countries: (parts.countries ?? Object.keys(REGIONS)).map(country),
    fields: (parts.fields ?? []).map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1).replaceAll('-', ' ') })),
    institutions: parts.institutions ?? [],
    cooperation: parts.edges ?? [],
    agreements: parts.agreements ?? [],
  });
}

/** Undirected institution–institution edges from "a-b" strings. */
export function links(...pairs: string[]): CooperationRow[] {
  return pairs.map((pair) => {
    const [source, target] = pair.split('-') as [string, string];
    return edge(source, target);
  });
}
