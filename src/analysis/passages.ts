/**
 * Shared passages of two texts: maximal runs of at least `minWords` identical (folded) words, found through
 * a hash of every `minWords`-word window of the first text (from its words' hashes), then extended word by word. Linear in the
 * lengths of the texts. The runs are the evidence shown for a copy, with offsets into both documents.
 */
import { combine32, fnv1a32 } from './hash.js';
import type { Word } from './words.js';

export interface PassageMatch {
  a: { start: number; end: number };
  b: { start: number; end: number };
  words: number;
}

/** fnv1a32 of each word's folded form. */
export function wordHashes(ws: readonly Word[]): Uint32Array {
  const out = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = fnv1a32(ws[i]!.norm);
  return out;
}

/**
 * The hash of the k-word window at i, from the words' hashes. Only a key to find candidates: a candidate counts
 * only when its words are equal (sharedPassages compares them), so the hash decides no match, and windows with
 * equal words always have equal hashes.
 */
function windowHash(wh: Uint32Array, i: number, k: number): number {
  let h = wh[i]!;
  for (let j = 1; j < k; j++) h = combine32(h, wh[i + j]!);
  return h;
}

/** Every `minWords`-word window of a text by hash, in text order: built once for a text compared with several. */
export interface PassageIndex {
  words: readonly Word[];
  minWords: number;
  windows: Map<number, number[]>;
}

export function passageIndex(a: readonly Word[], minWords = 8): PassageIndex {
  const windows = new Map<number, number[]>();
  const wh = wordHashes(a);
  for (let i = 0; i + minWords <= a.length; i++) {
    const h = windowHash(wh, i, minWords);
    const list = windows.get(h);
    if (list) list.push(i);
    else windows.set(h, [i]);
  }
  return { words: a, minWords, windows };
}

/** Shared passages of `a` and `b`; `index` is passageIndex(a, minWords) when the caller has it. */
export function sharedPassages(a: readonly Word[], b: readonly Word[], minWords = 8, index?: PassageIndex): PassageMatch[] {
  if (a.length < minWords || b.length < minWords) return [];
  const windows = (index && index.words === a && index.minWords === minWords ? index : passageIndex(a, minWords)).windows;
  const wb = wordHashes(b);
  const out: PassageMatch[] = [];
  const usedA = new Uint8Array(a.length);
  let j = 0;
  while (j + minWords <= b.length) {
    const starts = windows.get(windowHash(wb, j, minWords));
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

export interface SentenceKey {
  hash: number;
  /** the sentence holds a figure (a number of two or more digits that is not a year) */
  figure: boolean;
  /** the sentence holds quotation marks: a statement other reports may quote verbatim on their own */
  quoted: boolean;
  words: number;
}

const QUOTE = /["„“”«»‚‘’]/;

const YEAR = /^(?:19|20)\d\d$/;
const DIGIT = /\d/;

/**
 * One hash per sentence of at least `minWords` folded words. A rewrite keeps some sentences of its source word
 * for word; two independent reports rarely write the same whole sentence unless it is stock text (which the
 * caller filters by document frequency). Sentences split where a word starts a sentence after white space, so
 * "13.463" (a German thousands separator) does not split.
 */
export function sentenceKeys(text: string, ws: readonly Word[], minWords = 6): SentenceKey[] {
  const out: SentenceKey[] = [];
  let h = 0;
  let n = 0;
  let figure = false;
  let first = 0;
  const flush = (end: number) => {
    if (n >= minWords) out.push({ hash: h, figure, quoted: QUOTE.test(text.slice(first > 0 ? first - 1 : 0, end + 1)), words: n });
    h = 0;
    n = 0;
    figure = false;
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i > 0 && w.sentenceStart && /\s/.test(text.slice(ws[i - 1]!.end, w.start))) flush(ws[i - 1]!.end);
    if (n === 0) first = w.start;
    const wh = fnv1a32(w.norm);
    h = n === 0 ? wh : combine32(h, wh);
    n++;
    if (!figure && w.norm.length > 1 && DIGIT.test(w.norm) && !YEAR.test(w.norm)) figure = true;
  }
  if (ws.length > 0) flush(ws[ws.length - 1]!.end);
  return out;
}
