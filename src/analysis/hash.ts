/**
 * 32-bit hashing used by the shingle, MinHash and index code. Written here (not an npm MinHash package):
 * FNV-1a for strings, the MurmurHash3 finaliser to spread bits, and a seeded family of hash functions
 * h_i(x) = fmix32(x XOR seed_i), which behave like independent random permutations for MinHash.
 */

/** FNV-1a over UTF-16 code units; stable across runs and platforms. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3 finaliser: an avalanche over 32 bits. */
export function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Combine two 32-bit hashes (order-sensitive). */
export function combine32(a: number, b: number): number {
  return fmix32((Math.imul(a ^ 0x9e3779b9, 31) + b) >>> 0);
}

/** `count` seeds from a deterministic generator (splitmix-like), so signatures are reproducible. */
export function hashSeeds(count: number, seed = 0x5eed1234): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = fmix32(s);
  }
  return out;
}
