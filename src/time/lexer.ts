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
}

/**
 * The token grammar, as a regular expression: /([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\d+)|(\S)/gu. `lex` scans by
 * hand to the same effect (the test suite checks it against this expression): a regex match allocates an array
 * per token, and every character of an article passes through here. Non-ASCII characters are classified by
 * these sticky one-character expressions, which match a whole code point and allocate nothing.
 */
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const LETTER = /\p{L}/uy;
const SPACE = /\s/uy;

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
  return at(LETTER_OR_MARK, text, i);
}

/** Length of a letter code point at i (0 if none). */
function letter(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  const n = at(LETTER, text, i);
  return i + n <= to ? n : 0;
}

function isSpace(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return at(SPACE, text, i) > 0;
}

/** Upper bound on tokens per call: a 1 MB line is scanned in windows by the caller, never all at once. */
export function lex(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  let prevEnd = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i, c)) {
      i++;
      continue;
    }
    const s = i;
    let kind: Tok['kind'];
    let n = letterOrMark(text, i, c);
    if (n > 0 && i + n <= to) {
      kind = 'w';
      i += n;
      while (i < to && (n = letterOrMark(text, i, text.charCodeAt(i))) > 0 && i + n <= to) i += n;
      // an inner apostrophe joins when letters follow it ("o'clock"); after one, only letters and apostrophes
      for (;;) {
        const d = i < to ? text.charCodeAt(i) : 0;
        if ((d !== 39 && d !== 0x2019) || letter(text, i + 1, to) === 0) break;
        i++;
        while ((n = letter(text, i, to)) > 0) i += n;
      }
    } else if (c >= 48 && c <= 57) {
      kind = 'n';
      i++;
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    } else {
      kind = 'p';
      // one code point: a surrogate pair is one character
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    const raw = text.slice(s, i);
    out.push({ t: raw.toLowerCase().replace('’', "'"), raw, s, e: i, kind, sp: s > prevEnd || s === from });
    prevEnd = i;
  }
  return out;
}
