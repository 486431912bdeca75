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
  /** for words: the memo entry shared by every occurrence of the same spelling (null otherwise) */
  readonly info: WordInfo | null;
  /** the k-th code unit of the token's text (without slicing it) */
  codeAt(k: number): number;
}

/**
 * What is known about one spelling of a word. A text repeats its words, so each spelling is folded once
 * and the matcher's verdict "can this word start a figure?" is kept next to it (filled in by the matcher).
 */
export interface WordInfo {
  readonly norm: string;
  /** the memo this entry belongs to: a verdict is only valid for that memo's tables */
  readonly memo: WordMemo;
  canStart: boolean | undefined;
}

/**
 * Spellings seen so far → their info. One memo per compiled table set (the canStart verdict depends on
 * the tables); bounded: cleared when full, so that arbitrary input cannot grow memory without end.
 * (A hand-made hash table keyed by text offsets, to save the slice, measured slower than this Map.)
 */
export class WordMemo {
  private readonly map = new Map<string, WordInfo>();

  get(raw: string): WordInfo {
    let info = this.map.get(raw);
    if (info === undefined) {
      if (this.map.size >= 100000) this.map.clear();
      info = { norm: fold(raw), memo: this, canStart: undefined };
      this.map.set(raw, info);
    }
    return info;
  }
}

/**
 * A token. A word's memo entry (folded form, canStart verdict) is looked up on first use, not by the tokenizer:
 * the matcher asks every word once anyway (canStart), and measured, the lookup inside the tokenizer loop cost
 * more than there.
 */
class Tok implements QToken {
  private str: string | undefined = undefined;
  private entry: WordInfo | null = null;
  constructor(
    readonly start: number,
    readonly end: number,
    /** the whole text: the token's own string is sliced only when asked for (most tokens never are) */
    private readonly source: string,
    readonly kind: 'word' | 'digits' | 'symbol',
    readonly gapBefore: boolean,
    private readonly memo: WordMemo,
  ) {}

  get text(): string {
    if (this.str === undefined) this.str = this.source.slice(this.start, this.end);
    return this.str;
  }

  codeAt(k: number): number {
    return this.source.charCodeAt(this.start + k);
  }

  get info(): WordInfo | null {
    if (this.entry === null && this.kind === 'word') this.entry = this.memo.get(this.text);
    return this.entry;
  }

  get norm(): string {
    // digits fold to themselves; a symbol may still have a case mapping (Ⓐ → ⓐ), so only ASCII is shortcut
    if (this.kind === 'word') return this.info!.norm;
    const text = this.text;
    return this.kind === 'digits' || text.charCodeAt(0) < 128 ? text : text.toLowerCase();
  }
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/**
 * Character classes of the BMP outside the surrogates, filled in on first sight of each code point from the
 * Unicode regexes above (so they agree exactly), because testing a regex per umlaut was the tokenizer's cost.
 * Bits: 1 known, 2 letter, 4 letter or mark, 8 space.
 */
const CLASS = new Uint8Array(0x10000);
const KNOWN = 1;
const IS_LETTER = 2;
const IS_WORD = 4;
const IS_SPACE = 8;

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (LETTER_OR_MARK.test(ch) ? IS_WORD : 0) | (SPACE.test(ch) ? IS_SPACE : 0);
    CLASS[c] = k;
  }
  return k;
}

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xd800 || c > 0xdfff) return (classOf(c) & IS_LETTER) !== 0;
  return LETTER.test(ch);
}

function continuesWord(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xd800 || c > 0xdfff) return (classOf(c) & IS_WORD) !== 0;
  return LETTER_OR_MARK.test(ch);
}

function isSpace(c: number, ch: string): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xd800 || c > 0xdfff) return (classOf(c) & IS_SPACE) !== 0;
  return SPACE.test(ch);
}

/**
 * The character at i as the classifiers need it: '' for ASCII and for the BMP outside the surrogates (the
 * class table decides those by code alone), else the code point as a string (a high surrogate takes the
 * next code unit with it, as it always did).
 */
function charAt(text: string, i: number, c: number): string {
  if (c < 0xd800 || c > 0xdfff) return '';
  return c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
}

/** Code units the character at i spans (a high surrogate with a following unit spans two). */
function width(text: string, i: number, c: number): number {
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

const defaultMemo = new WordMemo();

/**
 * Runs of letters (with combining marks), runs of ASCII digits, and every other non-space character
 * alone. A hand-written scanner: the tokenizer sees every character of the text, and a Unicode regex
 * with three alternatives was the engine's largest cost.
 */
export function qtokenize(text: string, from: number, to: number, memo: WordMemo = defaultMemo): QToken[] {
  const out: QToken[] = [];
  let i = from;
  let gap = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      gap = true;
      i++;
      continue;
    }
    const ch = c < 128 ? '' : charAt(text, i, c);
    if (isSpace(c, ch)) {
      gap = true;
      i += width(text, i, c);
      continue;
    }
    const start = i;
    let kind: 'digits' | 'symbol';
    if (c >= 48 && c <= 57) {
      kind = 'digits';
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
    } else if (isLetter(c, ch)) {
      i += width(text, i, c);
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
            i++;
            continue;
          }
          break;
        }
        if (!continuesWord(d, charAt(text, i, d))) break;
        i += width(text, i, d);
      }
      out.push(new Tok(start, Math.min(i, to), text, 'word', gap || out.length === 0, memo));
      gap = false;
      continue;
    } else {
      kind = 'symbol';
      i += width(text, i, c);
    }
    const end = Math.min(i, to);
    out.push(new Tok(start, end, text, kind, gap || out.length === 0, memo));
    gap = false;
  }
  return out;
}

export function isCapitalized(tok: QToken | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const c = tok.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
