import { fold } from './fold.js';

/**
 * The quantity engine's own light tokens: runs of letters, runs of ASCII digits, and single other
 * characters. Spaces are not tokens; `gapBefore` tells whether whitespace separated a token from the
 * one before it. (Kept apart from src/text/tokens.ts on purpose: number matching needs every symbol
 * as its own token, "5,6" as digits/comma/digits, and no sentence logic.)
 */
export interface QToken {
  start: number;
  end: number;
  text: string;
  /** folded text for lookups */
  norm: string;
  kind: 'word' | 'digits' | 'symbol';
  /** whitespace between the previous token and this one */
  gapBefore: boolean;
}

const TOKEN_RE = /(\p{L}[\p{L}\p{M}]*)|([0-9]+)|(\S)/gu;
const SPACE_RE = /\s/u;

export function qtokenize(text: string, from: number, to: number): QToken[] {
  const out: QToken[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const start = m.index;
    const tokText = m[0];
    const kind = m[1] ? 'word' : m[2] ? 'digits' : 'symbol';
    let gap = false;
    for (let k = prevEnd; k < start; k++) {
      if (SPACE_RE.test(slice[k]!)) { gap = true; break; }
    }
    out.push({ start: from + start, end: from + start + tokText.length, text: tokText, norm: kind === 'word' ? fold(tokText) : tokText.toLowerCase(), kind, gapBefore: gap || (out.length === 0) });
    prevEnd = start + tokText.length;
  }
  return out;
}

export function isCapitalized(tok: QToken | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const c = tok.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
