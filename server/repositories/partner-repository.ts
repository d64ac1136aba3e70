/**
 * Partner repository
 * ==================
 *
 * Who an institution or a country cooperates with, from the materialised COOPERATES_WITH edges
 * (cypher/queries/partners/of.cypher says how a country's partners are defined), with the agreements behind
 * each partnership and the evidence for it.
 */
import { type Database, int } from '../db/database.js';
import type { NodeLabel } from '../../core/model.js';
import type { Provenance } from '../../core/contract/common.js';
import { asCountryCode } from './entity-repository.js';
import { type DocumentNames, documentNames, pairProvenance, uniqueProvenance, withoutNulls } from './provenance.js';

export interface PartnerAgreement {
  id: string;
  name: string;
  kind: string;
  startYear: number | null;
  fields: string[];
}

export interface Partnership {
  partner: { id: string; type: NodeLabel; name: string; kind?: string; country?: string };
  weight: number;
  stated: boolean;
  kinds: string[];
  firstYear: number | null;
  years: number[];
  agreements: PartnerAgreement[];
  evidence: Provenance[];
}

export interface Partners {
  entity: { id: string; type: NodeLabel; name: string };
  partners: Partnership[];
  total: number;
}

/** Per partner, at most this many agreements and evidence spans are listed (`weight` counts them all). */
export const MAX_AGREEMENTS = 100;
export const MAX_EVIDENCE = 50;

type Spans = { documents: unknown; evidence: unknown }[];

export class PartnerRepository {
  constructor(private readonly db: Database) {}

  async partners(id: string, limit: number): Promise<Partners | null> {
    const [entity] = await this.db.read('partners/resolve', { id, code: asCountryCode(id) });
    if (!entity) return null;
    const rows = await this.db.read('partners/of', {
      id: entity.id,
      limit: int(limit),
      maxAgreements: int(MAX_AGREEMENTS),
    });
    const documentIds = new Set<string>();
    for (const row of rows) {
      for (const span of row.spans as Spans) {
        if (Array.isArray(span.documents)) for (const document of span.documents) documentIds.add(String(document));
      }
    }
    const names: DocumentNames =
      documentIds.size > 0 ? documentNames(await this.db.read('entities/document-names', { ids: [...documentIds] })) : new Map();

    const partners = rows.map((row): Partnership => {
      const agreements = row.agreements as unknown as PartnerAgreement[];
      const evidence = uniqueProvenance(
        (row.spans as Spans).flatMap((span) => pairProvenance(span.documents, span.evidence, names)),
      ).slice(0, MAX_EVIDENCE);
      const years = [...new Set(agreements.map((a) => a.startYear).filter((y): y is number => typeof y === 'number'))];
      return {
        partner: withoutNulls(row.partner as Record<string, unknown>) as Partnership['partner'],
        weight: Number(row.weight ?? 0),
        stated: row.stated === true,
        kinds: (row.kinds as string[]) ?? [],
        firstYear: typeof row.firstYear === 'number' ? row.firstYear : null,
        years: years.sort((a, b) => a - b),
        agreements,
        evidence,
      };
    });
    return {
      entity: entity as unknown as Partners['entity'],
      partners,
      total: Number(rows[0]?.total ?? 0),
    };
  }
}
