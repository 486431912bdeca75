import { firstCharTable, groupEnd, pairTable, PAIR_LIMIT, splitAlternatives } from './first-chars.js';
import { NONE, wordsOf, type ScanWord, type SentenceWords } from './words.js';
import { subFor, wordIndexOf, type Sub, type WordIndex } from './word-index.js';

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

/** 1: the BMP code unit is a letter or digit, 2: it is not, 0: not looked up yet (filled as met: start-up time) */
const wordUnits = new Uint8Array(0x10000);

/** Is the code unit a letter or digit, as startsWord tests the one before a match (a lone surrogate is not)? */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let w = wordUnits[c];
  if (w === undefined) return false; // NaN: past the end
  if (w === 0) {
    w = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnits[c] = w;
  }
  return w === 1;
}

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
  const w = wordsOf(text, from, to);
  const found = matches(scannerFor(scannerOf(lr.re), w.s), w, null);
  const out: LabelledHit<L>[] = new Array<LabelledHit<L>>(found.length);
  for (let k = 0; k < found.length; k++) {
    const h = found[k]!;
    out[k] = { start: from + h.at, end: from + h.at + h.text.length, label: lr.labels[h.label]!, text: h.text };
  }
  return out;
}

/** All [start, end) matches of a global regex in text[from, to) (run on the slice, as above). */
export function scanAll(re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const w = wordsOf(text, from, to);
  return matches(scannerFor(scannerOf(re), w.s), w, null).map((h) => [from + h.at, from + h.at + h.text.length]);
}

/** Does a match of scanAll start at a position `accept` takes? Stops at the first. */
export function hasWordMatch(re: RegExp, text: string, from: number, to: number, accept: (start: number) => boolean): boolean {
  const w = wordsOf(text, from, to);
  matches(scannerFor(scannerOf(re), w.s), w, (at) => accept(from + at));
  return acceptedLast;
}

/** A match of a scan: where in the slice, its text, its label index (-1 for a word regex) */
interface RawHit {
  at: number;
  text: string;
  label: number;
}

/** whether the last match `matches` returned was accepted by its `stop` (set by matches) */
let acceptedLast = false;

/**
 * The matches of a scan of w.s in order, each where the last one ended and at a word start; with `stop`, up to the
 * first whose start it accepts (acceptedLast tells whether one was).
 */
function matches(sc: Scanner, w: SentenceWords, stop: ((at: number) => boolean) | null): RawHit[] {
  const out: RawHit[] = [];
  acceptedLast = false;
  if (sc.index !== null) return indexedMatches(sc.index, w, stop, out);
  const s = w.s;
  let m: RegExpExecArray | null;
  for (let pos = 0; (m = nextWordMatch(sc, s, pos)) !== null; pos = after(m, s, sc.global)) {
    const g = firstGroup(m);
    out.push({ at: m.index, text: m[0], label: sc.groups === null ? g - 1 : sc.groups[g - 1]! });
    if (stop !== null && stop(m.index)) {
      acceptedLast = true;
      break;
    }
  }
  return out;
}

/** the number of the first capture group that took part in the match (m.length when none did) */
function firstGroup(m: RegExpExecArray): number {
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  return g;
}

/**
 * The same matches, each word tried only with the alternatives that can start with it (word-index.ts): at any
 * other position no alternative can match, so nothing is lost and the order is the same.
 */
function indexedMatches(ix: WordIndex, w: SentenceWords, stop: ((at: number) => boolean) | null, out: RawHit[]): RawHit[] {
  const s = w.s;
  const starts = w.starts;
  const words = w.words;
  let pos = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < pos) continue;
    const sub = subAt(ix, words[k]!);
    if (sub === null) continue;
    const re = sub.re;
    re.lastIndex = p;
    const m = re.exec(s);
    if (m === null) continue;
    out.push({ at: p, text: m[0], label: sub.groups === null ? sub.label : sub.groups[firstGroup(m) - 1]! });
    if (stop !== null && stop(p)) {
      acceptedLast = true;
      break;
    }
    pos = after(m, s, re);
  }
  return out;
}

/**
 * The regex to try at a word (cached on the word, per index); the whole table's at a word not read. The word's
 * slots are the tokenizer's (typed unknown there): only this function fills them, each with a Sub or NONE.
 */
function subAt(ix: WordIndex, word: ScanWord | null): Sub | null {
  if (word === null) return ix.full;
  let d = word.data;
  if (d === undefined) d = word.data = [];
  let v = d[ix.id] as Sub | typeof NONE | undefined;
  if (v === undefined) v = d[ix.id] = subFor(ix, ix.fold ? word.t : word.raw) ?? NONE;
  return v === NONE ? null : v;
}

/**
 * How a regex is scanned. Three ways that find exactly the same matches (each where the last one ended, only at
 * the start of a word):
 * - indexed (the usual one): the sentence's words are read once (words.ts), and at each word only the
 *   alternatives that can start with it are tried (word-index.ts); most words start none. Used whenever every
 *   alternative's first words are known, or only a few are open and gatedOf cannot leave them out. The two ways
 *   below remain for regexes that cannot be indexed.
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
  /** the first two characters a match can start with (see pairTable); only with `first` */
  pairs: Uint8Array | null;
  /** group number - 1 → label index, when the scanner's regex is a rebuilt one (see gatedOf); null: the same */
  groups: Int32Array | null;
  /** alternatives that need a literal (see gatedOf); null when there are none */
  gated: Gated | null;
  /** how many code units below the surrogates a match can start with (0 when unknown) */
  starts: number;
  /** the alternatives by the words they can start with: then only those are tried (see word-index.ts) */
  index: WordIndex | null;
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
    const indexed = indexedScanner(re, null);
    // alternatives that may start with any word are better left out by their literal (gatedOf) where it is missing
    if (indexed !== null && indexed.index!.wild.length === 0) sc = indexed;
    else {
      sc = plainScanner(re, null);
      // only a regex that can start with most letters has such alternatives (looking costs time at start-up)
      if (sc.starts >= WIDE) sc.gated = gatedOf(re);
      if (sc.gated === null && indexed !== null) sc = indexed;
    }
    scanners.set(re, sc);
  }
  return sc;
}

function plainScanner(re: RegExp, groups: Int32Array | null): Scanner {
  const first = firstCharTable(re.source, re.flags);
  let n = 0;
  if (first) for (let c = 0; c < 0xd800; c++) n += first[c]!;
  const sticky = first && n >= MANY_STARTS ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null;
  // the pair table costs start-up time; it pays off only where the sticky scan tries the regex at word starts
  const pairs = sticky && n < WIDE ? pairTable(re.source, re.flags) : null;
  return { global: re, sticky, first: sticky ? first : null, pairs, groups, gated: null, starts: n, index: null };
}

/** A scanner that tries the regex only at the words it can start with, or null when they cannot be known. */
function indexedScanner(re: RegExp, groups: Int32Array | null): Scanner | null {
  const index = wordIndexOf(re, groups, groups !== null || isLabelled(re.source));
  return index === null ? null : { global: re, sticky: null, first: null, pairs: null, groups, gated: null, starts: 0, index };
}

/** Is the regex built by labelledRegex: one capture group per entry (else its labels are not read)? */
function isLabelled(src: string): boolean {
  const parts = src.startsWith('(?:') && src.endsWith(')' + WORD_TAIL) ? splitAlternatives(src.slice(3, src.length - 1 - WORD_TAIL.length)) : null;
  return parts !== null && parts.every((p) => p.startsWith('(') && !p.startsWith('(?') && groupEnd(p, 0) === p.length - 1);
}

/** From this many possible first characters on, a regex or an alternative counts as starting with any letter. */
const WIDE = 1000;

/**
 * Alternatives that can start with almost any letter ("[\p{L}]+-Schätzung", "(?:[\p{L}-]+ )?estimates by") make
 * a scan try them at every word. Each holds a literal it cannot match without ("-Schätzung"): a text without
 * that literal is scanned with a regex that leaves those alternatives out, which finds exactly the same
 * matches (a left-out alternative could not match anywhere in it), in the same order and with the same labels.
 */
interface Gated {
  /** one literal test per gated alternative (the regex's own flags) */
  gates: RegExp[];
  /** alternatives in order: source, label index (-1 for a word regex), gate index or -1 */
  alts: Array<{ source: string; label: number; gate: number }>;
  flags: string;
  /** scanners by the bit set of gates whose literal occurs */
  variants: Map<number, Scanner>;
  /** how often each variant was asked for */
  uses: Map<number, number>;
}

const WORD_TAIL = '(?![\\p{L}\\p{N}])';

function gatedOf(re: RegExp): Gated | null {
  const src = re.source;
  if (!src.startsWith('(?:') || !src.endsWith(')' + WORD_TAIL)) return null;
  const parts = splitAlternatives(src.slice(3, src.length - 1 - WORD_TAIL.length));
  if (!parts) return null;
  const flags = re.flags.replace(/[gy]/gu, '');
  const alts: Gated['alts'] = [];
  const gates: RegExp[] = [];
  // a labelled regex: every part is one capturing group, whose number gives the label
  const labelled = parts.every((p) => p.startsWith('(') && !p.startsWith('(?') && groupEnd(p, 0) === p.length - 1);
  const wide = (src: string) => {
    // it can start with (almost) any ASCII letter; only the first 0x80 code units are looked at (start-up time)
    const first = firstCharTable(src, flags, 0x80);
    let n = 0;
    if (first) for (let c = 0x41; c < 0x7b; c++) n += first[c]!;
    return n >= 48;
  };
  for (let k = 0; k < parts.length; k++) {
    const inner = labelled ? splitAlternatives(parts[k]!.slice(1, -1)) : [parts[k]!];
    if (!inner) return null;
    // an alternative is wide only in a wide table entry (its first characters are the union of its alternatives')
    const wideEntry = wide(parts[k]!);
    for (const a of inner) {
      // capturing groups or backreferences of their own would shift the group numbers the labels are read by
      if (/\\[1-9k]/u.test(a) || /(?<!\\)\((?:(?!\?)|\?<(?![=!]))/u.test(a.replace(/\\\\/gu, '').replace(/\[(?:\\.|[^\]])*\]/gu, ''))) return null;
      let gate = -1;
      if (wideEntry && wide(a)) {
        const lit = requiredLiteral(a);
        if (lit.length >= 3) {
          gate = gates.length;
          gates.push(new RegExp(escapeRegex(lit), flags));
        }
      }
      alts.push({ source: a, label: labelled ? k : -1, gate });
    }
  }
  if (gates.length === 0 || gates.length > 16) return null;
  return { gates, alts, flags: re.flags, variants: new Map(), uses: new Map() };
}

/** The scanner for s: the full regex when every gated literal occurs in s, else one without the alternatives that cannot match. */
function scannerFor(sc: Scanner, s: string): Scanner {
  const g = sc.gated;
  if (g === null) return sc;
  let mask = 0;
  for (let i = 0; i < g.gates.length; i++) if (g.gates[i]!.test(s)) mask |= 1 << i;
  if (mask === (1 << g.gates.length) - 1) return sc;
  let v = g.variants.get(mask);
  if (v === undefined) {
    const kept = g.alts.filter((a) => a.gate < 0 || (mask & (1 << a.gate)) !== 0);
    const alt = kept.length ? kept.map((a) => `(${a.source})`).join('|') : '(?!)';
    // scanned the global way at first: its first-character table costs start-up time that pays off only over many texts
    const global = new RegExp(`(?:${alt})${WORD_TAIL}`, g.flags);
    const groups = Int32Array.from(kept, (a) => a.label);
    v = indexedScanner(global, groups) ?? { global, sticky: null, first: null, pairs: null, groups, gated: null, starts: 0, index: null };
    g.variants.set(mask, v);
    g.uses.set(mask, 0);
  }
  const uses = g.uses.get(mask)! + 1;
  g.uses.set(mask, uses);
  if (uses === VARIANT_TABLE_AFTER && v.index === null) {
    // both ways find the same matches: switching is a matter of speed only
    v = plainScanner(v.global, v.groups);
    g.variants.set(mask, v);
  }
  return v;
}

/** how many texts a variant is scanned the global way before its first-character table is built */
const VARIANT_TABLE_AFTER = 64;


/**
 * The longest run of plain characters every match of an alternative contains, in this order and next to each
 * other: literal characters (or escaped punctuation) at its top level, none with a quantifier. Groups, classes,
 * escapes such as \s and quantified characters end a run ("" when there is none).
 */
function requiredLiteral(alt: string): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i]!;
    let lit: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const n = alt[i + 1] ?? '';
      if (/^[.*+?^$\{\}()|[\]\\/\-]$/u.test(n)) lit = n;
      next = i + 2;
      if (lit === null) {
        // \p{..}, \u...., \s and the like: not a literal; skip its body
        const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/u.exec(alt.slice(i));
        next = i + (m ? m[0].length : 2);
      }
    } else if (c === '[') {
      let j = i + 1;
      while (j < alt.length && alt[j] !== ']') j += alt[j] === '\\' ? 2 : 1;
      next = j + 1;
    } else if (c === '(') {
      const e = groupEnd(alt, i);
      if (e < 0) return '';
      next = e + 1;
    } else if (!'.^$|)*+?{}'.includes(c)) {
      const cp = alt.codePointAt(i)!;
      lit = String.fromCodePoint(cp);
      next = i + lit.length;
    }
    // a quantifier after the atom makes it optional or repeated
    const q = alt[next];
    const quantified = q === '*' || q === '+' || q === '?' || q === '{';
    if (quantified) {
      if (q === '{') {
        const m = /^\{\d+(?:,\d*)?\}/u.exec(alt.slice(next));
        next += m ? m[0].length : 1;
      } else next++;
      if (alt[next] === '?') next++;
    }
    if (lit !== null && !quantified) run += lit;
    else end();
    i = next;
  }
  end();
  return best;
}

const forcedSticky = new WeakMap<RegExp, Scanner>();

/** scanAll with the scan way forced (for tests: both ways must find the same matches) */
export function scanAllBy(way: 'global' | 'sticky', re: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  let sc = way === 'sticky' ? forcedSticky.get(re) : { global: re, sticky: null, first: null, pairs: null, groups: null, gated: null, starts: 0, index: null };
  if (sc === undefined) {
    // kept per regex: the first-character table takes 65,536 tests to build, far more than a short text's scan
    sc = { global: re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), first: firstCharTable(re.source, re.flags), pairs: pairTable(re.source, re.flags), groups: null, gated: null, starts: 0, index: null };
    forcedSticky.set(re, sc);
  }
  const out: Array<[number, number]> = [];
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  for (let pos = 0; (m = nextWordMatch(sc, s, pos)) !== null; pos = after(m, s, sc.global)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** where the scan goes on after a match (one character past an empty match) */
function after(m: RegExpExecArray, s: string, re: RegExp): number {
  return m[0].length > 0 ? m.index + m[0].length : m.index + charLength(s, m.index, re);
}

/**
 * Code units of the character at i: 2 for a surrogate pair under a unicode regex. Moving on by one unit would put
 * lastIndex inside the pair, and V8 then starts the search back at the pair, finds the same match again and the
 * scan never ends (a match starting at "𝐀" right after a letter or digit did that).
 */
function charLength(s: string, i: number, re: RegExp): number {
  return isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1)) && (re.unicode || re.flags.includes('v')) ? 2 : 1;
}

/** The first match at a word start at or after `pos`, or null. */
function nextWordMatch(sc: Scanner, s: string, pos: number): RegExpExecArray | null {
  if (sc.sticky === null) {
    const re = sc.global;
    re.lastIndex = pos;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (startsWord(s, m.index)) return m;
      re.lastIndex = m.index + charLength(s, m.index, re);
    }
    return null;
  }
  const re = sc.sticky;
  const first = sc.first;
  const pairs = sc.pairs;
  // a pattern with a start table cannot match the empty string: no match starts at the end
  const last = first ? s.length - 1 : s.length;
  // whether the code unit before p is a letter or digit (startsWord, carried along instead of looked up again)
  let prevWord = pos > 0 && isWordUnit(s.charCodeAt(pos - 1));
  for (let p = pos; p <= last; p++) {
    const c = s.charCodeAt(p);
    const inWord = prevWord;
    prevWord = isWordUnit(c);
    if (inWord || (first !== null && first[c] === 0)) continue;
    // the global search of a unicode regex never starts inside a surrogate pair
    if (isLowSurrogate(c) && p > 0 && isHighSurrogate(s.charCodeAt(p - 1))) continue;
    // no alternative starts with these two characters (a character past the table, or the end, is tried)
    if (pairs !== null && c < PAIR_LIMIT) {
      const c2 = s.charCodeAt(p + 1);
      if (c2 < PAIR_LIMIT && pairs[c * PAIR_LIMIT + c2] === 0) continue;
    }
    re.lastIndex = p;
    const m = re.exec(s);
    if (m !== null) return m;
  }
  return null;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

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
