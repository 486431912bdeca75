/**
 * Seeded randomness addressed by key: `rngFor(seed, 'story', 17)` always yields the same stream,
 * whatever was generated before. This is what lets the corpus generate article i on demand
 * without generating articles 0..i-1 first (streaming, random access, bounded memory).
 */

/** 32-bit FNV-1a over a string, folded into a running hash. */
function fold(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32) so that neighbouring keys give unrelated seeds. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashKey(seed: number, ...keys: (string | number)[]): number {
  let h = fold(0x811c9dc5, String(seed));
  for (const k of keys) h = fold(h ^ 0x2f, String(k));
  return mix(h);
}

/** A small fast PRNG (mulberry32); good enough for text generation, not for cryptography. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** uniform in [0, 1) */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** integer in [lo, hi] inclusive */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** pick by weights (parallel array) */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** a fresh independent stream derived from this one */
  fork(): Rng {
    return new Rng(mix(Math.floor(this.next() * 4294967296)));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

export function rngFor(seed: number, ...keys: (string | number)[]): Rng {
  return new Rng(hashKey(seed, ...keys));
}
