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

/** Fold for matching: "Pjöngjang" → "pjongjang", "Straße" → "strasse". */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  let lastEnd = 0;
  for (const m of slice.matchAll(WORD)) {
    const start = from + m.index!;
    const between = text.slice(from + lastEnd, start);
    const sentenceStart = out.length === 0 || /[.!?:\n]["'»«“”„)]*\s*["'»«“”„(]*$/.test(between);
    const first = m[0][0]!;
    out.push({
      start,
      end: start + m[0].length,
      norm: fold(m[0]),
      capitalized: first !== first.toLowerCase(),
      sentenceStart,
    });
    lastEnd = m.index! + m[0].length;
  }
  return out;
}

/** A word worth indexing for topical similarity: not a function word, not too short, not a bare number. */
export function isSalient(w: Word): boolean {
  return w.norm.length >= 3 && !/^\d+$/.test(w.norm) && !STOPWORDS.has(w.norm);
}
