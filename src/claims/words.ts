import { HASH_SEED, hashStep } from '../text/word-table.js';
import { tokenWordHashed, type Token, type TokenWord } from '../text/tokens.js';

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

/**
 * A word, as the tokenizer interns it (text/tokens.ts): its `data` holds what each word index (word-index.ts)
 * makes of it, by index id: the regex to try there (a Sub), or NONE.
 */
export type ScanWord = TokenWord;

/** no alternative of the index can start with the word */
export const NONE = 0;

/**
 * Slots of a word's data row, one per user (a word index, a table's per-word facts), handed out in turn: users
 * never share one. Bounded (see word-index.ts): a caller that compiled tables per call would grow every row.
 */
let slotsTaken = 0;
const MAX_WORD_SLOTS = 256;

/** A new slot, or -1 when all are taken (the caller then keeps its answers elsewhere). */
export function newWordSlot(): number {
  return slotsTaken < MAX_WORD_SLOTS ? slotsTaken++ : -1;
}

export function wordSlotsLeft(): boolean {
  return slotsTaken < MAX_WORD_SLOTS;
}

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

/**
 * The words of s, in order. `tokens` (sorted, the tokenizer's for the same characters, `base` being where s starts
 * in their text) let a run that is one whole token take that token's word: the tokenizer looked it up already, and
 * a second lookup (a hash of every character and a probe of a large table) is most of the cost of reading a
 * sentence's words. The words are the same either way: one table holds them.
 */
export function readWords(s: string, base = 0, tokens: readonly Token[] = NO_TOKENS): SentenceWords {
  const out: SentenceWords = { s, starts: [], words: [] };
  const at: TokenCursor = { tokens, k: 0, base };
  let p = 0;
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (unitClass[c] === 0 && !isSurrogate(c)) {
      p++;
      continue;
    }
    p = readRun(s, p, out, at);
  }
  return out;
}

/** The tokens readWords may take words from, and the first one not yet passed. */
interface TokenCursor {
  tokens: readonly Token[];
  k: number;
  base: number;
}

const NO_TOKENS: Token[] = [];

/** One run of letters, digits and surrogates from p; returns where it ends. */
function readRun(s: string, p: number, out: SentenceWords, at: TokenCursor): number {
  let q = p;
  let plain = true;
  for (; q < s.length; q++) {
    const c = s.charCodeAt(q);
    const k = unitClass[c]!;
    if (k === 2 || (k === 0 && isSurrogate(c))) plain = false;
    else if (k === 0) break;
  }
  if (plain) {
    out.starts.push(p);
    out.words.push(tokenWordAt(at, at.base + p, at.base + q) ?? wordOf(s, p, q));
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

/** The word of the token spanning exactly [start, end), if there is one (runs come in order: the cursor only moves on). */
function tokenWordAt(at: TokenCursor, start: number, end: number): TokenWord | null {
  const tokens = at.tokens;
  while (at.k < tokens.length && tokens[at.k]!.end <= start) at.k++;
  const t = tokens[at.k];
  return t !== undefined && t.start === start && t.end === end ? t.word ?? null : null;
}

/** The word for s[p, q), looked up by its characters. */
function wordOf(s: string, p: number, q: number): ScanWord {
  let h = HASH_SEED;
  for (let i = p; i < q; i++) h = hashStep(h, s.charCodeAt(i));
  return tokenWordHashed(s, p, q, h);
}

/**
 * The run of letters and digits s starts with, as firstWords (first-words.ts) reads a match's first word (lower-cased
 * when `fold`); null when that run holds a letter whose case folding is not plain or a surrogate (it cannot be
 * compared so), so that a caller then asks its regex.
 */
export function plainFirstWord(s: string, fold: boolean): string | null {
  let q = 0;
  for (; q < s.length; q++) {
    const c = s.charCodeAt(q);
    const k = unitClass[c]!;
    if (k === 0 && !isSurrogate(c)) break;
    if (k !== 1) return null;
  }
  const w = s.slice(0, q);
  return fold ? w.toLowerCase() : w;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** the words of the slices scanned last, for the text they were read from (a document's sentences) */
let cacheText: string | null = null;
const cache = new Map<number, { to: number; words: SentenceWords }>();

/** The words of text[from, to), read once per document and slice. */
export function wordsOf(text: string, from: number, to: number): SentenceWords {
  const hit = cacheFor(text).get(from);
  if (hit !== undefined && hit.to === to) return hit.words;
  return sentenceWords(text, from, to);
}

/**
 * Reads the words of text[from, to) for the scans to come (wordsOf), with the tokenizer's tokens of the same range
 * (see readWords): the claim engine calls this for each sentence it tokenizes.
 */
export function sentenceWords(text: string, from: number, to: number, tokens?: readonly Token[]): SentenceWords {
  const words = readWords(text.slice(from, to), from, tokens);
  cacheFor(text).set(from, { to, words });
  return words;
}

function cacheFor(text: string): Map<number, { to: number; words: SentenceWords }> {
  if (text !== cacheText) {
    cacheText = text;
    cache.clear();
  }
  return cache;
}
