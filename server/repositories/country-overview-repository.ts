/**
 * Countries overview repository
 * =============================
 *
 * GET /api/network/countries: the cooperation network summed up by country (cypher/queries/network/
 * country-overview.cypher counts the links per ordered pair of countries in one pass over the cooperation edges;
 * here both directions of a pair are added up). The
 * explorer opens on it when the graph is too large to draw whole, and drills down from a country into its
 * institutions (GET /api/network?countries=…).
 */
import type { Database } from '../db/database.js';
import { CROSS_BORDER, type CountryOverview, type CountryOverviewNode } from '../../core/contract/network.js';
import { relationshipId } from '../../core/model.js';

export class CountryOverviewRepository {
  constructor(private readonly db: Database) {}

  async overview(): Promise<CountryOverview> {
    const rows = await this.db.read('network/country-overview', {});
    const countries = new Map<string, CountryOverviewNode>();
    // Unordered pairs: the query counts each direction apart.
    const pairs = new Map<string, { one: string; other: string; links: number }>();
    let institutions = 0;
    let links = 0;
    for (const row of rows) {
      const one = row.one === null ? null : String(row.one);
      if (one === null) {
        institutions = Number(row.institutions);
      } else if (row.other === null) {
        countries.set(one, {
          id: String(row.id),
          type: 'Country',
          name: String(row.name),
          kind: null,
          country: one,
          partners: 0,
          institutions: Number(row.institutions),
          domestic: 0,
        });
      } else {
        const [first, second] = [one, String(row.other)].sort();
        const key = `${first} ${second}`;
        const pair = pairs.get(key) ?? { one: first!, other: second!, links: 0 };
        pair.links += Number(row.links);
        pairs.set(key, pair);
      }
    }
    const edges: CountryOverview['edges'] = [];
    for (const pair of pairs.values()) {
      const a = countries.get(pair.one);
      const b = countries.get(pair.other);
      if (!a || !b) continue; // A code without its Country node: nothing to draw it as.
      links += pair.links;
      if (a === b) {
        a.domestic = pair.links;
        continue;
      }
      a.partners += 1;
      b.partners += 1;
      edges.push({
        id: relationshipId(a.id, CROSS_BORDER, b.id),
        source: a.id,
        target: b.id,
        type: CROSS_BORDER,
        weight: pair.links,
        kinds: [],
        firstYear: null,
        stated: false,
      });
    }
    const nodes = [...countries.values()].sort((a, b) => b.institutions - a.institutions || a.id.localeCompare(b.id));
    const located = nodes.reduce((sum, node) => sum + node.institutions, 0);
    edges.sort((a, b) => b.weight! - a.weight! || a.id.localeCompare(b.id));
    return { nodes, edges, total: { institutions, located, links } };
  }
}
