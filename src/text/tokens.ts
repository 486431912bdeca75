import type { LanguagePack } from '../lang/types.js';
import { compileSentenceTables, type CompiledSentenceTables } from './compile.js';
import { isAlnum, isDash, isDigit, isLetter, isQuote, isWhitespace } from './chars.js';
import { WordTable, type Word } from './word-table.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'space' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /**
   * The interned entry of `text` (set by tokenize; undefined on tokens made elsewhere): what callers work out per
   * word (its lower case, the claim scans' answers) is read from it instead of being looked up by text again.
   */
  word?: TokenWord;
}

/**
 * Token texts seen before, shared: every later lookup of a token's text (the claim engine's per-word memos and
 * tables are maps by word) finds its hash computed and compares equal words by identity, and a long word is no
 * view of its article (a slice of 13 or more characters is one in V8, slower to hash and compare).
 */
const texts = new WordTable<unknown[]>();

/**
 * A token text's entry in that table: `t` is the text lower-cased; `data` is a row of slots for the claim scans
 * (claims/words.ts keeps the regex each table index tries at the word there), so that a sentence's words, read
 * from its tokens, cost no second lookup of each word.
 */
export type TokenWord = Word<unknown[]>;

/** The entry for text[s, e), whose hash (word-table.ts's hashStep from HASH_SEED) the caller computed: as tokenize finds it. */
export function tokenWordHashed(text: string, s: number, e: number, h: number): TokenWord {
  return texts.findHashed(text, s, e, 'w', false, h);
}

/**
 * Splits text[from, to) into tokens (white space is not emitted). Linear, one pass.
 * - number: digits with inner separators kept together ("1.000", "5,6", "1,200.50", "10.000.000"); the period of a
 *   German ordinal ("20.") is a separate punct token, so callers see "20" + ".".
 * - word: letters/digits with inner hyphens and apostrophes ("US-Militärs", "F-16", "geht's", "1990er"); known
 *   abbreviations keep their period ("Dr.", "z.", "Mio.", "U.S.", "e.g."), as do single letters ("J.").
 * - quote: „ “ ” " « » ‚ ‘ ’ ' ‹ ›; punct: . , ; : ! ? ( ) [ ] { } … dashes and slashes; symbol: anything else
 *   (%, €, $, §, emoji).
 */
export function tokenize(text: string, pack: LanguagePack, from = 0, to = text.length): Token[] {
  const t = compileSentenceTables(pack.sentences);
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || isWhitespace(c)) {
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isAsciiLetter(c)) {
      // the common case first (same as the isLetter branch below)
      end = scanWord(text, i, to);
      end = withAbbreviationPeriod(text, i, end, to, t);
      kind = 'word';
    } else if (isDigit(c)) {
      end = scanNumber(text, i, to);
      kind = 'number';
      if (end < to && isLetter(text.charCodeAt(end))) {
        // "1990er", "3D", "16-jährige" are words that start with digits
        end = scanWord(text, end, to);
        kind = 'word';
      } else if (end < to - 1 && isDash(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
        end = scanWord(text, end + 1, to);
        kind = 'word';
      }
    } else if (isLetter(c)) {
      end = scanWord(text, i, to);
      end = withAbbreviationPeriod(text, i, end, to, t);
      kind = 'word';
    } else if (isQuote(c)) {
      end = i + 1;
      kind = 'quote';
    } else if (isPunct(c)) {
      end = i + 1;
      // keep "..." and "?!" runs together
      if (c === 0x2e || c === 0x21 || c === 0x3f) while (end < to && text.charCodeAt(end) === c) end++;
      kind = 'punct';
    } else {
      end = i + 1;
      // keep a surrogate pair (emoji, astral symbols) in one token
      if (c >= 0xd800 && c <= 0xdbff && end < to) {
        const d = text.charCodeAt(end);
        if (d >= 0xdc00 && d <= 0xdfff) end++;
      }
      kind = 'symbol';
    }
    const word = texts.find(text, i, end, 'w', false);
    out.push({ start: i, end, text: word.raw, kind, word });
    i = end;
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function isPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29 ||
    c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2026 || c === 0x2f || c === 0x5c || c === 0xb7 ||
    c === 0xa1 || c === 0xbf || isDash(c);
}

/** Digits with inner "." "," "'" or narrow/thin spaces followed by a digit: "1.000", "5,6", "1'000". */
function scanNumber(text: string, i: number, to: number): number {
  let e = i;
  while (e < to) {
    const c = text.charCodeAt(e);
    if (isDigit(c)) e++;
    else if ((c === 0x2e || c === 0x2c || c === 0x27 || c === 0x2019 || c === 0x202f || c === 0x2009) &&
      e + 1 < to && isDigit(text.charCodeAt(e + 1))) e += 2;
    else break;
  }
  return e;
}

/** Letters and digits, with inner hyphens, apostrophes and periods between letters kept ("U.S", "geht's"). */
function scanWord(text: string, i: number, to: number): number {
  let e = i;
  while (e < to) {
    const c = text.charCodeAt(e);
    if (isAsciiLetter(c) || isAlnum(c) || (c >= 0x300 && c <= 0x36f)) e++;
    else if ((isDash(c) && c !== 0x2014 && c !== 0x2013 || c === 0x27 || c === 0x2019) &&
      e + 1 < to && isAlnum(text.charCodeAt(e + 1)) && e > i) e++;
    else break;
  }
  return e;
}

/**
 * A known abbreviation, a single letter or a letter-dot acronym takes its period: "Dr.", "J.", "U.S.", "z.B.".
 * The acronym scan is bounded, so the tokenizer stays linear.
 */
function withAbbreviationPeriod(text: string, start: number, end: number, to: number, t: CompiledSentenceTables): number {
  if (end >= to || text.charCodeAt(end) !== 0x2e) return end;
  // Letter-dot acronyms: "U.S.", "e.g.", "z.B.", "U.S.A."
  let e = end;
  while (end - start === 1 && e + 1 < to && text.charCodeAt(e) === 0x2e && isLetter(text.charCodeAt(e + 1)) &&
    (e + 2 >= to || !isLetter(text.charCodeAt(e + 2))) && e - start < 12) e += 2;
  if (e > end) {
    return e < to && text.charCodeAt(e) === 0x2e ? e + 1 : e;
  }
  const word = text.slice(start, end);
  if (end - start === 1 || t.abbreviations.has(word) || t.maybeFinal.has(word)) return end + 1;
  // "Nr. 5", "Jan. 5" — but "auf diese Art." ends a sentence with a plain noun
  if (t.beforeNumber.has(word)) {
    let n = end + 1;
    while (n < to && isWhitespace(text.charCodeAt(n))) n++;
    if (n < to && isDigit(text.charCodeAt(n))) return end + 1;
  }
  return end;
}
