import { HASH_SEED, hashStep, WordTable, type Word } from '../text/word-table.js';
import type { Sub } from './word-index.js';

/**
 * The words of a sentence, read once and shared by every table scan of it (speech verbs, frames, measure terms,
 * hedges, scope cues): where each word starts and its text as written and lower-cased. A scan looks a word up in
 * the set of words its table can start with (first-words.ts) and runs its regex only there.
 *
 * A "word" is a run of letters and digits that starts where a scan may match (after no letter or digit, as
 * pattern.ts's startsWord). A run holding a character whose case folding is not plain (see PLAIN) or a surrogate
 * is kept with a null key: a scan tries its regex at every word start inside it, as before.
 */
export interface SentenceWords {
  /** the scanned slice, text[from, to) */
  s: string;
  /** word starts, offsets in `s` */
  starts: number[];
  /** the word (shared by every sentence it occurs in); null: tried by every scan with its whole regex */
  words: Array<ScanWord | null>;
}

/** What each word index (word-index.ts) makes of a word, by index id: the regex to try there, or NONE. */
export type ScanWord = Word<Array<Sub | typeof NONE>>;

/** no alternative of the index can start with the word */
export const NONE = 0;

/** 1: a letter or digit whose lower case is what a regex's i flag folds it to; 2: another letter or digit; 0: neither */
const unitClass = new Uint8Array(0x10000);
const PLAIN = 'äöüÄÖÜßéèêáàâíìîóòôúùûçñÉÈÊÁÀÂÍÌÎÓÒÔÚÙÛÇÑ';
const WORD_CHAR = /[\p{L}\p{N}]/u;
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: not word units for startsWord; see readRun
  const ch = String.fromCharCode(c);
  unitClass[c] = !WORD_CHAR.test(ch) ? 0 : (c < 0x80 || PLAIN.includes(ch)) ? 1 : 2;
}

/** Can a word start with this code unit (a letter, a digit, or half of a surrogate pair)? */
export function isWordStartUnit(c: number): boolean {
  return unitClass[c] !== 0 || isSurrogate(c);
}

/** Words seen before, found by their characters in place (no substring, no lower-casing, no string hashing). */
const table = new WordTable<Array<Sub | typeof NONE>>();

/** The words of s, in order. */
export function readWords(s: string): SentenceWords {
  const out: SentenceWords = { s, starts: [], words: [] };
  let p = 0;
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (unitClass[c] === 0 && !isSurrogate(c)) {
      p++;
      continue;
    }
    p = readRun(s, p, out);
  }
  return out;
}

/** One run of letters, digits and surrogates from p; returns where it ends. */
function readRun(s: string, p: number, out: SentenceWords): number {
  let q = p;
  let plain = true;
  let h = HASH_SEED;
  for (; q < s.length; q++) {
    const c = s.charCodeAt(q);
    const k = unitClass[c]!;
    if (k === 1) h = hashStep(h, c);
    else if (k === 2 || isSurrogate(c)) plain = false;
    else break;
  }
  if (plain) {
    out.starts.push(p);
    out.words.push(table.findHashed(s, p, q, 'w', false, h));
    return q;
  }
  // every position a scan may start at: the run's start and each one after a surrogate (no letter to startsWord),
  // but not inside a surrogate pair (a unicode regex never starts there)
  for (let i = p; i < q; i++) {
    const prev = i > p ? s.charCodeAt(i - 1) : -1;
    if (i > p && !isSurrogate(prev)) continue;
    if (isLowSurrogate(s.charCodeAt(i)) && prev >= 0xd800 && prev <= 0xdbff) continue;
    out.starts.push(i);
    out.words.push(null);
  }
  return q;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** the words of the slices scanned last, for the text they were read from (a document's sentences) */
let cacheText: string | null = null;
const cache = new Map<number, { to: number; words: SentenceWords }>();

/** The words of text[from, to), read once per document and slice. */
export function wordsOf(text: string, from: number, to: number): SentenceWords {
  if (text !== cacheText) {
    cacheText = text;
    cache.clear();
  }
  const hit = cache.get(from);
  if (hit !== undefined && hit.to === to) return hit.words;
  const words = readWords(text.slice(from, to));
  cache.set(from, { to, words });
  return words;
}
