/**
 * Stats repository
 * ================
 *
 * Sizes of the graph and its best-connected institutions and countries (GET /api/stats).
 */
import { type Database, int } from '../db/database.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../core/model.js';
import { cooperationState } from '../ingest/derive.js';
import type { CooperationState } from '../../core/contract/stats.js';

export interface Stats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  topInstitutions: { id: string; name: string; partners: number }[];
  topCountries: { id: string; code: string; name: string; partners: number }[];
  cooperation: CooperationState;
}

/**
 * Counts by key, every key of the model present: Neo4j's count-store plan answers a label or type that has no
 * node or relationship with no row at all (not a row with 0), and the response schema needs every key.
 */
function counts(keys: readonly string[], rows: { key?: unknown; count?: unknown }[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const row of rows) out[String(row.key)] = Number(row.count ?? 0);
  return out;
}

export class StatsRepository {
  constructor(private readonly db: Database) {}

  async stats(top: number): Promise<Stats> {
    const [nodes, relationships, topInstitutions, topCountries, cooperation] = await Promise.all([
      this.db.read('stats/nodes'),
      this.db.read('stats/relationships'),
      this.db.read('stats/top-institutions', { limit: int(top) }),
      this.db.read('stats/top-countries', { limit: int(top) }),
      cooperationState(this.db),
    ]);
    return {
      nodes: counts(NODE_LABELS, nodes),
      relationships: counts(RELATIONSHIP_TYPES, relationships),
      topInstitutions: topInstitutions as unknown as Stats['topInstitutions'],
      topCountries: topCountries as unknown as Stats['topCountries'],
      cooperation,
    };
  }
}
