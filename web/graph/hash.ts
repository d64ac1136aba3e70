/**
 * Stable hashes
 * =============
 *
 * FNV-1a over strings: seeds deterministic positions from node ids (the same data lays out the same on every
 * reload) and names a data version for the positions cache.
 */

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A number in [0, 1) from a string; `salt` gives independent values for the same string. */
export function unitHash(text: string, salt = 0): number {
  return fnv1a(text, (0x811c9dc5 ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0) / 0x100000000;
}

/** A short hex digest of many strings, order-sensitive (callers sort when order should not matter). */
export function digest(parts: Iterable<string>): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (const part of parts) {
    a = fnv1a(part, a);
    b = fnv1a(part, b ^ a);
    a = fnv1a('|', a);
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
