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
  if (c < 0x30) return true;
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
  const push = (m: RegExpExecArray) => {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, label: lr.labels[g - 1]!, text: m[0] });
  };
  const sticky = stickyTwin(lr.re);
  if (sticky) scanSticky(sticky, s, push);
  else scanGlobal(lr.re, s, push);
  return out;
}

/** All [start, end) matches of a global regex in text[from, to) (run on the slice, as above). */
export function scanAll(re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const s = text.slice(from, to);
  const push = (m: RegExpExecArray) => void out.push([from + m.index, from + m.index + m[0].length]);
  const sticky = stickyTwin(re);
  if (sticky) scanSticky(sticky, s, push);
  else scanGlobal(re, s, push);
  return out;
}

/** Does any match of `re` start a word in text[from, to)? (scanAll without collecting, stops at the first) */
export function hasWordMatch(re: RegExp, text: string, from: number, to: number, accept: (start: number) => boolean = () => true): boolean {
  let found = false;
  const s = text.slice(from, to);
  const visit = (m: RegExpExecArray) => {
    if (accept(from + m.index)) found = true;
    return found;
  };
  const sticky = stickyTwin(re);
  if (sticky) scanSticky(sticky, s, visit);
  else scanGlobal(re, s, visit);
  return found;
}

/**
 * The two ways to find the word-initial matches of a global regex in `s`, in order, each match where the last one
 * ended; they find exactly the same matches. `visit` returns true to stop.
 * - global: let the regex search, drop matches inside words. Fast when V8 can skip ahead on the first characters
 *   of the alternatives.
 * - sticky: try the regex at each word start only. Fast when an alternative can start with any letter
 *   ("[\p{L}]+-Schätzung"): then the global search tries every alternative at every character, and such an
 *   alternative runs to the end of the word from each letter of it.
 */
function scanGlobal(re: RegExp, s: string, visit: (m: RegExpExecArray) => boolean | void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (!startsWord(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (visit(m) === true) return;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function scanSticky(re: RegExp, s: string, visit: (m: RegExpExecArray) => boolean | void): void {
  for (let p = 0; p <= s.length; p++) {
    if (!startsWord(s, p)) continue;
    // the global search of a unicode regex never starts inside a surrogate pair
    if (p > 0 && isLowSurrogate(s.charCodeAt(p)) && isHighSurrogate(s.charCodeAt(p - 1))) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (m === null) continue;
    if (visit(m) === true) return;
    // go on where the match ended (the loop steps past an empty match)
    if (m[0].length > 0) p = m.index + m[0].length - 1;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A branch that can start with any letter: a letter class repeated at the start of the pattern or right after
 * "|" or "(" / "(?:". Only a speed heuristic: both scans give the same matches.
 */
const LETTER_START = /(?:^|[|(])(?:\?:)?(?:\(\?:)?\[?\\p\{L[^}]*\}(?:\\p\{\w+\}|\\d|-)*\]?[+*]/u;
const stickyTwins = new WeakMap<RegExp, RegExp | null>();

/** The sticky copy of a global regex that is better scanned word start by word start, else null. */
function stickyTwin(re: RegExp): RegExp | null {
  let t = stickyTwins.get(re);
  if (t === undefined) {
    t = LETTER_START.test(re.source) ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null;
    stickyTwins.set(re, t);
  }
  return t;
}

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
