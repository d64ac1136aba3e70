/**
 * Analytics as tables
 * ===================
 *
 * The main table of each analysis, for `?format=csv`: one row per gap, recommendation, field, broker, weak
 * spot or country pair, with the reasons in words and lists joined by "; ". Spreadsheet-safe: a cell that
 * starts like a formula is prefixed with a quote, so an institution named "=cmd…" stays text.
 */
import { stringify } from 'csv-stringify/sync';

import { escapeFormula } from '../../../core/csv-cells.js';
import type { BrokerNode } from '../../analytics/brokers.js';
import type { CountryNetwork } from '../../analytics/country-network.js';
import type { CoverageGapsResult } from '../../analytics/coverage-gaps.js';
import type { FieldCountryMatrix } from '../../analytics/field-country-matrix.js';
import type { RecommendationsResult } from '../../analytics/recommendations.js';
import type { WeakSpotsResult } from '../../analytics/weak-spots.js';

type Cell = string | number | boolean | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

const names = (items: { name: string }[]) => items.map((item) => item.name).join('; ');
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Neutralises cells a spreadsheet would run as formulas (CSV injection), as the export does. */
function safe(cell: Cell): Cell {
  return typeof cell === 'string' ? escapeFormula(cell) : cell;
}

export function toCsv(table: Table): string {
  return stringify(
    table.rows.map((row) => row.map(safe)),
    { header: true, columns: table.columns, cast: { boolean: (value) => String(value) } },
  );
}

export function coverageGapsTable(result: CoverageGapsResult): Table {
  return {
    columns: ['rank', 'country_code', 'country', 'peers', 'share', 'peer_agreements', 'named_peers', 'reason'],
    rows: result.gaps.map((gap, index) => [
      index + 1,
      gap.country.code,
      gap.country.name,
      gap.peerCount,
      round(gap.share),
      gap.agreements,
      names(gap.peers),
      gap.reason,
    ]),
  };
}

export function recommendationsTable(result: RecommendationsResult): Table {
  return {
    columns: [
      'rank',
      'id',
      'name',
      'kind',
      'country',
      'score',
      'link_score',
      'field_similarity',
      'country_similarity',
      'shared_partners',
      'shared_fields',
      'shared_countries',
      'reasons',
    ],
    rows: result.recommendations.map((item, index) => [
      index + 1,
      item.institution.id,
      item.institution.name,
      item.institution.kind,
      item.institution.country,
      round(item.score),
      round(item.linkScore),
      round(item.fieldSimilarity),
      round(item.countrySimilarity),
      names(item.sharedPartners),
      names(item.sharedFields),
      names(item.sharedCountries),
      item.reasons.join('; '),
    ]),
  };
}

/** One row per field, one column per country (ISO code); a last row for agreements without a field. */
export function matrixTable(result: FieldCountryMatrix): Table {
  const rows: Cell[][] = result.fields.map((field, index) => [
    field.id,
    field.name,
    result.fieldTotals[index]!,
    ...result.cells[index]!,
  ]);
  if (result.unclassified.agreements > 0)
    rows.push(['', '(no field)', result.unclassified.agreements, ...result.unclassified.byCountry]);
  return { columns: ['field_id', 'field', 'agreements', ...result.countries.map((country) => country.code)], rows };
}

export function brokersTable(nodes: BrokerNode[]): Table {
  return {
    columns: [
      'rank',
      'id',
      'type',
      'name',
      'kind',
      'country',
      'betweenness',
      'degree',
      'community',
      'communities_bridged',
      'reason',
    ],
    rows: nodes.map((node) => [
      node.rank,
      node.id,
      node.type,
      node.name,
      node.kind,
      node.country,
      round(node.betweenness),
      node.degree,
      node.community,
      node.communitiesBridged,
      node.reason,
    ]),
  };
}

/** The three lists in one table, told apart by `section`. */
export function weakSpotsTable(result: Pick<WeakSpotsResult, 'countries' | 'institutions' | 'agreements'>): Table {
  const rows: Cell[][] = [
    ...result.countries.map((item): Cell[] => [
      'country',
      item.country.id,
      item.country.name,
      item.weaknesses.join('; '),
      names(item.institutions),
      item.reason,
    ]),
    ...result.institutions.map((item): Cell[] => [
      'institution',
      item.institution.id,
      item.institution.name,
      'single-foreign-partner',
      item.partner.name,
      item.reason,
    ]),
    ...result.agreements.map((item): Cell[] => [
      'agreement',
      item.agreement.id,
      item.agreement.name,
      item.problems.join('; '),
      names(item.parties),
      item.reason,
    ]),
  ];
  return { columns: ['section', 'id', 'name', 'weaknesses', 'involved', 'reason'], rows };
}

export function countryNetworkTable(result: CountryNetwork): Table {
  const byId = new Map(result.nodes.map((node) => [node.id, node]));
  return {
    columns: ['source_code', 'source', 'target_code', 'target', 'agreements', 'stated_links', 'example_agreements'],
    rows: result.edges.map((edge) => [
      byId.get(edge.source)?.code ?? edge.source,
      byId.get(edge.source)?.name ?? edge.source,
      byId.get(edge.target)?.code ?? edge.target,
      byId.get(edge.target)?.name ?? edge.target,
      edge.weight,
      edge.statedLinks,
      names(edge.agreements),
    ]),
  };
}
