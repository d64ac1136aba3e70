/**
 * Stats repository
 * ================
 *
 * Sizes of the graph and its best-connected institutions and countries (GET /api/stats).
 */
import { type Database, int } from '../db/database.js';

export interface Stats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  topInstitutions: { id: string; name: string; partners: number }[];
  topCountries: { id: string; code: string; name: string; partners: number }[];
}

const counts = (rows: { key?: unknown; count?: unknown }[]) =>
  Object.fromEntries(rows.map((row) => [String(row.key), Number(row.count)]));

export class StatsRepository {
  constructor(private readonly db: Database) {}

  async stats(top: number): Promise<Stats> {
    const [nodes, relationships, topInstitutions, topCountries] = await Promise.all([
      this.db.read('stats/nodes'),
      this.db.read('stats/relationships'),
      this.db.read('stats/top-institutions', { limit: int(top) }),
      this.db.read('stats/top-countries', { limit: int(top) }),
    ]);
    return {
      nodes: counts(nodes),
      relationships: counts(relationships),
      topInstitutions: topInstitutions as unknown as Stats['topInstitutions'],
      topCountries: topCountries as unknown as Stats['topCountries'],
    };
  }
}
