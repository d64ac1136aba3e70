/**
 * Resolution against the graph
 * ============================
 *
 * For each proposed entity, the existing nodes it may be, each with a score and the reason: the same name or
 * alias, the same normalised name, an acronym, a transliteration variant (Gusakov / Gushakov / Gusekov), a
 * short form ("Ocean University" for "Ocean University of China"), or a similar spelling. A person confirms a
 * merge in the review; only the certain ones (same name or alias, score 1) are resolved automatically.
 */
import { countryId } from '../../../core/countries.js';
import { isAcronymOf, isShortForm, jaroWinkler, transliterationVariant } from './similarity.js';
import { normalise } from './text.js';
import type { Candidate, Entity, KnownEntity, ResolutionReason } from './types.js';

export const AUTO_RESOLVE_SCORE = 0.99;
const MAX_CANDIDATES = 5;

export class GraphIndex {
  private readonly byKey = new Map<string, Array<{ entity: KnownEntity; alias: string; isName: boolean }>>();
  private readonly byType = new Map<string, KnownEntity[]>();
  readonly ids: Set<string>;

  constructor(readonly known: readonly KnownEntity[]) {
    this.ids = new Set(known.map((entity) => entity.id));
    for (const entity of known) {
      const list = this.byType.get(entity.type) ?? [];
      list.push(entity);
      this.byType.set(entity.type, list);
      for (const alias of new Set([entity.name, ...entity.aliases])) {
        const key = normalise(alias);
        if (!key) continue;
        const entries = this.byKey.get(key) ?? [];
        entries.push({ entity, alias, isName: alias === entity.name });
        this.byKey.set(key, entries);
      }
    }
  }

  candidates(entity: Entity): Candidate[] {
    const found = new Map<string, Candidate>();
    const offer = (known: KnownEntity, score: number, reason: ResolutionReason) => {
      const current = found.get(known.id);
      if (!current || current.score < score)
        found.set(known.id, { id: known.id, name: known.name, type: known.type, score, reason });
    };
    if (entity.type === 'Country') {
      const country = (this.byType.get('Country') ?? []).find(
        (known) => known.code === entity.code || known.id === countryId(entity.code!),
      );
      if (country) offer(country, 1, 'same country');
      return [...found.values()];
    }
    const names = [entity.name, ...entity.aliases];
    for (const name of names) {
      for (const entry of this.byKey.get(normalise(name)) ?? []) {
        if (entry.entity.type !== entity.type) continue;
        const exact = [entry.entity.name, ...entry.entity.aliases].includes(name);
        offer(entry.entity, exact ? 1 : 0.95, exact ? (entry.isName ? 'same name' : 'same alias') : 'normalised name');
      }
    }
    // The slower comparisons run over the nodes of the same label only.
    const pool = this.byType.get(entity.type) ?? [];
    if (pool.length <= 50_000) {
      for (const known of pool) {
        if (found.has(known.id)) continue;
        const theirs = [known.name, ...known.aliases];
        for (const name of names) {
          for (const other of theirs) {
            if (/^[A-Z]{2,8}$/.test(name) && isAcronymOf(name, other.split(/[,(]/)[0]!)) offer(known, 0.85, 'acronym');
            else if (/^[A-Z]{2,8}$/.test(other) && isAcronymOf(other, name.split(/[,(]/)[0]!))
              offer(known, 0.85, 'acronym');
            else if (entity.type === 'Person' && personVariant(name, other))
              offer(known, 0.8, 'transliteration variant');
            else if (isShortForm(name, other) || isShortForm(other, name)) offer(known, 0.75, 'short form');
            else {
              const similarity = jaroWinkler(normalise(name), normalise(other));
              if (similarity >= 0.93 && normalise(name).length > 6)
                offer(known, Math.round(similarity * 0.8 * 100) / 100, 'similar name');
            }
          }
        }
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
  }
}

/** Two person names that differ only by the transliteration of one part: "Gushakov" and "Vladimir Gusakov". */
function personVariant(a: string, b: string): boolean {
  const x = normalise(a).split(' ');
  const y = normalise(b).split(' ');
  if (x.length === 1 || y.length === 1) {
    const short = x.length === 1 ? x[0]! : y[0]!;
    const long = x.length === 1 ? y : x;
    return long.some((part) => part === short || transliterationVariant(part, short));
  }
  return (
    x.length === y.length && x.every((part, index) => part === y[index] || transliterationVariant(part, y[index]!))
  );
}
