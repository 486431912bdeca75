/**
 * Words with offsets, folded for matching across spelling variants (case, diacritics, ß).
 * The analysis does its own light tokenisation: it needs only letter/digit runs with offsets, and must not
 * depend on the sentence engine (Intl.Segmenter mis-splits German).
 */
import { STOPWORDS } from './stopwords.js';

export interface Word {
  start: number;
  end: number;
  /** folded form: lower case, diacritics removed, ß → ss */
  norm: string;
  /** first letter upper case in the text */
  capitalized: boolean;
  /** first word of a sentence, a line or the text (capitalisation there says nothing) */
  sentenceStart: boolean;
}

/** A letter or digit of any script: a word is a maximal run of them (code points, as /[\p{L}\p{N}]+/u matches). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Fold for matching: "Pjöngjang" → "pjongjang", "Straße" → "strasse". */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

/** fold() of the non-ASCII words of texts: words repeat across articles (Zipf), and NFD is costly; cleared when large */
const FOLDED = new Map<string, string>();
function foldWord(raw: string): string {
  let f = FOLDED.get(raw);
  if (f === undefined) {
    if (FOLDED.size >= 200_000) FOLDED.clear();
    FOLDED.set(raw, (f = fold(raw)));
  }
  return f;
}

/** per UTF-16 code unit outside ASCII: 0 not asked yet, 1 a letter or digit, 2 not (surrogates are asked per pair) */
const BMP_CLASS = new Uint8Array(65536);

/** Code units of the letter or digit at i (2 for one outside the BMP), 0 when none starts there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    // a pair is one code point; a lone surrogate is none
    const d = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return 0;
    return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c]!;
  if (k === 0) BMP_CLASS[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

const OPENERS = new Set([' ', '\t', '\r', '"', "'", '»', '«', '“', '”', '„', '(', ')', '\u00a0']);
const ENDERS = new Set(['.', '!', '?', ':', '\n']);

/** Is the word at `start` the first of a sentence or line? Look back over spaces, quotes and brackets. */
function startsSentence(text: string, start: number, floor: number): boolean {
  let i = start - 1;
  while (i >= floor && OPENERS.has(text[i]!)) i--;
  return i < floor || ENDERS.has(text[i]!);
}

/**
 * The words starting in [from, to), each cut at `to`. A scan of character classes rather than a Unicode regular
 * expression: it is the hottest loop of the analysis (every article's text, title and places), and the scan also
 * tells whether a word is plain ASCII, which needs no Unicode folding.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    // over the part of the word before `to` (the part kept): only ASCII? any upper case?
    let ascii = true;
    let upper = false;
    for (let len = first; len > 0; len = i < n ? wordCharAt(text, i) : 0) {
      if (i < to) {
        const c = text.charCodeAt(i);
        if (c >= 128) ascii = false;
        else if (c >= 65 && c <= 90) upper = true;
      }
      i += len;
    }
    const end = Math.min(to, i);
    const raw = text.slice(start, end);
    const c0 = raw[0]!;
    out.push({
      start,
      end,
      norm: ascii ? (upper ? raw.toLowerCase() : raw) : foldWord(raw),
      capitalized: c0 !== c0.toLowerCase(),
      sentenceStart: out.length === 0 || startsSentence(text, start, from),
    });
  }
  return out;
}

const SUFFIXES = ['en', 'er', 'es', 'em', 'e', 's', 'n'] as const;

/**
 * A light, language-neutral stem for topical matching: inflection endings of German and English are cut
 * until none is left or the stem would be shorter than four letters ("Hochwassers" and "Hochwasser" →
 * "hochwa", "Toten" and "Tote" → "tote", "Wendelsbacher" → "wendelsbach", "floods" → "flood"). It
 * over-stems on purpose: two forms of one word must meet; two different words rarely collide once long.
 */
export function stem(norm: string): string {
  let s = STEMS.get(norm);
  if (s !== undefined) return s;
  s = stemUncached(norm);
  // words repeat across articles (Zipf), so a cache saves most of the work; cleared when it grows large
  if (STEMS.size >= 200_000) STEMS.clear();
  STEMS.set(norm, s);
  return s;
}

const STEMS = new Map<string, string>();

function stemUncached(norm: string): string {
  let s = norm;
  for (;;) {
    let cut = false;
    for (const suf of SUFFIXES) {
      if (s.length - suf.length >= 4 && s.endsWith(suf)) {
        s = s.slice(0, -suf.length);
        cut = true;
        break;
      }
    }
    if (!cut) return s;
  }
}

/** A word worth indexing for topical similarity: not a function word, not too short, not a bare number. */
export function isSalient(w: Word): boolean {
  const n = w.norm;
  if (n.length < 3 || STOPWORDS.has(n)) return false;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  return false;
}
