import type { Grain } from '../../core/time-value.js';
import type { Elem, Hit, Node, Produced, Rule } from '../chart.js';
import { lex, type Tok } from '../lexer.js';
import type { Series } from '../series.js';
import type { TimeTables } from '../tables.js';
import type { Wall, Zone } from '../calendar-math.js';

/** Everything a rule may consult besides its matched tokens. */
export interface Ctx {
  tables: TimeTables;
  /** reference time on the wall clock (a stand-in when there is none: then relative values are dropped later) */
  ref: Wall;
  hasRef: boolean;
  prefer: 'past' | 'future';
  zone: Zone;
}

/** The value of a `time` node: a series plus what rules need to know about how it was said. */
export interface TV {
  s: Series;
  form: Form;
  /** needs context to count as a time ("15" alone is not one, "um 15" is) */
  latent?: boolean;
  /** latent only because it is a weak abbreviation ("Sat"): fine beside a date or a clock time */
  weak?: boolean;
  /** calendar parts that were said, for intervals such as "13. - 15. Juli" that share month and year */
  parts?: { y?: number; mo?: number; d?: number };
  /** clock reading, for time-zone shifts and part-of-day adjustments */
  tod?: { h: number; mi: number | null; sec: number | null; amb: boolean };
  /** depends on the reference time (false for "20.01.2025") */
  relative: boolean;
  /** "Ende des Monats": an edge of a larger unit ("bis Ende des Monats" runs to its end, not its start) */
  edge?: 'beginning' | 'middle' | 'end';
}

export type Form =
  | 'now'
  | 'relday'
  | 'dow'
  | 'month'
  | 'dom'
  | 'date'
  | 'year'
  | 'tod'
  | 'pod'
  | 'season'
  | 'weekend'
  | 'cycle'
  | 'quarter'
  | 'interval'
  | 'ago'
  | 'mixed';

export interface Duration {
  n: number;
  g: Grain;
  /** "ein paar", "a few": a vague count (Duckling resolves them as 2 or 3) */
  vague?: boolean;
}

export type OpenValue = { dir: 'after' | 'before'; at: Wall | null; grain: Grain; relative: boolean; role: 'open' | 'cumulative' };
export type CumulValue = { start: Wall | null; grain: Grain; relative: boolean };
export type RateValue = { per: Grain };

// ---------------------------------------------------------------------------------------------------------
// Pattern builders.

const phraseCache = new Map<string, string[]>();

/** Token texts of a phrase as the lexer splits it ("ca." → ["ca", "."]). */
export function words(phrase: string): string[] {
  let w = phraseCache.get(phrase);
  if (!w) {
    w = lex(phrase.toLowerCase()).map((t) => t.t);
    phraseCache.set(phrase, w);
  }
  return w;
}

/** One of several (possibly multi-word) phrases. */
export function seq(phrases: readonly string[] | undefined, opts: { opt?: boolean; tight?: boolean } = {}): Elem {
  const list = (phrases ?? []).map(words).filter((w) => w.length > 0);
  // Longest first, so "in der früh" is preferred over "in"; the chart keeps every alternative anyway.
  list.sort((a, b) => b.length - a.length);
  return { k: 'seq', words: list, ...opts };
}

export function tok(test: (t: Tok) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem {
  return { k: 'tok', test, ...opts };
}

export function punct(chars: string, opts: { opt?: boolean; tight?: boolean } = {}): Elem {
  return tok((t) => t.kind === 'p' && chars.includes(t.t), opts);
}

export function node(type: string, test?: (v: any) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem { // eslint-disable-line @typescript-eslint/no-explicit-any
  return { k: 'node', type, test, ...opts };
}

export const time = (test?: (v: TV) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem =>
  node('time', test, opts);
/**
 * A time node of one of `forms` that passes `test`: the same as `time` with a test on the form, but the chart
 * indexes time nodes by these forms, so the rule is tried only where such a node is (a month rule not at every
 * weekday).
 */
export function timeOf(forms: readonly Form[], test?: (v: TV) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem {
  const inForms = (v: TV) => forms.includes(v.form);
  return { k: 'node', type: 'time', test: test ? (v: TV) => inForms(v) && test(v) : inForms, forms, ...opts };
}
export const num = (test?: (v: NumV) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem => node('num', test, opts);
export const ord = (test?: (v: number) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem => node('ord', test, opts);
export const dur = (test?: (v: Duration) => boolean, opts: { opt?: boolean; tight?: boolean } = {}): Elem => node('duration', test, opts);

/** A number node: its value and, for digits, how many digits were written ("05" vs "5", years). */
export interface NumV {
  n: number;
  digits: number | null;
  /** written as a word ("drei") */
  word?: boolean;
}

export function hitTok(h: Hit): Tok {
  if (!h || !h.tok) throw new Error('expected a token');
  return h.tok;
}

export function hitNode(h: Hit): Node {
  if (!h || !h.node) throw new Error('expected a node');
  return h.node;
}

export function tv(h: Hit): TV {
  return hitNode(h).v as TV;
}

export function nv(h: Hit): NumV {
  return hitNode(h).v as NumV;
}

/** The text of a phrase hit (a `seq` element) joined by spaces. */
export function hitWords(h: Hit): string {
  if (!h) return '';
  if (h.phrase !== undefined) return h.phrase;
  if (h.tok) return h.tok.t;
  return '';
}

const NO_EXTRA: Partial<TV> = {};

/**
 * Every time value made here has all fields, in one order (absent ones undefined): one object shape, so that
 * rules copying a value (`{ ...tv(h), latent: false }`) stay on V8's fast path instead of a shape lookup per copy.
 */
export function mkTime(s: Series, form: Form, relative: boolean, extra: Partial<TV> = NO_EXTRA): Produced {
  const v: TV = { s, form, relative, latent: extra.latent, weak: extra.weak, parts: extra.parts, tod: extra.tod, edge: extra.edge };
  return { type: 'time', v };
}

export function rule(name: string, pattern: Elem[], prod: Rule['prod'], prio = 0): Rule {
  return { name, pattern, prod, prio };
}

export const isInt = (lo: number, hi: number) => (v: NumV) => Number.isInteger(v.n) && v.n >= lo && v.n <= hi;

/** A two-digit year read the way people write them: "74" → 1974, "18" → 2018. */
export function fullYear(v: NumV): number {
  if (v.digits !== null && v.digits <= 2) return v.n >= 50 ? 1900 + v.n : 2000 + v.n;
  return v.n;
}
