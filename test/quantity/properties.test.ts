import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractQuantities } from '../../src/quantity/extract.js';
import { getPack } from '../../src/lang/index.js';
import { qtokenize } from '../../src/quantity/tokens.js';

const packs = [getPack('de'), getPack('en')];

/** Text built from pieces that trigger the rules, so that the properties exercise them, not just noise. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('Kredit über', 'Claudia Tausend', '9/11', '3/4', 'one twenty two', 'mindestens ein', 'rund', 'mehr als', 'zwischen', 'und', 'bis', '-', '–', 'Millionen', 'Mio.', 'Euro', '$', '%', 'Prozent', 'über', 'ein', 'eine', 'keiner', 'Hunderte', 'mehrere', 'hundert', 'dreiunddreißig', 'Komma', 'minus', '(', ')', '.', ',', '3.', '20.', 'Januar', 'Uhr', 'Jahr', 'more than', 'between', 'and', 'a few', 'dozen', 'twenty-one', 'point', 'bn', 'k'),
      fc.integer({ min: -5000, max: 3000000 }).map(String),
      fc.double({ min: 0, max: 10000, noNaN: true }).map((d) => d.toFixed(2).replace('.', ',')),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(' '));

test('span text is always the slice of the input at its offsets; spans are sorted and disjoint', () => {
  fc.assert(
    fc.property(fc.oneof(newsy, fc.string(), fc.string({ unit: 'binary' })), fc.constantFrom(0, 1), (text, p) => {
      const spans = extractQuantities(text, packs[p]!);
      let last = -1;
      for (const s of spans) {
        assert.equal(s.text, text.slice(s.start, s.end));
        assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
        assert.ok(s.start >= last, 'sorted, non-overlapping');
        last = s.end;
      }
    }),
    { numRuns: 400 },
  );
});

test('min <= max whenever both are set, and values are finite', () => {
  fc.assert(
    fc.property(newsy, fc.constantFrom(0, 1), (text, p) => {
      for (const s of extractQuantities(text, packs[p]!)) {
        const { min, max } = s.value;
        if (min !== null) assert.ok(Number.isFinite(min), `finite min in ${JSON.stringify(text)}`);
        if (max !== null) assert.ok(Number.isFinite(max), `finite max in ${JSON.stringify(text)}`);
        if (min !== null && max !== null) assert.ok(min <= max, `min <= max for ${JSON.stringify(s.text)} in ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 400 },
  );
});

test('a window [from, to) only yields spans inside the window', () => {
  fc.assert(
    fc.property(newsy, fc.nat(), fc.nat(), (text, a, b) => {
      const from = Math.min(a, b) % (text.length + 1);
      const to = Math.max(from, Math.max(a, b) % (text.length + 1));
      for (const s of extractQuantities(text, packs[0]!, from, to)) assert.ok(s.start >= from && s.end <= to);
    }),
    { numRuns: 200 },
  );
});

test('a digit figure reads back: German grouped integers', () => {
  fc.assert(
    fc.property(fc.integer({ min: 10000, max: 999999999 }), (n) => {
      const written = n.toLocaleString('de-DE');
      const spans = extractQuantities(`Es waren ${written} Menschen.`, packs[0]!);
      assert.equal(spans.length, 1);
      assert.equal(spans[0]!.value.min, n);
      assert.equal(spans[0]!.text, written);
    }),
    { numRuns: 200 },
  );
});

test('the tokenizer covers every non-space character once, in order, and marks whitespace gaps', () => {
  const chars = fc.constantFrom('a', 'Ä', 'ß', '7', '0', ' ', '\u00a0', '\n', '.', ',', '-', '€', '😀', '\u0301', '中', '½', '/');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 24 }).map((a) => a.join('')), (text) => {
      const toks = qtokenize(text, 0, text.length);
      let pos = 0;
      for (const [k, t] of toks.entries()) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.match(text.slice(pos, t.start), /^\s*$/u);
        assert.equal(t.gapBefore, k === 0 || t.start > pos);
        pos = t.end;
      }
      assert.match(text.slice(pos), /^\s*$/u);
    }),
  );
});
