/**
 * Search repository
 * =================
 *
 * Full-text search over the `entity_names` index (cypher/schema.cypher) with a Lucene query built from the
 * user's words (./lucene.ts), so typos, partial words and hostile input all answer normally.
 */
import { type Database, int } from '../db/database.js';
import type { NodeLabel } from '../../core/model.js';
import { luceneQuery } from './lucene.js';
import { withoutNulls } from './provenance.js';

export interface SearchHit {
  id: string;
  type: NodeLabel;
  name: string;
  aliases: string[];
  kind?: string;
  country?: string;
  score: number;
}

export class SearchRepository {
  constructor(private readonly db: Database) {}

  async search(text: string, types: NodeLabel[] | undefined, limit: number): Promise<SearchHit[]> {
    const lucene = luceneQuery(text);
    if (lucene === null) return [];
    const rows = await this.db.read('search/entities', { lucene, types: types ?? null, limit: int(limit) });
    return rows.map((row) => withoutNulls(row) as unknown as SearchHit);
  }
}
