/**
 * Character classes used by the sentence splitter and the tokenizer. ASCII is decided by
 * code ranges (the hot path); everything else falls back to Unicode property regexes.
 */

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;

/**
 * Classes of the BMP beyond ASCII and Latin-1, filled in on first sight of each code point from the regexes
 * above (so they agree exactly): a regex test per character was the tokenizer's largest cost, paid at every
 * word that ends before „ “ or a dash. Bits: 1 known, 2 letter, 4 upper, 8 lower.
 */
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER.test(ch) ? 2 : 0) | (UPPER.test(ch) ? 4 : 0) | (LOWER.test(ch) ? 8 : 0);
    CLASS[c] = k;
  }
  return k;
}

export function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x205f || c === 0x85;
}

/** A line break (LF, CR, NEL, LS, PS, VT, FF). */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 11 || c === 12;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 and Latin Extended-A (umlauts, ß, accented and Slavic letters) without a regex
  if (c >= 0xc0 && c <= 0x17f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters are rare in news; treat surrogates as non-letters
  return c < 0x10000 && (classOf(c) & 2) !== 0;
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c >= 0xdf && c <= 0xff) return false;
  return c < 0x10000 && (classOf(c) & 4) !== 0;
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  if (c >= 0xc0 && c <= 0xde) return false;
  return c < 0x10000 && (classOf(c) & 8) !== 0;
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Quotation marks of German, English, French/Swiss and typewriter usage. */
export function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2039 || c === 0x203a;
}

/** Characters that close a quotation or parenthesis after a sentence-final mark: `.“`, `!)`, `?»`. */
export function isCloser(c: number): boolean {
  return isQuote(c) || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** Sentence-final marks: . ! ? … and the fullwidth/inverted variants seen in mixed text. */
export function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 ||
    c === 0x2049 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Dashes and hyphens (hyphen-minus, en dash, em dash, minus sign ...). */
export function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}
