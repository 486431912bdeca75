import type { Span } from '../core/span.js';
import type { LanguagePack } from '../lang/types.js';
import { compileSentenceTables, type CompiledSentenceTables } from './compile.js';
import {
  isAlnum, isCloser, isDash, isDigit, isLetter, isLineBreak, isLower, isTerminal, isUpper, isWhitespace,
} from './chars.js';

/**
 * Splits text[from, to) into sentences. Spans exclude surrounding whitespace, are non-empty, in order and
 * non-overlapping. Linear in the length of the range: only sentence-final marks and line breaks are
 * examined, each by looking at a few characters around it.
 *
 * Boundaries:
 * - after . ! ? … (plus closing quotes/brackets) followed by white space, unless the next word starts in lower
 *   case or continues the clause (", sagte er"), or the period belongs to an abbreviation, an initial, an
 *   ordinal or a date ("am 20. Januar", "z. B.", "Nr. 5");
 * - at a blank line;
 * - at a single line break when the line before has no final punctuation (headlines, bylines), unless the
 *   line looks hard-wrapped (it ends in a comma or hyphen, or the next line starts in lower case).
 */
export function splitSentences(text: string, pack: LanguagePack, from = 0, to = text.length): Span[] {
  const t = compileSentenceTables(pack.sentences);
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const spans: Span[] = [];
  // the segment [segStart, cut) is closed by pushTrimmed at each boundary (no closure: it was a hot allocation)
  let segStart = from;

  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Fast path: only sentence-final marks and line breaks are looked at; one table lookup dismisses the rest.
    if (STOP[c] === 0) {
      i++;
      continue;
    }
    if (isTerminal(c)) {
      const end = terminalBoundary(text, i, to, segStart, t);
      if (end >= 0) {
        pushTrimmed(text, segStart, end, spans);
        segStart = end;
        i = end;
      } else {
        i = skipTerminalRun(text, i, to);
      }
      continue;
    }
    if (isLineBreak(c)) {
      const runEnd = skipWhitespace(text, i, to);
      if (lineBreakIsBoundary(text, segStart, i, runEnd, to, t)) {
        pushTrimmed(text, segStart, i, spans);
        segStart = i;
      }
      i = runEnd;
      continue;
    }
    i++;
  }
  pushTrimmed(text, segStart, to, spans);
  return spans;
}

/** 1 for the code units the splitter must look at (isTerminal or isLineBreak), 0 for all others. */
const STOP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isTerminal(c) || isLineBreak(c)) STOP[c] = 1;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function skipWhitespace(text: string, i: number, to: number): number {
  while (i < to && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function skipTerminalRun(text: string, i: number, to: number): number {
  while (i < to && isTerminal(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A line break between `lineEnd` and `next` (the first non-space after the break run).
 * A blank line always separates; a single break separates unless the line is evidently wrapped.
 */
function lineBreakIsBoundary(
  text: string, segStart: number, lineEnd: number, next: number, to: number, t: CompiledSentenceTables,
): boolean {
  let breaks = 0;
  for (let k = lineEnd; k < next; k++) {
    const c = text.charCodeAt(k);
    // CRLF counts once
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10) || (isLineBreak(c) && c !== 10 && c !== 13)) breaks++;
  }
  if (breaks >= 2) return true;
  if (next >= to) return false; // the final cut closes the segment anyway
  let p = lineEnd - 1;
  while (p >= segStart && isWhitespace(text.charCodeAt(p))) p--;
  if (p < segStart) return false; // nothing in this segment yet
  const last = text.charCodeAt(p);
  // Final punctuation was already judged by the terminal rule ("Dr.\nMüller" stays together).
  if (isTerminal(last)) return false;
  if (isCloser(last) && p > segStart && isTerminal(text.charCodeAt(p - 1))) return false;
  // Hard-wrapped prose: the clause visibly continues.
  if (last === 0x2c || last === 0x3b || last === 0x28 || (isDash(last) && p > segStart && isLetter(text.charCodeAt(p - 1)))) {
    return false;
  }
  const n = text.charCodeAt(next);
  if (isLower(n)) return false;
  // "... verlängert und die\nZahlungen erhöht": a line ending in a function word is wrapped prose.
  if (isLetter(last) && t.continuers.has(wordBefore(text, p + 1).word)) return false;
  return true;
}

/**
 * Decides whether the terminal mark at `i` ends a sentence. Returns the boundary offset (after the mark and any
 * closing quotes/brackets) or -1.
 */
function terminalBoundary(text: string, i: number, to: number, segStart: number, t: CompiledSentenceTables): number {
  const runEnd = skipTerminalRun(text, i, to);
  let hasBang = false;
  let dots = 0;
  let ellipsis = false;
  for (let k = i; k < runEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e) dots++;
    else if (c === 0x2026) ellipsis = true;
    else hasBang = true;
  }
  if (dots >= 2) ellipsis = true;

  let q = runEnd;
  while (q < to && isCloser(text.charCodeAt(q))) q++;
  const closed = q > runEnd;
  if (q >= to) return q;
  // "1.000", "z.B.", "www.example.org", "bereit.“," — no white space, no boundary.
  if (!isWhitespace(text.charCodeAt(q))) return -1;

  let n = q;
  let lineBreak = false;
  while (n < to && isWhitespace(text.charCodeAt(n))) {
    if (isLineBreak(text.charCodeAt(n))) lineBreak = true;
    n++;
  }
  if (n >= to) return q;
  const nc = text.charCodeAt(n);
  const tagEnd = authorTagEnd(text, n, to);
  if (tagEnd > 0) return tagEnd;
  // The clause goes on: lower case, or a comma/semicolon/colon/dash after a closing quote ("„Nein!“, sagte sie").
  if (isLower(nc)) return -1;
  if (nc === 0x2c || nc === 0x3b || nc === 0x3a) return -1;
  if (isDash(nc) && closed) return -1;

  if (hasBang) return q;

  if (ellipsis) {
    // "Und dann … Peter kam" vs. "Es reicht … Die Frage ist": only a clear opener (or a new line) splits.
    // Measured on UD German: an upper-case word after an ellipsis starts a new sentence far more often than not.
    return q;
  }

  // A single full stop: look at the word it follows. (The word after it, wordAt(text, n, to), is read only
  // by the rules that need it: most full stops follow a plain word and end the sentence.)
  const w = wordBefore(text, i);
  if (w.word === '') return q; // after a quote or bracket: ") ." → boundary
  const wc = w.word.charCodeAt(0);

  if (isDigit(wc) && isAllNumber(w.word)) {
    if (isEnumerator(text, w.start, w.word, segStart)) return -1;
    return numberPeriodBoundary(text, w.start, w.word, nc, wordAt(text, n, to), lineBreak, t) ? q : -1;
  }
  if (afterApostrophe(text, w.start)) return q; // "Schuchmann's." — a clitic, not an abbreviation
  if (t.abbreviations.has(w.word)) return -1;
  if (w.word.length === 1 && isLetter(wc)) return -1; // initials "J. R. Smith", fragments "z. B."
  if (t.maybeFinal.has(w.word) || isLetterDotAcronym(w.word)) {
    const next = wordAt(text, n, to);
    // "at 9 a.m. Police said": after a clock abbreviation only a weekday, month or time zone continues
    if (t.clockFinal.has(w.word) && isUpper(nc) && !t.clockContinuers.has(next)) return q;
    return lineBreak || t.sentenceStarters.has(next) ? q : -1;
  }
  if (t.beforeNumber.has(w.word) && isDigit(nc)) return -1;
  // Inner periods in an unknown word ("Bsp.z.B") — treat like an acronym.
  if (w.word.includes('.')) return lineBreak || t.sentenceStarters.has(wordAt(text, n, to)) ? q : -1;
  return q;
}

/** "20. Januar", "am 3. Platz", "seit dem 24. Februar" stay together; "im Jahr 2022. Die" splits. */
function numberPeriodBoundary(
  text: string, wordStart: number, word: string, nc: number, nextWord: string, lineBreak: boolean,
  t: CompiledSentenceTables,
): boolean {
  if (t.months.has(nextWord) || startsWithAny(nextWord, t.ordinalNouns)) return false;
  const plain = /^\d{1,3}$/.test(word);
  if (!plain) return true; // "1.000." or "2022." closes a sentence
  if (lineBreak) return true;
  if (isDigit(nc)) return word.length > 2; // "am 1. 2. 2023" vs. "bis 2023. 2024 kam"
  if (t.sentenceStarters.has(nextWord)) return true;
  // "den 3. Platz", "vom 1. bis": an article or preposition before the number makes it an ordinal.
  return !t.ordinalTriggers.has(wordBefore(text, wordStart).word);
}

/**
 * "… mit. (sischr)" or "… mit. (dpa/AFP)" closing a paragraph: an author or agency tag belongs to the sentence
 * before it rather than standing alone. Returns the offset after ")" or -1.
 */
function authorTagEnd(text: string, n: number, to: number): number {
  if (text.charCodeAt(n) !== 0x28) return -1;
  let k = n + 1;
  const limit = Math.min(to, n + 40);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c === 0x29) break;
    if (!(isAlnum(c) || c === 0x2f || c === 0x2c || c === 0x20 || c === 0x2d || c === 0x2e)) return -1;
    k++;
  }
  if (k >= limit || k === n + 1) return -1;
  const after = k + 1;
  if (after >= to) return after;
  let m = after;
  while (m < to && isWhitespace(text.charCodeAt(m)) && !isLineBreak(text.charCodeAt(m))) m++;
  return m >= to || isLineBreak(text.charCodeAt(m)) ? after : -1;
}

/** "2. Soziale Bewegungen ...": a short number opening a segment or a line is a list enumerator. */
function isEnumerator(text: string, start: number, word: string, segStart: number): boolean {
  if (word.length > 3 || word.includes('.') || word.includes(',')) return false;
  let k = start;
  while (k > segStart && isWhitespace(text.charCodeAt(k - 1)) && !isLineBreak(text.charCodeAt(k - 1))) k--;
  return k <= segStart || isLineBreak(text.charCodeAt(k - 1));
}

/** "Schuchmann's." — a letter after an apostrophe is a clitic, not an initial. */
function afterApostrophe(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return c === 0x27 || c === 0x2019;
}

function startsWithAny(word: string, stems: readonly string[]): boolean {
  if (word === '') return false;
  for (const s of stems) if (word.startsWith(s)) return true;
  return false;
}

function isAllNumber(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!isDigit(c) && c !== 0x2e && c !== 0x2c) return false;
  }
  return true;
}

/** "U.S", "e.g", "d.h", "U.S.A": single letters joined by periods. */
function isLetterDotAcronym(word: string): boolean {
  if (word.length < 3) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (k % 2 === 0 ? !isLetter(c) : c !== 0x2e) return false;
  }
  return true;
}

/**
 * The word that ends right before offset `end` (letters, digits and inner periods, e.g. "z.B", "U.S", "1.000").
 * Scans back at most 40 characters so that the splitter stays linear on pathological input.
 */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let k = end;
  while (k > 0 && isWhitespace(text.charCodeAt(k - 1)) && end - k < 40) k--;
  const stop = k;
  let s = stop;
  const limit = Math.max(0, stop - 40);
  while (s > limit) {
    const c = text.charCodeAt(s - 1);
    if (isAlnum(c)) s--;
    else if (c === 0x2e && s - 1 > limit && isAlnum(text.charCodeAt(s - 2)) && s < stop) s--;
    else break;
  }
  return { word: text.slice(s, stop), start: s };
}

/** The word starting at `start` (letters and digits), up to 40 characters. */
function wordAt(text: string, start: number, to: number): string {
  let e = start;
  const limit = Math.min(to, start + 40);
  while (e < limit && isAlnum(text.charCodeAt(e))) e++;
  return text.slice(start, e);
}
