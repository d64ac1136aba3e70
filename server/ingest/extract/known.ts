/**
 * The graph's names from the database
 * ===================================
 *
 * Reads every node's name and aliases for the extraction's gazetteer and resolver (cypher/queries/extract).
 */
import { isNodeLabel } from '../../../core/model.js';
import type { Database } from '../../db/database.js';
import type { EntityType, KnownEntity } from './types.js';

export async function readKnownEntities(db: Database): Promise<KnownEntity[]> {
  const rows = await db.read('extract/known-names', {}, 120_000);
  const out: KnownEntity[] = [];
  for (const row of rows) {
    const label = row.label;
    if (!isNodeLabel(label) || label === 'Document' || typeof row.name !== 'string') continue;
    out.push({
      id: String(row.id),
      type: label as EntityType,
      name: row.name,
      aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
      ...(typeof row.kind === 'string' ? { kind: row.kind } : {}),
      ...(typeof row.code === 'string' ? { code: row.code } : {}),
    });
  }
  return out;
}
