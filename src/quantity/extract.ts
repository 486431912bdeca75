import type { QuantitySpan } from '../core/quantity.js';
import type { LanguagePack } from '../lang/types.js';
import { compileTables } from './compile.js';
import { findMatches, type TokenSkip } from './matcher.js';
import { resolveValue } from './resolve.js';
import { qtokenize, type QToken } from './tokens.js';

/**
 * URLs and e-mail addresses hold digits and "%" that are no figures ("?q=30%25"). Found from their
 * anchors ("://", "www.", "@") outwards with indexOf: a regex over the whole text tried every word
 * start and was a hot spot.
 */
const URL_CHAR = /\S/u;
const SCHEME_CHAR = /[a-z]/i;
const MAIL_LOCAL = /[\w.+-]/u;
const MAIL_DOMAIN = /^@[\w-]+\.[\w.-]+/u;

function toEnd(text: string, p: number, to: number): number {
  while (p < to && URL_CHAR.test(text[p]!)) p++;
  return p;
}

function opaqueRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let p = text.indexOf('://', from); p !== -1 && p < to; p = text.indexOf('://', p + 3)) {
    let s = p;
    while (s > from && SCHEME_CHAR.test(text[s - 1]!)) s--;
    if (/^https?$/i.test(text.slice(s, p))) out.push([s, toEnd(text, p, to)]);
  }
  for (const www of ['www.', 'WWW.', 'Www.']) {
    for (let p = text.indexOf(www, from); p !== -1 && p < to; p = text.indexOf(www, p + 4)) {
      if (p > from && /\w/.test(text[p - 1]!)) continue; // \bwww.
      out.push([p, toEnd(text, p, to)]);
    }
  }
  for (let p = text.indexOf('@', from); p !== -1 && p < to; p = text.indexOf('@', p + 1)) {
    const m = MAIL_DOMAIN.exec(text.slice(p, Math.min(to, p + 256)));
    if (!m) continue;
    let s = p;
    while (s > from && MAIL_LOCAL.test(text[s - 1]!)) s--;
    if (s < p) out.push([s, p + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Every number-like span in text[from, to): figures (kind "quantity") with their normalised range,
 * and the spans that look like numbers but are not figures (dates, years, ordinals, clock times,
 * reference numbers, ages, durations), so that consumers can tell them apart.
 * Sorted by start, non-overlapping; `text` is always `text.slice(start, end)`.
 */
export function extractQuantities(text: string, pack: LanguagePack, from = 0, to = text.length): QuantitySpan[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const tables = compileTables(pack.numbers);
  const toks = qtokenize(text, lo, hi, tables.words);
  const opaque = opaqueRanges(text, lo, hi);
  const matches = findMatches(text, toks, tables, opaque.length ? new Skipper(opaque) : null);
  const prefix = `${pack.code}/quantity/`;
  const out: QuantitySpan[] = new Array(matches.length);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const start = toks[m.startTok]!.start;
    const end = toks[m.endTok - 1]!.end;
    out[k] = {
      start,
      end,
      text: text.slice(start, end),
      rule: prefix + m.rule,
      kind: m.kind,
      value: resolveValue(m.shape),
    };
  }
  return out;
}

/** Tells the matcher which tokens lie in a URL or e-mail address; asked in token order, so one cursor serves. */
class Skipper implements TokenSkip {
  private oi = 0;
  constructor(private readonly opaque: [number, number][]) {}

  skip(tok: QToken): boolean {
    const opaque = this.opaque;
    while (this.oi < opaque.length && opaque[this.oi]![1] <= tok.start) this.oi++;
    const r = opaque[this.oi];
    return r !== undefined && r[0] <= tok.start && tok.start < r[1];
  }
}

/** Only the figures: spans of kind "quantity". */
export function extractFigures(text: string, pack: LanguagePack, from = 0, to = text.length): QuantitySpan[] {
  return extractQuantities(text, pack, from, to).filter((q) => q.kind === 'quantity');
}
