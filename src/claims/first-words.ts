import { groupEnd, splitAlternatives } from './first-chars.js';

/**
 * Which first words a match of a regex can start with, read from its source: the whole run of letters and digits
 * a match begins with, as a finite set of strings. A scan then tries the regex only at the words of a sentence that
 * are in the set (see words.ts), instead of letting the regex search every character.
 *
 * Sound by construction, not by measurement: a word is left out only when no match can start with it. Anything this
 * reader cannot bound (a class such as \p{L} or \d in the first word, a repeated letter, too many forms) makes the
 * whole answer null, and the caller scans as before.
 */

/** a first word that ends with the pattern: the word tail lookahead ends the run there */
const WORD_TAIL = '(?![\\p{L}\\p{N}])';

/** more forms than this: not worth a set (and bounds the work on a pattern that multiplies out) */
const MAX_FORMS = 2000;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The first words of a regex built by wordRegex or labelledRegex (source `(?:…)` + the word tail), lower-cased
 * under the i flag; null when they cannot be bounded or a match may start with no letter or digit at all.
 */
export function firstWords(source: string, flags: string): Set<string> | null {
  if (!source.startsWith('(?:') || !source.endsWith(')' + WORD_TAIL)) return null;
  const fold = flags.includes('i');
  const body = source.slice(3, source.length - 1 - WORD_TAIL.length);
  if (body === '(?!)') return new Set(); // an empty table (wordRegex of no fragments) matches nowhere
  const done = new Set<string>();
  const open = expand(body, [''], done);
  if (open === null) return null;
  // the pattern ends inside a word: the word tail makes that the end of the run
  for (const w of open) done.add(w);
  if (done.size > MAX_FORMS) return null;
  const out = new Set<string>();
  for (const w of done) {
    if (w === '') return null; // a match that starts with a space or a sign: not a word start
    if (fold && !foldsSafely(w)) return null;
    out.add(fold ? w.toLowerCase() : w);
  }
  return out;
}

/**
 * Letters whose case folding under the i flag differs from toLowerCase on the plain letters a scan compares
 * (the Kelvin sign folds to k, the long s to s): a word holding one is not read here.
 */
function foldsSafely(w: string): boolean {
  for (const c of w) if (c.charCodeAt(0) >= 0x80 && !PLAIN_FOLD.has(c)) return false;
  return true;
}

/** non-ASCII letters whose lower case is what the i flag folds them to (German umlauts, sharp s, Latin accents) */
const PLAIN_FOLD = new Set('äöüÄÖÜßéèêáàâíìîóòôúùûçñÉÈÊÁÀÂÍÌÎÓÒÔÚÙÛÇÑ');

/**
 * The open words after matching `src` from each of `open` (words still being read), or null when unbounded.
 * Words that a non-word character ended are added to `done` (they cannot change any more).
 */
function expand(src: string, open: string[], done: Set<string>): string[] | null {
  const alts = splitAlternatives(src);
  if (alts === null) return null;
  const out: string[] = [];
  for (const alt of alts) {
    const r = expandSequence(alt, open, done);
    if (r === null) return null;
    out.push(...r);
    if (out.length + done.size > MAX_FORMS) return null;
  }
  return [...new Set(out)];
}

/** One alternative, atom by atom, until every word is done. */
function expandSequence(alt: string, open: string[], done: Set<string>): string[] | null {
  let i = 0;
  while (i < alt.length && open.length > 0) {
    const atom = readAtom(alt, i);
    if (atom === null) return null;
    const q = readQuantifier(alt, atom.end);
    if (q === null) return null;
    i = q.end;
    if (atom.kind === 'assert') continue; // lookarounds and anchors only narrow
    const once = atom.kind === 'group' ? expand(atom.body, open, done) : step(atom.chars, open, done);
    if (once === null) return null;
    if (q.min === 1 && q.max === 1) open = once;
    else if (q.min === 0 && q.max === 1) open = [...new Set([...open, ...once])];
    else if (once.length === 0) open = q.min === 0 ? open : once; // a repeated non-word atom: only ends words
    else return null; // a repeated letter: no finite set
  }
  return open;
}

/** One character out of `chars` read after each open word: letters extend it, anything else ends it. */
function step(chars: string[] | 'any', open: string[], done: Set<string>): string[] | null {
  if (chars === 'any') return null;
  const out: string[] = [];
  for (const c of chars) {
    if (WORD_CHAR.test(c)) for (const w of open) out.push(w + c);
    else for (const w of open) done.add(w);
  }
  return out;
}

interface Atom {
  kind: 'assert' | 'group' | 'chars';
  end: number;
  body: string;
  /** the characters it matches, or 'any' when they are not a short literal list */
  chars: string[] | 'any';
}

function readAtom(s: string, i: number): Atom | null {
  const c = s[i]!;
  if (c === '^' || c === '$') return { kind: 'assert', end: i + 1, body: '', chars: [] };
  if (c === '(') {
    const end = groupEnd(s, i);
    if (end < 0) return null;
    if (/^\(\?<?[=!]/u.test(s.slice(i, i + 4))) return { kind: 'assert', end: end + 1, body: '', chars: [] };
    let from = i + 1;
    if (s.startsWith('?:', from)) from += 2;
    else if (s[from] === '?') return null; // named groups and modifiers are not read
    return { kind: 'group', end: end + 1, body: s.slice(from, end), chars: [] };
  }
  if (c === '[') {
    let j = i + 1;
    while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
    if (j >= s.length) return null;
    return { kind: 'chars', end: j + 1, body: '', chars: classChars(s.slice(i + 1, j)) };
  }
  if (c === '\\') {
    const n = s[i + 1];
    if (n === undefined) return null;
    if (n === 'b' || n === 'B') return { kind: 'assert', end: i + 2, body: '', chars: [] };
    if (n === 's') return { kind: 'chars', end: i + 2, body: '', chars: [' '] }; // white space: never a word character
    if (/[.*+?^${}()|[\]\\/\-,:;'"„“”‚‘’&%§!#<>=@~`]/u.test(n)) return { kind: 'chars', end: i + 2, body: '', chars: [n] };
    return { kind: 'chars', end: i + 2 + (/[pPux]/u.test(n) ? (/^\{[^}]*\}/u.exec(s.slice(i + 2))?.[0].length ?? 0) : 0), body: '', chars: 'any' };
  }
  if (c === '.') return { kind: 'chars', end: i + 1, body: '', chars: 'any' };
  if ('*+?{}|)'.includes(c)) return null;
  const cp = s.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return { kind: 'chars', end: i + ch.length, body: '', chars: [ch] };
}

/** A class as a list of literal characters: "snm" → s, n, m; ranges, escapes and negation → 'any'. */
function classChars(body: string): string[] | 'any' {
  if (body.startsWith('^') || body.includes('\\') || /.-./u.test(body)) return 'any';
  return [...body];
}

/** {min, max} of the quantifier after an atom (1, 1 when there is none), and where it ends; null when malformed */
function readQuantifier(s: string, i: number): { min: number; max: number; end: number } | null {
  const c = s[i];
  let min = 1;
  let max = 1;
  let end = i;
  if (c === '?') (min = 0), (end = i + 1);
  else if (c === '*') (min = 0), (max = Infinity), (end = i + 1);
  else if (c === '+') (max = Infinity), (end = i + 1);
  else if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/u.exec(s.slice(i));
    if (!m) return null;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    end = i + m[0].length;
  }
  if (s[end] === '?' && end > i) end++;
  // {2} and the like repeat a word character: read as unbounded (rare in the tables)
  if (!(max === 1 || (min === 0 && max === 1))) return { min, max: Infinity, end };
  return { min, max, end };
}
