import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lex, WordTable, type Tok, type Word } from '../../src/time/lexer.js';

/** The token grammar `lex` implements by hand, as the regular expression it stands for. */
function lexByRegex(text: string, from = 0, to = text.length): Tok[] {
  const re = /([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\d+)|(\S)/gu;
  const out: Tok[] = [];
  re.lastIndex = from;
  const slice = text.slice(0, to);
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const raw = m[0];
    const kind = m[1] !== undefined ? 'w' : m[2] !== undefined ? 'n' : 'p';
    const nl = slice.slice(prevEnd, m.index).includes('\n');
    out.push({ t: raw.toLowerCase().replace('’', "'"), raw, s: m.index, e: m.index + raw.length, kind, sp: m.index > prevEnd || m.index === from, nl });
    prevEnd = m.index + raw.length;
  }
  return out;
}

test('lex: words, digits, punctuation, apostrophes and spacing', () => {
  const toks = lex("Am 20. Januar um 3pm o'clock, rock’n’roll\u00a0«Zitat»");
  assert.deepEqual(
    toks.map((t) => [t.t, t.kind, t.sp]),
    [
      ['am', 'w', true], ['20', 'n', true], ['.', 'p', false], ['januar', 'w', true], ['um', 'w', true], ['3', 'n', true], ['pm', 'w', false],
      ["o'clock", 'w', true], [',', 'p', false], ["rock'n’roll", 'w', true], ['«', 'p', true], ['zitat', 'w', false], ['»', 'p', false],
    ],
  );
});

// characters chosen to hit every branch: ASCII and non-ASCII letters, combining marks, apostrophes, digits,
// Unicode spaces, astral letters and symbols, lone surrogates
const pieces = ['a', 'Z', 'ä', 'ß', 'é', '\u0301', "'", '’', '0', '7', ' ', '\n', '\u00a0', '\u2009', '\u3000', '.', ',', '-', '𝒜', '😀', '\ud835', '\udc9c', 'Ж', '中', 'x'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

test('lex: the hand-written scanner equals its regular expression, for any text and range', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      let from = s.length ? a % (s.length + 1) : 0;
      // a range never starts inside a surrogate pair (the regex would back up and return a token before it)
      if (from > 0 && /[\ud800-\udbff]/.test(s[from - 1]!) && /[\udc00-\udfff]/.test(s[from] ?? '')) from--;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      assert.deepEqual(lex(s, from, to), lexByRegex(s, from, to));
    }),
    { numRuns: 3000 },
  );
});

test('lex: through a word table (hash taken while scanning) it gives the same tokens, and one word per distinct text', () => {
  const table = new WordTable<number>();
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
      let from = s.length ? a % (s.length + 1) : 0;
      if (from > 0 && /[\ud800-\udbff]/.test(s[from - 1]!) && /[\udc00-\udfff]/.test(s[from] ?? '')) from--;
      const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
      const words: Word<number>[] = [];
      const toks = lex(s, from, to, table, words);
      assert.deepEqual(toks, lexByRegex(s, from, to));
      toks.forEach((t, k) => {
        assert.equal(words[k]!.raw, t.raw);
        // the same text scanned again finds the same entry: the scan's hash equals the table's own
        assert.equal(table.find(s, t.s, t.e, t.kind, false), words[k]);
      });
    }),
    { numRuns: 2000 },
  );
});
