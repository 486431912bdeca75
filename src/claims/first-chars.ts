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
  const filter = new RegExp(`^(?:${parts.join('|')})`, flags.replace(/[gy]/gu, ''));
  // `size`: a table of the first code units only (a cheap count of how many letters can start a match)
  const table = new Uint8Array(size);
  for (let c = 0; c < size; c++) table[c] = c >= 0xd800 && c <= 0xdfff ? 1 : filter.test(String.fromCharCode(c)) ? 1 : 0;
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
