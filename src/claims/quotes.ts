import type { Span } from '../core/span.js';
import { cached } from './pattern.js';

/**
 * Direct quotations in a text: an opening mark paired with the next closing mark of its pair on the same line
 * (news paragraphs are lines; a quote never runs over a blank line). Quotes of fewer than four words are names
 * or scare quotes („United States National Security Council“), not speech.
 */
export interface Quote extends Span {
  /** the quoted words, without the marks */
  inner: Span;
  /** it is speech: long enough to be a statement */
  speech: boolean;
}

export function findQuotes(text: string, pairs: ReadonlyArray<readonly [string, string]>, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  const { openers, first } = openersOf(pairs);
  let i = from;
  while (i < to) {
    if (first[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const ch = text[i]!;
    const close = openers.get(ch);
    if (close === undefined) {
      i++;
      continue;
    }
    // a straight quote or apostrophe inside a word is not an opening mark
    if ((ch === '"' || ch === '‚') && i > from && /[\p{L}\p{N}]/u.test(text[i - 1]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    while (j < to) {
      const c = text[j]!;
      if (c === '\n') break;
      if (c === close) {
        found = j;
        break;
      }
      j++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    const inner = { start: i + 1, end: found };
    const words = text.slice(inner.start, inner.end).split(/\s+/).filter(Boolean).length;
    out.push({ start: i, end: found + 1, inner, speech: words >= 4 });
    i = found + 1;
  }
  return out;
}

/**
 * Opening mark → its closing mark, and the UTF-16 units an opening mark starts with (most characters of a text are
 * skipped by one array read), once per table.
 */
const openersOf = cached((pairs: ReadonlyArray<readonly [string, string]>): { openers: Map<string, string>; first: Uint8Array } => {
  const openers = new Map<string, string>();
  for (const [o, c] of pairs) if (!openers.has(o)) openers.set(o, c);
  const first = new Uint8Array(0x10000);
  for (const o of openers.keys()) if (o.length) first[o.charCodeAt(0)] = 1;
  return { openers, first };
});

/** The quote (speech only) that contains a position, by binary search over sorted quotes. */
export function quoteAt(quotes: Quote[], pos: number): Quote | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return q.speech ? q : null;
  }
  return null;
}
