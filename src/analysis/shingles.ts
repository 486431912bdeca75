/**
 * Word shingles: every run of k consecutive folded words, hashed to 32 bits. Function words are kept:
 * copy detection is about the same wording, not the same topic.
 */
import { combine32, fnv1a32 } from './hash.js';
import type { Word } from './words.js';

/**
 * The hash of every shingle in text order; a shingle that occurs twice is there twice: the only use is MinHash,
 * whose per-bin minima repeats do not change, and a set of them cost more than the rest of the signature.
 */
export function shingleHashes(ws: readonly Word[], k = 5): Uint32Array {
  if (ws.length === 0) return new Uint32Array(0);
  // hash each word once and combine k word hashes per shingle: no k-word strings are built
  const wh = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) wh[i] = fnv1a32(ws[i]!.norm);
  const n = Math.max(1, ws.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = wh[i]!;
    for (let j = 1; j < k && i + j < ws.length; j++) h = combine32(h, wh[i + j]!);
    out[i] = h;
  }
  return out;
}
