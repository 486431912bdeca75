import { firstCharTable } from './first-chars.js';

/**
 * Regex building for the claim tables. Tables hold plain fragments; the engine compiles each table once
 * per language pack (cached on the table object), never per sentence or per claim.
 */

/**
 * Whole-word alternation: a fragment must not touch a letter or digit on either side. The left edge is checked
 * by the scan functions below, not by a lookbehind: a regex that starts with a lookbehind cannot use V8's quick
 * first-character search and is several times slower on long sentences.
 */
export function wordRegex(fragments: readonly string[], flags = 'iu'): RegExp {
  // an empty table matches nothing (an empty alternation would match everywhere)
  const alt = fragments.length ? sortLongestFirst(fragments).join('|') : '(?!)';
  return new RegExp(`(?:${alt})(?![\\p{L}\\p{N}])`, flags.includes('g') ? flags : flags + 'g');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Does a match at `index` of `s` start a word (no letter or digit right before it)? */
function startsWord(s: string, index: number): boolean {
  if (index === 0) return true;
  const c = s.charCodeAt(index - 1);
  // ASCII: only digits and letters are letters or digits (the regex test is for the rest)
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  return !WORD_CHAR.test(s.charAt(index - 1));
}

/**
 * One regex for a list of labelled fragments: each label gets its own capture group, so a single pass finds
 * every term and tells which label matched. Earlier entries win at the same position.
 */
export interface LabelledRegex<L> {
  re: RegExp;
  labels: L[];
}

export function labelledRegex<L>(entries: ReadonlyArray<readonly [L, string]>, flags = 'iu'): LabelledRegex<L> {
  const labels = entries.map((e) => e[0]);
  const alt = entries.length ? entries.map((e) => `(${e[1]})`).join('|') : '(?!)';
  const re = new RegExp(`(?:${alt})(?![\\p{L}\\p{N}])`, flags.includes('g') ? flags : flags + 'g');
  return { re, labels };
}

export interface LabelledHit<L> {
  start: number;
  end: number;
  label: L;
  text: string;
}

/**
 * All hits of a labelled regex in text[from, to). The regex runs on the slice, not on the whole text: a search
 * that finds nothing in a sentence must not run on to the end of the document (that would be quadratic).
 */
export function scanLabelled<L>(lr: LabelledRegex<L>, text: string, from: number, to: number): LabelledHit<L>[] {
  const out: LabelledHit<L>[] = [];
  const s = text.slice(from, to);
  const sc = scannerOf(lr.re);
  let m: RegExpExecArray | null;
  for (let pos = 0; (m = nextWordMatch(sc, s, pos)) !== null; pos = after(m)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, label: lr.labels[g - 1]!, text: m[0] });
  }
  return out;
}

/** All [start, end) matches of a global regex in text[from, to) (run on the slice, as above). */
export function scanAll(re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const s = text.slice(from, to);
  const sc = scannerOf(re);
  let m: RegExpExecArray | null;
  for (let pos = 0; (m = nextWordMatch(sc, s, pos)) !== null; pos = after(m)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** Does a match of scanAll start at a position `accept` takes? Stops at the first. */
export function hasWordMatch(re: RegExp, text: string, from: number, to: number, accept: (start: number) => boolean): boolean {
  const s = text.slice(from, to);
  const sc = scannerOf(re);
  let m: RegExpExecArray | null;
  for (let pos = 0; (m = nextWordMatch(sc, s, pos)) !== null; pos = after(m)) if (accept(from + m.index)) return true;
  return false;
}

/**
 * How a regex is scanned. Two ways that find exactly the same matches (each where the last one ended, only at
 * the start of a word):
 * - global: let the regex search, drop matches inside words. Fast when V8 can skip ahead on the first characters
 *   of the alternatives, which is the usual case.
 * - sticky: try the regex only at word starts whose character can begin a match (`first`). Used when the
 *   alternatives start with many different characters: V8's skipping then helps little and it tries every
 *   alternative at every character. Worst is an alternative that can start with any letter
 *   ("[\p{L}]+-Schätzung"): it runs to the end of the word from each letter of it.
 */
interface Scanner {
  global: RegExp;
  sticky: RegExp | null;
  first: Uint8Array | null;
}

const scanners = new WeakMap<RegExp, Scanner>();
/**
 * From this many possible first characters on, the sticky scan is faster (measured on the claim tables of both
 * languages: measure terms with 40-50 first characters gain a third, speech verbs with ~20 lose a little).
 */
const MANY_STARTS = 40;

function scannerOf(re: RegExp): Scanner {
  let sc = scanners.get(re);
  if (sc === undefined) {
    const first = firstCharTable(re.source, re.flags);
    let n = 0;
    if (first) for (let c = 0; c < 0xd800; c++) n += first[c]!;
    const sticky = first && n >= MANY_STARTS ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null;
    sc = { global: re, sticky, first: sticky ? first : null };
    scanners.set(re, sc);
  }
  return sc;
}

/** scanAll with the scan way forced (for tests: both ways must find the same matches) */
export function scanAllBy(way: 'global' | 'sticky', re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const sticky = way === 'sticky' ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null;
  const sc: Scanner = { global: re, sticky, first: sticky ? firstCharTable(re.source, re.flags) : null };
  const out: Array<[number, number]> = [];
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  for (let pos = 0; (m = nextWordMatch(sc, s, pos)) !== null; pos = after(m)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** where the scan goes on after a match (one past an empty match) */
function after(m: RegExpExecArray): number {
  return m[0].length > 0 ? m.index + m[0].length : m.index + 1;
}

/** The first match at a word start at or after `pos`, or null. */
function nextWordMatch(sc: Scanner, s: string, pos: number): RegExpExecArray | null {
  if (sc.sticky === null) {
    const re = sc.global;
    re.lastIndex = pos;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (startsWord(s, m.index)) return m;
      re.lastIndex = m.index + 1;
    }
    return null;
  }
  const re = sc.sticky;
  const first = sc.first;
  // a pattern with a start table cannot match the empty string: no match starts at the end
  const last = first ? s.length - 1 : s.length;
  for (let p = pos; p <= last; p++) {
    const c = s.charCodeAt(p);
    if ((first !== null && first[c] === 0) || !startsWord(s, p)) continue;
    // the global search of a unicode regex never starts inside a surrogate pair
    if (c >= 0xdc00 && c <= 0xdfff && p > 0 && isHighSurrogate(s.charCodeAt(p - 1))) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (m !== null) return m;
  }
  return null;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Escapes a literal for use inside a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sortLongestFirst(fragments: readonly string[]): string[] {
  return [...fragments].sort((a, b) => b.length - a.length);
}

/** A cache keyed by a table object: compiled once per language pack. */
export function cached<T extends object, R>(fn: (t: T) => R): (t: T) => R {
  const cache = new WeakMap<T, R>();
  return (t: T) => {
    let r = cache.get(t);
    if (r === undefined) {
      r = fn(t);
      cache.set(t, r);
    }
    return r;
  };
}
