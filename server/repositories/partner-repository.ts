/**
 * Partner repository
 * ==================
 *
 * Who an institution or a country cooperates with (cypher/queries/partners/of.cypher says how): for an
 * institution its own COOPERATES_WITH edges, and by default also those of its units ("via" the unit) and the
 * ties through the alliances it belongs to, each partner once with its strongest tie first (docs/data-model.md,
 * "Ties"). With the agreements behind each partnership (partners/agreements) and the evidence for it.
 */
import { type Database, int } from '../db/database.js';
import { TIES, type Tie } from '../../core/cooperation.js';
import type { Provenance } from '../../core/contract/common.js';
import type { PartnersResponse, Partnership, PartnerAgreement } from '../../core/contract/partners.js';
import { asCountryCode } from './entity-repository.js';
import { type DocumentNames, documentNames, pairProvenance, uniqueProvenance, withoutNulls } from './provenance.js';

export type { Partnership, PartnerAgreement };
export type Partners = PartnersResponse;

/** Per partner, at most this many agreements and evidence spans are listed (`weight` counts them all). */
export const MAX_AGREEMENTS = 100;
export const MAX_EVIDENCE = 50;

type Spans = { documents: unknown; evidence: unknown }[];
type Via = { id: string; name: string; kind?: string };

interface TieRow {
  partner: Partnership['partner'];
  tie: Tie;
  via: Via | null;
  a: string | null;
  b: string;
  weight: number;
  stated: boolean;
  kinds: string[];
  firstYear: number | null;
  agreementIds: string[];
  spans: Spans;
}

interface Grouped {
  partner: Partnership['partner'];
  rows: TieRow[];
  tie: Tie;
  via: Map<string, Via & { tie: Tie }>;
  agreementIds: Set<string>;
}

const rank = (tie: Tie) => TIES.indexOf(tie);

function group(rows: TieRow[]): Grouped[] {
  const byPartner = new Map<string, Grouped>();
  for (const row of rows) {
    let entry = byPartner.get(row.partner.id);
    if (!entry) {
      entry = { partner: row.partner, rows: [], tie: row.tie, via: new Map(), agreementIds: new Set() };
      byPartner.set(row.partner.id, entry);
    }
    entry.rows.push(row);
    if (rank(row.tie) < rank(entry.tie)) entry.tie = row.tie;
    if (row.via) entry.via.set(row.via.id, { ...withoutNulls(row.via), tie: row.tie });
    for (const id of row.agreementIds) entry.agreementIds.add(id);
  }
  return [...byPartner.values()];
}

export class PartnerRepository {
  constructor(private readonly db: Database) {}

  async partners(id: string, limit: number, options: { directOnly?: boolean } = {}): Promise<Partners | null> {
    const [entity] = await this.db.read('partners/resolve', { id, code: asCountryCode(id) });
    if (!entity) return null;
    const directOnly = options.directOnly ?? false;
    const rows = (await this.db.read('partners/of', {
      id: entity.id,
      directOnly,
      maxAgreements: int(MAX_AGREEMENTS),
    })) as unknown as TieRow[];

    // Strongest tie first (direct, through a unit, through an alliance), then more agreements, then by name.
    const grouped = group(rows).sort(
      (x, y) =>
        rank(x.tie) - rank(y.tie) ||
        y.agreementIds.size - x.agreementIds.size ||
        x.partner.name.toLowerCase().localeCompare(y.partner.name.toLowerCase()) ||
        (x.partner.id < y.partner.id ? -1 : 1),
    );
    const shown = grouped.slice(0, limit);

    const keyed = shown.flatMap((entry, index) =>
      entry.rows
        .filter((row) => row.agreementIds.length > 0)
        .map((row, part) => ({ key: `${index}:${part}`, a: row.a, b: row.b, agreementIds: row.agreementIds, index })),
    );
    const details =
      keyed.length > 0
        ? await this.db.read('partners/agreements', {
            rows: keyed.map(({ key, a, b, agreementIds }) => ({ key, a, b, agreementIds })),
            maxAgreements: int(MAX_AGREEMENTS),
          })
        : [];
    const byKey = new Map(details.map((row) => [String(row.key), row]));

    const documentIds = new Set<string>();
    const collectDocuments = (spans: Spans) => {
      for (const span of spans)
        if (Array.isArray(span.documents)) for (const d of span.documents) documentIds.add(String(d));
    };
    for (const entry of shown) for (const row of entry.rows) collectDocuments(row.spans);
    for (const row of details) collectDocuments(row.agreementSpans as Spans);
    const names: DocumentNames =
      documentIds.size > 0
        ? documentNames(await this.db.read('entities/document-names', { ids: [...documentIds] }))
        : new Map();

    const partners = shown.map((entry, index): Partnership => {
      const agreements = new Map<string, PartnerAgreement>();
      const spans: Spans = entry.rows.flatMap((row) => row.spans);
      for (const item of keyed.filter((k) => k.index === index)) {
        const detail = byKey.get(item.key);
        if (!detail) continue;
        for (const agreement of detail.agreements as unknown as PartnerAgreement[]) {
          agreements.set(
            agreement.id,
            withoutNulls(agreement as unknown as Record<string, unknown>) as unknown as PartnerAgreement,
          );
        }
        spans.push(...(detail.agreementSpans as Spans));
      }
      const listed = [...agreements.values()]
        .map((a) => ({ ...a, startYear: a.startYear ?? null }))
        .sort(
          (x, y) =>
            (x.startYear ?? 9999) - (y.startYear ?? 9999) || x.name.toLowerCase().localeCompare(y.name.toLowerCase()),
        )
        .slice(0, MAX_AGREEMENTS);
      const evidence: Provenance[] = uniqueProvenance(
        spans.flatMap((span) => pairProvenance(span.documents, span.evidence, names)),
      ).slice(0, MAX_EVIDENCE);
      const years = [...new Set(listed.map((a) => a.startYear).filter((y): y is number => typeof y === 'number'))];
      const firstYears = entry.rows.map((row) => row.firstYear).filter((y): y is number => typeof y === 'number');
      return {
        partner: withoutNulls(entry.partner as unknown as Record<string, unknown>) as Partnership['partner'],
        tie: entry.tie,
        direct: entry.rows.some((row) => row.tie === 'direct'),
        via: [...entry.via.values()].sort((x, y) => rank(x.tie) - rank(y.tie) || x.name.localeCompare(y.name)),
        weight: entry.agreementIds.size,
        stated: entry.rows.some((row) => row.stated === true),
        kinds: [...new Set(entry.rows.flatMap((row) => row.kinds ?? []))],
        firstYear: firstYears.length > 0 ? Math.min(...firstYears) : null,
        years: years.sort((a, b) => a - b),
        agreements: listed,
        evidence,
      };
    });

    // "4 direct, 14 through Faculty of ...": partners per strongest tie, and per unit or alliance.
    const counts = { direct: 0, unit: 0, alliance: 0 };
    const through = new Map<string, Via & { tie: Tie; partners: number }>();
    for (const entry of grouped) {
      counts[entry.tie] += 1;
      for (const via of entry.via.values()) {
        const found = through.get(via.id) ?? { ...via, partners: 0 };
        found.partners += 1;
        through.set(via.id, found);
      }
    }
    return {
      entity: entity as unknown as Partners['entity'],
      directOnly,
      counts,
      through: [...through.values()].sort(
        (x, y) => rank(x.tie) - rank(y.tie) || y.partners - x.partners || x.name.localeCompare(y.name),
      ),
      partners,
      total: grouped.length,
    };
  }
}
