/**
 * Word shingles: every run of k consecutive folded words, hashed to 32 bits. Function words are kept:
 * copy detection is about the same wording, not the same topic.
 */
import { fnv1a32 } from './hash.js';
import type { Word } from './words.js';

export function shingleHashes(ws: readonly Word[], k = 5): Uint32Array {
  if (ws.length === 0) return new Uint32Array(0);
  const seen = new Set<number>();
  const n = Math.max(1, ws.length - k + 1);
  for (let i = 0; i < n; i++) {
    let s = ws[i]!.norm;
    for (let j = 1; j < k && i + j < ws.length; j++) s += ' ' + ws[i + j]!.norm;
    seen.add(fnv1a32(s));
  }
  return Uint32Array.from(seen);
}
