import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokens.js';
import { getPack } from '../../src/lang/index.js';

const packs = [getPack('de'), getPack('en')];

// Text built from the characters that drive the splitter, so that the interesting paths are hit often.
const pieces = ['Am', ' ', '3', '.', ' ', 'Nov', '.', 'z', 'B', 'Dr', '1.000', '5,6', '„', '“', '"', '«', '»', '!', '?',
  '…', '\n', '\n\n', '\r\n', 'Die', 'der', 'U.S', 'usw', '(', ')', '–', ',', 'ß', 'É', '😀', '\u00a0', 'a', 'Z'];
const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(newsish, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

test('sentence spans are in order, in bounds, non-overlapping and trimmed', () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat(), fc.constantFrom(0, 1), (text, a, b, p) => {
      const from = text.length ? a % (text.length + 1) : 0;
      const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
      const spans = splitSentences(text, packs[p]!, from, to);
      let prev = from;
      for (const s of spans) {
        assert.ok(s.start >= prev, 'in order and non-overlapping');
        assert.ok(s.end > s.start, 'non-empty');
        assert.ok(s.end <= to, 'within bounds');
        const slice = text.slice(s.start, s.end);
        assert.equal(slice, slice.trim(), 'no surrounding white space');
        prev = s.end;
      }
      // nothing but white space is left out
      let covered = '';
      let last = from;
      for (const s of spans) {
        covered += text.slice(last, s.start);
        last = s.end;
      }
      covered += text.slice(last, to);
      assert.equal(covered.trim(), '', 'only white space between sentences');
    }),
    { numRuns: 2000 },
  );
});

test('tokens are in order, non-overlapping, non-empty and never white space', () => {
  fc.assert(
    fc.property(anyText, fc.constantFrom(0, 1), (text, p) => {
      let prev = 0;
      for (const t of tokenize(text, packs[p]!)) {
        assert.ok(t.start >= prev && t.end > t.start && t.end <= text.length);
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.notEqual(t.text.trim(), '');
        prev = t.end;
      }
    }),
    { numRuns: 2000 },
  );
});
