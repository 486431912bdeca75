/**
 * MinHash signatures (Broder): for each of `size` seeded hash functions, the minimum hash over a document's
 * shingles. The share of equal positions in two signatures estimates the Jaccard similarity of the shingle sets.
 * Signatures keep the low 16 bits of each minimum (b-bit MinHash, Li & König): half the memory, and the chance
 * that two different minima agree by accident (1/65536) is negligible for our thresholds.
 */
import { fmix32, hashSeeds } from './hash.js';

export class MinHasher {
  readonly seeds: Uint32Array;
  private readonly binBits: number;
  /**
   * One-permutation hashing (Li, Owen & Zhang 2012) with densification by rotation (Shrivastava 2017):
   * each shingle is hashed once, its top bits choose one of `size` bins and each bin keeps its minimum.
   * That is O(shingles + size) per document instead of O(shingles * size) for `size` separate hash functions,
   * with the same collision property: P(bin values agree) ≈ Jaccard similarity. `size` must be a power of two.
   */
  constructor(readonly size = 64, seed = 0x5eed1234) {
    if (size < 2 || (size & (size - 1)) !== 0) throw new Error(`MinHash size must be a power of two, got ${size}`);
    this.seeds = hashSeeds(2, seed);
    this.binBits = Math.log2(size);
  }

  /** Per-bin minima (values below 2^(32-binBits)); an empty set gives all-ones. */
  minima(shingles: Uint32Array): Uint32Array {
    const k = this.size;
    const shift = 32 - this.binBits;
    const low = shift === 32 ? 0xffffffff : (1 << shift) - 1 >>> 0;
    const out = new Uint32Array(k).fill(0xffffffff);
    const seed = this.seeds[0]!;
    for (let s = 0; s < shingles.length; s++) {
      const h = fmix32(shingles[s]! ^ seed);
      const bin = h >>> shift;
      const v = (h & low) >>> 0;
      if (v < out[bin]!) out[bin] = v;
    }
    if (shingles.length === 0) return out;
    // densify: an empty bin borrows the value of the next non-empty bin to its right, marked by the distance,
    // so that two documents agree on an empty bin exactly when they agree on the borrowed one
    const filled = out.slice();
    for (let i = 0; i < k; i++) {
      if (filled[i] !== 0xffffffff) continue;
      let j = i;
      let d = 0;
      do {
        j = (j + 1) % k;
        d++;
      } while (filled[j] === 0xffffffff);
      out[i] = fmix32(filled[j]! ^ Math.imul(d, 0x9e3779b1) ^ this.seeds[1]!);
    }
    return out;
  }
}

/** Compact signature: the low 16 bits of each minimum. */
export function compact(minima: Uint32Array, into: Uint16Array, offset = 0): void {
  for (let i = 0; i < minima.length; i++) into[offset + i] = minima[i]! & 0xffff;
}

/** Estimated Jaccard similarity of two compact signatures stored in flat arrays. */
export function similarity(a: Uint16Array, aOff: number, b: Uint16Array, bOff: number, size: number): number {
  let eq = 0;
  for (let i = 0; i < size; i++) if (a[aOff + i] === b[bOff + i]) eq++;
  // correct for accidental 16-bit agreement: P(eq) = J + (1 - J) / 65536
  const p = eq / size;
  const c = 1 / 65536;
  return Math.max(0, (p - c) / (1 - c));
}
