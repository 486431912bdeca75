import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, words, type Word } from '../../src/analysis/words.js';

/**
 * The definition words() implements with a scan: the runs of /[\p{L}\p{N}]+/u starting in [from, to), cut at
 * `to`; the folded form, the capital and the sentence start as below.
 */
function reference(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = Math.min(to, start + m[0].length);
    const raw = text.slice(start, end);
    let i = start - 1;
    while (i >= from && ' \t\r"\'»«“”„()\u00a0'.includes(text[i]!)) i--;
    out.push({
      start,
      end,
      norm: fold(raw),
      capitalized: raw[0] !== raw[0]!.toLowerCase(),
      sentenceStart: out.length === 0 || i < from || '.!?:\n'.includes(text[i]!),
    });
  }
  return out;
}

test('words: German and English text with umlauts, ß, digits, quotes and line breaks', () => {
  const text = '„Die Flut“, sagte Bürgermeisterin Jäger. 1.200 Menschen in Straßburg!\nThe U.S. army said: 20% of ÄRZTE left';
  assert.deepEqual(words(text), reference(text));
  assert.deepEqual(words(text).map((w) => w.norm).slice(0, 6), ['die', 'flut', 'sagte', 'burgermeisterin', 'jager', '1']);
  assert.equal(words(text).find((w) => w.norm === 'strassburg')?.capitalized, true);
});

test('words: a range cuts the word at its end and starts inside a word', () => {
  const text = 'Hochwasserschutz in Wendelsbach';
  for (const [from, to] of [[0, 5], [3, text.length], [4, 22], [0, 0], [10, 3], [0, text.length + 5]] as const) {
    assert.deepEqual(words(text, from, to), reference(text, from, to), `${from}..${to}`);
  }
});

test('words: scripts, marks and code points outside the BMP as the Unicode classes say', () => {
  const text = 'Київ 東京 ٣٤ naïve 𝐀𝐁 x😀y \ud800 lone \udc00 low café̃ ǅemal ＡＢＣ';
  assert.deepEqual(words(text), reference(text));
});

test('words: equals the regular-expression definition on any text and range', () => {
  const alphabet = fc.constantFrom(...'aZ9 .,!?:\n"„“»(ÄöüßéÉı€\u00a0\u0301\ud83d\ude00\ud800ǅ٣東'.split(''));
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), fc.nat(70), fc.nat(70), (text, a, b) => {
      assert.deepEqual(words(text), reference(text));
      assert.deepEqual(words(text, a, b), reference(text, a, b));
    }),
    { numRuns: 2000 },
  );
});
