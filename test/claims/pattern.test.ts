import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getPack } from '../../src/lang/index.js';
import { labelledRegex, scanAll, scanAllBy, wordRegex } from '../../src/claims/pattern.js';
import { firstCharTable } from '../../src/claims/first-chars.js';

// The two ways of scanning a claim regex (global search, sticky at word starts with a first-character table)
// must find the same matches: the choice between them is a matter of speed only.

function claimRegexes(code: string): Array<[string, RegExp]> {
  const t = getPack(code).claims;
  return [
    ['hedges', labelledRegex(t.hedges.terms.map(([h, p]) => [h, p] as const), 'iu').re],
    ['measures', labelledRegex(t.measures.terms.map(([m, p]) => [m, p] as const), 'iu').re],
    ['verbs', labelledRegex(t.speech.verbs.map((v) => [v, v.pattern] as const), 'u').re],
    ['frames', labelledRegex(t.speech.frames.map((f) => [f, f.pattern] as const), 'iu').re],
    ['rate', labelledRegex(t.scope.rate.map(([p, per]) => [per, p] as const), 'iu').re],
    ['cumulative', wordRegex(t.scope.cumulative, 'iu')],
    ['konjunktiv', wordRegex(t.speech.konjunktiv, 'u')],
    ['hearsay', wordRegex(t.speech.hearsay, 'u')],
    ['disclaimers', wordRegex(t.hedges.disclaimers, 'iu')],
  ];
}

/** pieces of text: words of our own news sentences, odd characters at word edges, letters to glue words */
const PIECES = [
  'Nach', 'Angaben', 'der', 'Polizei', 'sollen', 'mindestens', 'Menschen', 'getötet', 'verletzt', 'worden', 'sein',
  'sagte', 'Sprecherin', 'am', 'Montag', 'laut', 'Behörden', 'zufolge', 'Experten-Schätzungen', 'geht', 'von', 'aus',
  'täglich', 'seit', 'Beginn', 'des', 'Krieges', 'Verletzte', 'starben', 'Tote', 'festgenommen', 'habe', 'seien',
  'said', 'officials', 'killed', 'wounded', 'according', 'to', 'estimates', 'by', 'the', 'per', 'day', 'reportedly',
  'SAGTE', 'ſoll', 'Tod', 'x', 'ü', '𝐀', '42', '1.200', '-', '„', '“', '"', ',', '.', ':', '(', ')', '\n', ' ', ' ', ' ',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

for (const code of ['de', 'en']) {
  for (const [name, re] of claimRegexes(code)) {
    test(`${code} ${name}: global and sticky scans find the same matches`, () => {
      fc.assert(
        fc.property(textArb, (text) => {
          assert.deepEqual(scanAllBy('sticky', re, text, 0, text.length), scanAllBy('global', re, text, 0, text.length));
          assert.deepEqual(scanAll(re, text, 0, text.length), scanAllBy('global', re, text, 0, text.length));
        }),
        { numRuns: 300 },
      );
    });
  }
}

test('first-character tables: conservative, and null when a pattern can match nothing', () => {
  const t = firstCharTable('(?:Tote|tot)(?![\\p{L}])', 'iu')!;
  for (const c of 'Tt') assert.equal(t[c.charCodeAt(0)], 1);
  assert.equal(t['x'.charCodeAt(0)], 0);
  // case folding is V8's: under /iu the long s matches "s"
  assert.equal(firstCharTable('soll', 'iu')![0x17f], 1);
  assert.equal(firstCharTable('(?:a|)', 'u'), null);
  // a backreference anywhere: not read (null), the caller then scans the plain way
  assert.equal(firstCharTable('(a)\\1', 'u'), null);
  // a lookahead narrows but is left out; the letter run after it decides
  assert.equal(firstCharTable('(?=b)[\\p{L}]+', 'u')!['q'.charCodeAt(0)], 1);
});
