import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileTables } from '../../src/quantity/compile.js';
import { fold } from '../../src/quantity/fold.js';
import { filterRejects, wordCanStart } from '../../src/quantity/matcher.js';
import { extractQuantities } from '../../src/quantity/extract.js';
import { getPack } from '../../src/lang/index.js';

/**
 * The matcher dismisses most words by their first two letters (StartFilter) before looking them up. The filter
 * must never dismiss a word the full check accepts: words built from table pieces, ordinal suffixes and endings,
 * in any letter case, are checked both ways.
 */
for (const code of ['de', 'en']) {
  const t = compileTables(getPack(code).numbers);
  const raw = t.raw;
  const pieces = [...t.compoundAtoms.map(([p]) => p), ...Object.keys(raw.numberWords), ...Object.keys(raw.ordinals), ...raw.vague.map((v) => v.phrase.split(' ')[0]!)];
  const tails = ['', ...raw.ordinalSuffixes.map((s) => s.suffix), ...raw.ordinalEndings];
  const word = fc.tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), fc.constantFrom(...tails), fc.constantFrom(...tails), fc.constantFrom('lower', 'upper', 'title'))
    .map(([ps, a, b, c]) => {
      const w = ps.join('') + a + b;
      return c === 'upper' ? w.toUpperCase() : c === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w;
    });

  test(`${code}: the start filter never dismisses a word that can start a figure`, () => {
    fc.assert(fc.property(word, (w) => {
      if (!wordCanStart(fold(w), t)) return;
      const dismissed = w.length > t.startFilter.minLen && filterRejects(t.startFilter, w.charCodeAt(0), w.charCodeAt(1));
      assert.equal(dismissed, false, w);
    }), { numRuns: 3000 });
  });
}

test('the filter dismisses common words and keeps number words (German)', () => {
  const t = compileTables(getPack('de').numbers);
  const rejects = (w: string) => w.length > t.startFilter.minLen && filterRejects(t.startFilter, w.charCodeAt(0), w.charCodeAt(1));
  for (const w of ['Regierung', 'Bundestag', 'wurde', 'Polizei']) assert.equal(rejects(w), true, w);
  for (const w of ['Zweihundert', 'dritten', 'Dutzende', 'siebzehn', 'Millionen']) assert.equal(rejects(w), false, w);
  const text = 'Die Polizei zählte Zweihundert Demonstranten und am dritten Tag siebzehn.';
  assert.deepEqual(extractQuantities(text, getPack('de')).map((q) => q.text), ['Zweihundert', 'dritten', 'siebzehn']);
});
