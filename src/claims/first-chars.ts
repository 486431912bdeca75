/**
 * Which characters a match of a regex can start with, read from the pattern source: a table over UTF-16 code
 * units (1: a match may start here). Conservative: every surrogate is marked, lookarounds are left out (they only
 * narrow), and the table is null when it cannot be known (a pattern that can match the empty string, a
 * backreference, a construct this reader does not know). Each first atom is tested with the regex's own flags,
 * so case folding is V8's, not ours.
 */
export function firstCharTable(source: string, flags: string, size = 0x10000): Uint8Array | null {
  const parts = firstOf(source);
  if (!parts) return null;
  // `size`: a table of the first code units only (a cheap count of how many letters can start a match)
  const table = unitsMatching(parts, flags, size);
  for (let c = 0xd800; c < Math.min(size, 0xe000); c++) table[c] = 1;
  return table;
}

/** every code unit below `size` except the surrogates, once, in order, with their codes (built once per size) */
const allUnits = new Map<number, { text: string; codes: Uint16Array }>();

/**
 * Which code units below `size` (surrogates left at 0) match one of the atoms, each of which matches one
 * character, under the regex's own flags. One global search for runs of matching characters over a string of all
 * of them: far faster at start-up than one test per code unit, and the same answer (the string has no surrogate
 * pairs, so every character is one code unit, and a run is made of characters that each match an atom).
 */
function unitsMatching(atoms: string[], flags: string, size: number): Uint8Array {
  let all = allUnits.get(size);
  if (all === undefined) {
    const list: number[] = [];
    for (let c = 0; c < size; c++) if (c < 0xd800 || c > 0xdfff) list.push(c);
    let text = '';
    for (let i = 0; i < list.length; i += 4096) text += String.fromCharCode(...list.slice(i, i + 4096));
    all = { text, codes: Uint16Array.from(list) };
    allUnits.set(size, all);
  }
  const table = new Uint8Array(size);
  const re = new RegExp(`(?:${atoms.join('|')})+`, flags.replace(/[gy]/gu, '') + 'g');
  for (let m = re.exec(all.text); m !== null; m = re.exec(all.text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) table[all.codes[i]!] = 1;
  }
  return table;
}

/** FIRST set of a whole pattern as atom sources, or null (any / unknown / nullable). */
function firstOf(src: string): string[] | null {
  const p = new Parser(src);
  const r = p.disjunction();
  if (!r || p.i !== src.length || r.nullable) return null;
  return r.first;
}

interface First {
  first: string[];
  nullable: boolean;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  disjunction(): First | null {
    const out: First = { first: [], nullable: false };
    for (;;) {
      const a = this.alternative();
      if (!a) return null;
      out.first.push(...a.first);
      out.nullable ||= a.nullable;
      if (this.s[this.i] !== '|') return out;
      this.i++;
    }
  }

  alternative(): First | null {
    const out: First = { first: [], nullable: true };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const t = this.term();
      if (!t) return null;
      if (out.nullable) {
        out.first.push(...t.first);
        out.nullable = t.nullable;
      }
    }
    return out;
  }

  term(): First | null {
    const s = this.s;
    const c = s[this.i]!;
    // assertions: match no character; a lookaround only narrows, so it is left out of FIRST (conservative)
    if (c === '^' || c === '$') return (this.i++, { first: [], nullable: true });
    if (c === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) return (this.i += 2, { first: [], nullable: true });
    if (s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i) || s.startsWith('(?<=', this.i) || s.startsWith('(?<!', this.i)) {
      this.i += s[this.i + 2] === '<' ? 4 : 3;
      const inner = this.disjunction();
      if (!inner || s[this.i] !== ')') return null;
      this.i++;
      if (this.quantifier() !== null) return null;
      return { first: [], nullable: true };
    }
    const atom = this.atom();
    if (!atom) return null;
    const q = this.quantifier();
    if (q === undefined) return null;
    return { first: atom.first, nullable: atom.nullable || q === 0 };
  }

  /** the quantifier after an atom as written ("" when there is none), undefined when malformed */
  quantifierText(): string | undefined {
    const at = this.i;
    const min = this.quantifier();
    if (min === undefined) return undefined;
    return this.s.slice(at, this.i);
  }

  /** min count of a quantifier after an atom: 1 when there is none, undefined when malformed */
  quantifier(): number | null | undefined {
    const s = this.s;
    const c = s[this.i];
    let min: number | null = null;
    if (c === '*' || c === '?') (min = 0), this.i++;
    else if (c === '+') (min = 1), this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/u.exec(s.slice(this.i));
      if (!m) return undefined;
      min = Number(m[1]);
      this.i += m[0].length;
    } else return null;
    if (s[this.i] === '?') this.i++;
    return min;
  }

  atom(): First | null {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      let j = this.i + 1;
      if (s.startsWith('?:', j)) j += 2;
      else if (s[j] === '?' && s[j + 1] === '<') {
        const m = /^\?<[A-Za-z_$][\w$]*>/u.exec(s.slice(j));
        if (!m) return null;
        j += m[0].length;
      } else if (s[j] === '?') return null;
      this.i = j;
      const inner = this.disjunction();
      if (!inner || s[this.i] !== ')') return null;
      this.i++;
      return inner;
    }
    if (c === '[') {
      const start = this.i;
      let j = this.i + 1;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return null;
      this.i = j + 1;
      const cls = s.slice(start, this.i);
      return cls === '[]' ? null : { first: [cls], nullable: false };
    }
    if (c === '\\') {
      const n = s[this.i + 1];
      if (n === undefined) return null;
      if (n === 'p' || n === 'P') {
        const m = /^\\[pP]\{[^}]+\}/u.exec(s.slice(this.i));
        if (!m) return null;
        this.i += m[0].length;
        return { first: [m[0]], nullable: false };
      }
      if (/[1-9k]/u.test(n)) return null; // a backreference: whatever the group matched
      if (n === 'u' || n === 'x' || n === 'c') {
        const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/u.exec(s.slice(this.i));
        if (!m) return null;
        this.i += m[0].length;
        return { first: [m[0]], nullable: false };
      }
      this.i += 2;
      return { first: [s.slice(this.i - 2, this.i)], nullable: false };
    }
    if (c === '.') return (this.i++, { first: ['.'], nullable: false });
    if (c === ')' || c === '|' || '*+?{}]'.includes(c)) return null;
    // a literal; a code point may be two code units
    const cp = s.codePointAt(this.i)!;
    const len = cp > 0xffff ? 2 : 1;
    this.i += len;
    return { first: [s.slice(this.i - len, this.i)], nullable: false };
  }
}

/** Pair tables cover the code units below this (Latin letters with their accents); others always pass. */
export const PAIR_LIMIT = 0x250;

/**
 * Which first two characters a match of a regex can start with: a table over pairs of code units below
 * PAIR_LIMIT (index c1 * PAIR_LIMIT + c2; 1: a match may start with c1 c2). Conservative like firstCharTable: a
 * pair is left out only when no alternative can start with it. A character at or above the limit, or a text that
 * ends after c1, is not looked up (the caller lets it pass). Null when the pattern cannot be read.
 */
export function pairTable(source: string, flags: string): Uint8Array | null {
  const pairs = pairsOf(source, 0);
  if (!pairs) return null;
  const plain = flags.replace(/[gy]/gu, '');
  const setOf = (atoms: string[]) => {
    // the same atoms recur across alternatives and tables (start-up time)
    const key = `${plain}/${atoms.join('|')}`;
    let out = atomSets.get(key);
    if (out === undefined) {
      out = unitsMatching(atoms, plain, PAIR_LIMIT);
      atomSets.set(key, out);
    }
    return out;
  };
  // second atoms by first atom (null: any character may follow, or none)
  const byFirst = new Map<string, string[] | null>();
  for (const [a1, a2] of pairs) {
    const had = byFirst.get(a1);
    if (had === null) continue;
    if (a2 === null) byFirst.set(a1, null);
    else byFirst.set(a1, [...(had ?? []), ...a2]);
  }
  const table = new Uint8Array(PAIR_LIMIT * PAIR_LIMIT);
  for (const [a1, seconds] of byFirst) {
    const c1s = setOf([a1]);
    const c2s = seconds === null || seconds.length === 0 ? null : setOf([...new Set(seconds)]);
    for (let c1 = 0; c1 < PAIR_LIMIT; c1++) {
      if (c1s[c1] === 0) continue;
      if (c2s === null) table.fill(1, c1 * PAIR_LIMIT, (c1 + 1) * PAIR_LIMIT);
      else for (let c2 = 0; c2 < PAIR_LIMIT; c2++) if (c2s[c2] === 1) table[c1 * PAIR_LIMIT + c2] = 1;
    }
  }
  // a table that lets most pairs through saves less than its look-ups cost
  let n = 0;
  for (let i = 0; i < table.length; i++) n += table[i]!;
  return n > table.length / 4 ? null : table;
}

/** code units below PAIR_LIMIT that a set of atoms matches, by flags and atoms */
const atomSets = new Map<string, Uint8Array>();

/** more pairs than this: not worth a table (and guards against a pattern that expands without end) */
const MAX_PAIRS = 4000;

/**
 * [first atom, atoms the second character can match (null: any, or the match may end after one)] for every way a
 * match of `src` can begin; null when unknown. Leading lookarounds are skipped (they only narrow); a group at the
 * start is opened and each of its alternatives continued with what follows it.
 */
function pairsOf(src: string, depth: number): Array<[string, string[] | null]> | null {
  if (depth > 12) return null;
  const alts = splitAlternatives(src);
  if (!alts) return null;
  const out: Array<[string, string[] | null]> = [];
  for (const alt of alts) {
    const r = pairsOfAlternative(alt, depth);
    if (!r) return null;
    out.push(...r);
    if (out.length > MAX_PAIRS) return null;
  }
  return out;
}

function pairsOfAlternative(alt: string, depth: number): Array<[string, string[] | null]> | null {
  const p = new Parser(alt);
  // skip leading assertions
  for (;;) {
    const at = p.i;
    if (at >= alt.length) return null; // can match the empty string: no pair table
    const c = alt[at]!;
    const look = alt.startsWith('(?=', at) || alt.startsWith('(?!', at) || alt.startsWith('(?<=', at) || alt.startsWith('(?<!', at);
    if (!(look || c === '^' || c === '$' || (c === '\\' && (alt[at + 1] === 'b' || alt[at + 1] === 'B')))) break;
    if (!p.term()) return null;
  }
  const start = p.i;
  const c = alt[start]!;
  if (c === '(') {
    // a group first: open it (a repeated group: its first atoms with any second)
    const atomStart = start;
    const first = p.atom();
    if (!first) return null;
    const groupEnd = p.i;
    const q = p.quantifierText();
    if (q === undefined) return null;
    const rest = alt.slice(p.i);
    let bodyStart = atomStart + 1;
    if (alt.startsWith('?:', bodyStart)) bodyStart += 2;
    else if (alt[bodyStart] === '?') {
      const m = /^\?<[A-Za-z_$][\w$]*>/u.exec(alt.slice(bodyStart));
      if (!m) return null;
      bodyStart += m[0].length;
    }
    const body = alt.slice(bodyStart, groupEnd - 1);
    const out: Array<[string, string[] | null]> = [];
    if (q === '' || q === '?' || q === '??') {
      // each alternative of the group, followed by the rest
      const inner = splitAlternatives(body);
      if (!inner) return null;
      for (const a of inner) {
        const r = pairsOf(a + (rest.length ? `(?:${rest})` : ''), depth + 1);
        if (!r) return null;
        out.push(...r);
      }
    } else {
      if (first.nullable) return null;
      for (const a of first.first) out.push([a, null]);
    }
    if (q !== '' && q !== '+' && q !== '+?' && !/^\{[1-9]/u.test(q)) {
      // the group may be skipped
      const r = rest.length ? pairsOf(rest, depth + 1) : null;
      if (!r) return null;
      out.push(...r);
    }
    return out;
  }
  const atomStart = start;
  const first = p.atom();
  if (!first) return null;
  const atom = alt.slice(atomStart, p.i);
  const q = p.quantifierText();
  if (q === undefined) return null;
  const rest = alt.slice(p.i);
  const out: Array<[string, string[] | null]> = [];
  if (q === '') {
    const f = rest.length ? firstOfLoose(rest) : null;
    out.push([atom, f]);
  } else {
    out.push([atom, null]);
    if (q.startsWith('?') || q.startsWith('*') || /^\{0/u.test(q)) {
      const r = rest.length ? pairsOf(rest, depth + 1) : null;
      if (!r) return null;
      out.push(...r);
    }
  }
  return out;
}

/** FIRST atoms of a pattern, or null when it can be empty or cannot be read (then any character may follow). */
function firstOfLoose(src: string): string[] | null {
  const p = new Parser(src);
  const r = p.disjunction();
  if (!r || p.i !== src.length || r.nullable) return null;
  return r.first;
}

/** Splits a pattern at its top-level "|" (not inside groups or classes); null when malformed. */
export function splitAlternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      if (i >= src.length) return null;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(src.slice(from));
  return out;
}

/** Index of the ")" closing the regex group that opens at `at` in a pattern source, or -1 (escapes and classes skipped). */
export function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
