/**
 * Shared passages of two texts: maximal runs of at least `minWords` identical (folded) words, found through
 * a hash of every `minWords`-word window of the first text, then extended word by word. Linear in the
 * lengths of the texts. The runs are the evidence shown for a copy, with offsets into both documents.
 */
import { fnv1a32 } from './hash.js';
import type { Word } from './words.js';

export interface PassageMatch {
  a: { start: number; end: number };
  b: { start: number; end: number };
  words: number;
}

function windowHash(ws: readonly Word[], i: number, k: number): number {
  let s = ws[i]!.norm;
  for (let j = 1; j < k; j++) s += ' ' + ws[i + j]!.norm;
  return fnv1a32(s);
}

export function sharedPassages(a: readonly Word[], b: readonly Word[], minWords = 8): PassageMatch[] {
  if (a.length < minWords || b.length < minWords) return [];
  const index = new Map<number, number[]>();
  for (let i = 0; i + minWords <= a.length; i++) {
    const h = windowHash(a, i, minWords);
    const list = index.get(h);
    if (list) list.push(i);
    else index.set(h, [i]);
  }
  const out: PassageMatch[] = [];
  const usedA = new Uint8Array(a.length);
  let j = 0;
  while (j + minWords <= b.length) {
    const starts = index.get(windowHash(b, j, minWords));
    let best: { i: number; len: number } | null = null;
    for (const i of starts ?? []) {
      if (usedA[i]) continue;
      let len = 0;
      while (i + len < a.length && j + len < b.length && a[i + len]!.norm === b[j + len]!.norm) len++;
      if (len >= minWords && (!best || len > best.len)) best = { i, len };
    }
    if (!best) {
      j++;
      continue;
    }
    for (let k = 0; k < best.len; k++) usedA[best.i + k] = 1;
    out.push({
      a: { start: a[best.i]!.start, end: a[best.i + best.len - 1]!.end },
      b: { start: b[j]!.start, end: b[j + best.len - 1]!.end },
      words: best.len,
    });
    j += best.len;
  }
  return out;
}
