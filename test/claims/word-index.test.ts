import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstWords } from '../../src/claims/first-words.js';
import { wordIndexOf } from '../../src/claims/word-index.js';
import { labelledRegex, scanAll, scanLabelled, wordRegex } from '../../src/claims/pattern.js';
import { plainFirstWord, readWords } from '../../src/claims/words.js';
import { getPack } from '../../src/lang/index.js';
import { tokenize } from '../../src/text/tokens.js';
import { claimRegexes, plainScan } from './scan-cases.js';

// A scan tries a table regex only at the sentence words its alternatives can start with. Leaving a word out is
// right only when no match can start there: these tests check the first-word sets and that the scans still find
// exactly what the plain regex finds, also on letters whose case folding is not plain.

const TAIL = '(?![\\p{L}\\p{N}])';
const words = (src: string, flags = 'iu') => {
  const w = firstWords(`(?:${src})${TAIL}`, flags);
  return w === null ? null : [...w].sort();
};

test('first words: optional letters, classes and groups multiply out; a space or sign ends the word', () => {
  assert.deepEqual(words('Todesopfern?'), ['todesopfer', 'todesopfern']);
  assert.deepEqual(words('Statistische[snm]? Bundesamte?s?'), ['statistische', 'statistischem', 'statistischen', 'statistisches']);
  assert.deepEqual(words('(?:den|diesen) (?:\\p{Ll}+ )?Angaben zufolge'), ['den', 'diesen']);
  assert.deepEqual(words('(?<!(?:gehe|ginge) )(?:wie |geht )?aus dem'), ['aus', 'geht', 'wie']);
  assert.deepEqual(words('a-day|per day'), ['a', 'per']);
  // case matters without the i flag
  assert.deepEqual(words('Sagte|sagt', 'u'), ['Sagte', 'sagt']);
  // an empty table matches nowhere
  assert.deepEqual(words('(?!)'), []);
});

test('first words: unknown when a match may start with any letter, a sign, or a letter that folds unusually', () => {
  assert.equal(words('\\p{Lu}\\p{Ll}*bericht'), null);
  assert.equal(words('[\\p{L}]+-Schätzung'), null);
  assert.equal(words('(?:[\\p{L}-]+ )?estimates'), null);
  assert.equal(words('Tote+'), null);
  assert.equal(words('„Zitat'), null);
  // the long s folds to s under the i flag: not compared by lower case
  assert.equal(words('ſoll'), null);
  assert.deepEqual(words('ſoll', 'u'), ['ſoll']);
});

test('word index: alternatives by first word, with their labels; null when one may start with a sign', () => {
  // (without the i flag: under it \p{Lu} also matches U+0345, a mark that folds to a Greek letter, and no word starts there)
  const lr = labelledRegex([['a', 'nach Angaben|laut'], ['b', 'nach Schätzung'], ['c', '\\p{Lu}+-Zahl']] as const, 'u');
  const ix = wordIndexOf(lr.re, null, true)!;
  assert.deepEqual(ix.byWord.get('nach'), [0, 2]);
  assert.deepEqual(ix.byWord.get('laut'), [1]);
  assert.deepEqual(ix.wild, [3]);
  assert.deepEqual(ix.alts.map((a) => a.label), [0, 0, 1, 2]);
  assert.equal(wordIndexOf(labelledRegex([['a', '(?:[\\p{L}-]+ )?estimates']] as const, 'iu').re, null, true), null);
  assert.equal(wordIndexOf(labelledRegex([['a', '\\p{Lu}+-Zahl']] as const, 'iu').re, null, true), null);
});

test('sentence words: runs of letters and digits; a run with a rare letter or a surrogate is tried whole', () => {
  const w = readWords('Die 40 Tote, Café-Besitzer 𝐀bc ſoll');
  assert.deepEqual(w.starts, [0, 4, 7, 13, 18, 27, 29, 32]);
  assert.deepEqual(w.words.map((x) => x?.raw ?? null), ['Die', '40', 'Tote', 'Café', 'Besitzer', null, null, null]);
  assert.equal(w.words[0]!.t, 'die');
});

test("a phrase's first word, as firstWords reads a match's; none where folding is not plain", () => {
  assert.equal(plainFirstWord('Weiße Haus', false), 'Weiße');
  assert.equal(plainFirstWord('UN-Angaben', true), 'un');
  assert.equal(plainFirstWord('40 Tote', false), '40');
  assert.equal(plainFirstWord(' Haus', false), '');
  assert.equal(plainFirstWord('ſoll es', true), null);
  assert.equal(plainFirstWord('𝐀bc', false), null);
});

/** pieces with letters whose case folding is not plain (Kelvin sign, long s, capital sharp s, dotted I, ypogegrammeni) */
const PIECES = [
  'sagte', 'Sagte', 'SAGTE', 'nach', 'NACH', 'Angaben', 'laut', 'zufolge', 'Tote', 'getötet', 'soll', 'sollen', 'ſoll',
  '\u212araft', 'STRAẞE', 'İn', 'seit', 'Beginn', 'täglich', 'said', 'killed', 'by', 'estimates', 'per', 'day', 'Café',
  '\u0345', 'e\u0301', '𝐀', '42', '1.200', '-', '„', '“', ',', '.', ' ', ' ', ' ', '\n', 'x', 'ü',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

test('sentence words read along with the tokens are the words read from the characters alone', () => {
  const pack = getPack('de');
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
      const from = text.length ? a % text.length : 0;
      const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
      const tokens = tokenize(text, pack, from, to);
      assert.ok(tokens.every((t) => t.word !== undefined && t.word.raw === t.text && t.word.t === t.text.toLowerCase()));
      const alone = readWords(text.slice(from, to));
      const along = readWords(text.slice(from, to), from, tokens);
      assert.deepEqual(along.starts, alone.starts);
      // the very same word objects: one table holds them, so what a scan cached on a word is found either way
      along.words.forEach((w, k) => assert.equal(w, alone.words[k]));
    }),
    { numRuns: 300 },
  );
});

test('indexed scans find what the plain regex finds, on slices cut anywhere and on odd letters', () => {
  for (const code of ['de', 'en']) {
    for (const [name, lr] of claimRegexes(code)) {
      fc.assert(
        fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
          const from = text.length ? a % text.length : 0;
          const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
          const slice = text.slice(from, to);
          const want = plainScan(lr, slice).map((h) => [from + h.start, from + h.end]);
          assert.deepEqual(scanAll(lr.re, text, from, to), want, `${code} ${name} on ${JSON.stringify(slice)}`);
          if (lr.labels.length) {
            const labels = plainScan(lr, slice).map((h) => lr.labels[h.label]);
            assert.deepEqual(scanLabelled<unknown>(lr, text, from, to).map((h) => h.label), labels, `${code} ${name} labels`);
          }
        }),
        { numRuns: 150 },
      );
    }
  }
});

test('a word regex without the i flag compares words as written', () => {
  const re = wordRegex(['soll', 'sollen'], 'u');
  assert.deepEqual(scanAll(re, 'Sie soll, SOLL und sollen', 0, 25), [[4, 8], [19, 25]]);
});
