/**
 * The time grammar works on tokens, not characters: words (letters, with an inner apostrophe as in "o'clock"),
 * digit runs and single other characters. `sp` records whether whitespace precedes a token, because "15.2."
 * (a date) and "15 . 2" (not one) differ only there. Digits and letters are split ("15ten" → "15" "ten",
 * "3pm" → "3" "pm") and rejoined by rules that ask for tight adjacency.
 */
export interface Tok {
  /** lower-cased text */
  t: string;
  /** original text */
  raw: string;
  s: number;
  e: number;
  kind: 'w' | 'n' | 'p';
  /** whitespace before this token */
  sp: boolean;
  /** a line break in the whitespace before this token (within the lexed range) */
  nl: boolean;
}

import { HASH_SEED, hashStep, WordTable, type Word } from '../text/word-table.js';

// the word table lives in src/text (the text tokenizer keeps one too); re-exported for the time engine's users
export { HASH_SEED, WordTable, type Word };

/**
 * The token grammar, as a regular expression: /([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\d+)|(\S)/gu. `lex` scans by
 * hand to the same effect (the test suite checks it against this expression): a regex match allocates an array
 * per token, and every character of an article passes through here. Non-ASCII characters are classified by
 * these sticky one-character expressions, which match a whole code point and allocate nothing.
 */
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const LETTER = /\p{L}/uy;
const SPACE = /\s/uy;

/**
 * The same classes for the first code units (Latin, Greek, Cyrillic, ...: no surrogates among them), read from
 * a table built with those expressions: German words are full of umlauts, and a regular expression run per
 * character is the lexer's main cost otherwise. Bits: 1 letter, 2 letter or mark, 4 space.
 */
const TABLED = 0x800;
const CHAR_CLASS = new Uint8Array(TABLED);
for (let c = 0; c < TABLED; c++) {
  const ch = String.fromCharCode(c);
  CHAR_CLASS[c] = (/\p{L}/u.test(ch) ? 1 : 0) | (/[\p{L}\p{M}]/u.test(ch) ? 2 : 0) | (/\s/u.test(ch) ? 4 : 0);
}

/** Length of the code point at i if it matches `re` (sticky), else 0. */
function at(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Length of a letter-or-mark code point at i (0 if none). */
function letterOrMark(text: string, i: number, c: number): number {
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c < TABLED) return (CHAR_CLASS[c]! >> 1) & 1;
  return at(LETTER_OR_MARK, text, i);
}

/** Length of a letter code point at i (0 if none). */
function letter(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c < TABLED) return CHAR_CLASS[c]! & 1;
  const n = at(LETTER, text, i);
  return i + n <= to ? n : 0;
}

function isSpace(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  if (c < TABLED) return (CHAR_CLASS[c]! & 4) !== 0;
  return at(SPACE, text, i) > 0;
}


function isApostropheBeforeLetter(text: string, i: number, to: number): boolean {
  const d = i < to ? text.charCodeAt(i) : 0;
  return (d === 39 || d === 0x2019) && letter(text, i + 1, to) > 0;
}

/**
 * Upper bound on tokens per call: a 1 MB line is scanned in windows by the caller, never all at once. With a
 * word table, token texts come from it, and `words` (when given) receives each token's word.
 */
export function lex<C = unknown>(text: string, from = 0, to = text.length, table?: WordTable<C>, words?: Word<C>[]): Tok[] {
  const out: Tok[] = [];
  let prevEnd = from;
  let i = from;
  let nl = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i, c)) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const s = i;
    let kind: Tok['kind'];
    let curly = false;
    // the word table's hash of the token, taken on the way (each character is read once)
    let h = HASH_SEED;
    let n = letterOrMark(text, i, c);
    if (n > 0 && i + n <= to) {
      kind = 'w';
      // letters and marks; ASCII letters (most of them) without a call
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (!isAsciiLetter(d)) break;
          h = hashStep(h, d);
          i++;
          continue;
        }
        n = letterOrMark(text, i, d);
        if (n === 0 || i + n > to) break;
        for (const end = i + n; i < end; i++) h = hashStep(h, text.charCodeAt(i));
      }
      // an inner apostrophe joins when letters follow it ("o'clock"); after one, only letters and apostrophes
      while (isApostropheBeforeLetter(text, i, to)) {
        const d = text.charCodeAt(i);
        if (d === 0x2019) curly = true;
        h = hashStep(h, d);
        i++;
        while ((n = letter(text, i, to)) > 0) for (const end = i + n; i < end; i++) h = hashStep(h, text.charCodeAt(i));
      }
    } else if (c >= 48 && c <= 57) {
      kind = 'n';
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        h = hashStep(h, d);
        i++;
      }
    } else {
      kind = 'p';
      curly = c === 0x2019;
      // one code point: a surrogate pair is one character
      h = hashStep(h, c);
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < to && (text.charCodeAt(i) & 0xfc00) === 0xdc00) h = hashStep(h, text.charCodeAt(i++));
    }
    let raw: string;
    let t: string;
    if (table) {
      const w = table.findHashed(text, s, i, kind, curly, h);
      raw = w.raw;
      t = w.t;
      if (words) words.push(w);
    } else {
      raw = text.slice(s, i);
      // only a curly apostrophe needs more than lower-casing (one is rewritten, as String#replace with a string does)
      t = kind === 'n' ? raw : curly ? raw.toLowerCase().replace('’', "'") : raw.toLowerCase();
    }
    out.push({ t, raw, s, e: i, kind, sp: s > prevEnd || s === from, nl });
    prevEnd = i;
    nl = false;
  }
  return out;
}
