import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getPack } from '../../src/lang/index.js';
import { labelledRegex, scanAll, scanAllBy, scanLabelled, wordRegex } from '../../src/claims/pattern.js';
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
        // a fixed seed: one CI run with a random seed ran >13 min in this file (a slow regex case not yet found; see
        // the issue 3 note), and CI must not hang on a random draw
        { numRuns: 300, seed: 20261121 },
      );
    });
  }
}

/**
 * The reference scan of a labelled regex: the regex as built, searched from where the last match ended, matches
 * inside words dropped. The engine may leave out alternatives whose literal is not in the text ("-Schätzung",
 * "estimates "); it must find the same hits with the same labels.
 */
function plainLabelled<L>(lr: { re: RegExp; labels: L[] }, text: string): Array<{ start: number; end: number; label: L; text: string }> {
  const out: Array<{ start: number; end: number; label: L; text: string }> = [];
  const re = new RegExp(lr.re.source, lr.re.flags);
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(text)) !== null) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, label: lr.labels[g - 1]!, text: m[0] });
    re.lastIndex = m[0].length ? m.index + m[0].length : m.index + 1;
  }
  return out;
}

for (const code of ['de', 'en']) {
  const t = getPack(code).claims;
  const lrs = {
    hedges: labelledRegex(t.hedges.terms.map(([h, p]) => [h, p] as const), 'iu'),
    frames: labelledRegex(t.speech.frames.map((f, i) => [i, f.pattern] as const), 'iu'),
    measures: labelledRegex(t.measures.terms.map(([m, p]) => [m, p] as const), 'iu'),
  };
  for (const [name, lr] of Object.entries(lrs)) {
    test(`${code} ${name}: labelled scan with gated alternatives finds the plain scan's hits and labels`, () => {
      fc.assert(
        fc.property(textArb, (text) => {
          assert.deepEqual(scanLabelled<unknown>(lr, text, 0, text.length), plainLabelled<unknown>(lr, text));
        }),
        // a fixed seed: one CI run with a random seed ran >13 min in this file (a slow regex case not yet found; see
        // the issue 3 note), and CI must not hang on a random draw
        { numRuns: 300, seed: 20261121 },
      );
    });
  }
}

test('gated alternatives: a wide alternative is left out only when its literal is missing', () => {
  const lr = labelledRegex([['a', 'Zahl'], ['b', '[\\p{L}]+-Schätzung(?:en)?'], ['c', 'Schätzung']] as const, 'iu');
  const labels = (s: string) => scanLabelled(lr, s, 0, s.length).map((h) => `${h.label}:${h.text}`);
  assert.deepEqual(labels('Die Zahl nach Experten-Schätzungen und einer Schätzung'), ['a:Zahl', 'b:Experten-Schätzungen', 'c:Schätzung']);
  assert.deepEqual(labels('Die Zahl nach einer SCHÄTZUNG'), ['a:Zahl', 'c:SCHÄTZUNG']);
  // case-insensitive literal test, as the regex itself
  assert.deepEqual(labels('NATO-SCHÄTZUNG'), ['b:NATO-SCHÄTZUNG']);
});

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
