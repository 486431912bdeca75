import { fold } from './fold.js';

/**
 * The quantity engine's own light tokens: runs of letters, runs of ASCII digits, and single other
 * characters. Spaces are not tokens; `gapBefore` tells whether whitespace separated a token from the
 * one before it. (Kept apart from src/text/tokens.ts on purpose: number matching needs every symbol
 * as its own token, "5,6" as digits/comma/digits, and no sentence logic.)
 */
export interface QToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** folded text for lookups */
  readonly norm: string;
  readonly kind: 'word' | 'digits' | 'symbol';
  /** whitespace between the previous token and this one */
  readonly gapBefore: boolean;
}

/**
 * The folded form is computed on first use: most words of a text are never looked up (the matcher
 * skips words that cannot start a figure by their raw text), and folding every word was a hot spot.
 */
class Tok implements QToken {
  private folded: string | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly kind: 'word' | 'digits' | 'symbol',
    readonly gapBefore: boolean,
  ) {}

  get norm(): string {
    if (this.folded === undefined) this.folded = this.kind === 'word' ? fold(this.text) : this.text.toLowerCase();
    return this.folded;
  }
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

function continuesWord(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_MARK.test(ch);
}

function isSpace(c: number, ch: string): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}

/** The code point at i as a string (two code units for a surrogate pair). */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
}

/**
 * Runs of letters (with combining marks), runs of ASCII digits, and every other non-space character
 * alone. A hand-written scanner: the tokenizer sees every character of the text, and a Unicode regex
 * with three alternatives was the engine's largest cost.
 */
export function qtokenize(text: string, from: number, to: number): QToken[] {
  const out: QToken[] = [];
  let i = from;
  let gap = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    const ch = c < 128 ? '' : charAt(text, i);
    if (isSpace(c, ch)) {
      gap = true;
      i += ch.length || 1;
      continue;
    }
    const start = i;
    let kind: 'word' | 'digits' | 'symbol';
    if (c >= 48 && c <= 57) {
      kind = 'digits';
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
    } else if (isLetter(c, ch)) {
      kind = 'word';
      i += ch.length || 1;
      while (i < to) {
        const d = text.charCodeAt(i);
        const dch = d < 128 ? '' : charAt(text, i);
        if (!continuesWord(d, dch)) break;
        i += dch.length || 1;
      }
    } else {
      kind = 'symbol';
      i += ch.length || 1;
    }
    const end = Math.min(i, to);
    out.push(new Tok(start, end, text.slice(start, end), kind, gap || out.length === 0));
    gap = false;
  }
  return out;
}

export function isCapitalized(tok: QToken | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const c = tok.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
