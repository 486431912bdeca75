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

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_LOWER = /^[a-z0-9]+$/;
/** plain ASCII needs no Unicode folding: lower case is enough (and much cheaper than NFD) */
const ASCII = /^[A-Za-z0-9]+$/;

/** Fold for matching: "Pjöngjang" → "pjongjang", "Straße" → "strasse". */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

const OPENERS = new Set([' ', '\t', '\r', '"', "'", '»', '«', '“', '”', '„', '(', ')', '\u00a0']);
const ENDERS = new Set(['.', '!', '?', ':', '\n']);

/** Is the word at `start` the first of a sentence or line? Look back over spaces, quotes and brackets. */
function startsSentence(text: string, start: number, floor: number): boolean {
  let i = start - 1;
  while (i >= floor && OPENERS.has(text[i]!)) i--;
  return i < floor || ENDERS.has(text[i]!);
}

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = Math.min(to, start + m[0].length);
    const raw = text.slice(start, end);
    const first = raw[0]!;
    out.push({
      start,
      end,
      norm: ASCII_LOWER.test(raw) ? raw : ASCII.test(raw) ? raw.toLowerCase() : fold(raw),
      capitalized: first !== first.toLowerCase(),
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
