/**
 * Seeded randomness
 * =================
 *
 * mulberry32, a tiny 32-bit PRNG: the same seed gives the same dataset on every machine and Node version,
 * which Math.random cannot. On top of it, the few distributions the generator needs: uniform integers, picks,
 * shuffles, weighted picks (cumulative weights and a binary search, so picking among 100k institutions stays
 * cheap) and power laws.
 */

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('coopgraph generate: cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Shuffles in place (Fisher-Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }

  /**
   * A Pareto draw with minimum 1 and tail exponent `alpha`: P(X > x) = x^-alpha. alpha = 1.5 gives the
   * "most have one to three, a few have hundreds" shape of real collaboration networks.
   */
  pareto(alpha: number): number {
    return Math.pow(1 - this.next(), -1 / alpha);
  }

  /** A year from `from` to `to`, skewed towards `to`: international cooperation grew over the period. */
  recentYear(from: number, to: number, skew = 1.8): number {
    return to - Math.floor(Math.pow(this.next(), skew) * (to - from + 1));
  }
}

/** Picks items with probability proportional to their weights. */
export class WeightedPicker<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new Error('coopgraph generate: a weighted pick needs one weight per item and at least one item');
    }
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      sum += Math.max(0, weight);
      this.cumulative[index] = sum;
    });
    if (sum <= 0) throw new Error('coopgraph generate: weights must not all be zero');
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }

  /** Up to `count` distinct items (fewer when the list is shorter or the weights very uneven). */
  pickDistinct(random: Random, count: number, exclude: ReadonlySet<T> = new Set()): T[] {
    const picked = new Set<T>();
    const wanted = Math.min(count, this.items.length - exclude.size);
    for (let attempt = 0; picked.size < wanted && attempt < count * 20; attempt++) {
      const item = this.pick(random);
      if (!exclude.has(item)) picked.add(item);
    }
    return [...picked];
  }
}

/** Zipf weights 1, 1/2^s, 1/3^s, ... for items ranked by popularity. */
export const zipfWeights = (count: number, exponent = 1): number[] =>
  Array.from({ length: count }, (_, rank) => 1 / Math.pow(rank + 1, exponent));

/** Picks from a table of `[value, weight]` pairs. */
export function weightedTable<T>(table: readonly (readonly [T, number])[]): WeightedPicker<T> {
  return new WeightedPicker(
    table.map(([value]) => value),
    table.map(([, weight]) => weight),
  );
}
