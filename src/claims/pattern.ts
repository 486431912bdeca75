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
  const re = lr.re;
  const s = text.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (!startsWord(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, label: lr.labels[g - 1]!, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** All [start, end) matches of a global regex in text[from, to) (run on the slice, as above). */
export function scanAll(re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const s = text.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (!startsWord(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push([from + m.index, from + m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
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
