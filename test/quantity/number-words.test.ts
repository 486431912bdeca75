import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileTables } from '../../src/quantity/compile.js';
import { wordValue } from '../../src/quantity/number-words.js';
import { fold } from '../../src/quantity/fold.js';
import { readDigits } from '../../src/quantity/digits.js';
import { ordinalWordValue } from '../../src/quantity/ordinal-words.js';
import { getPack } from '../../src/lang/index.js';

const de = compileTables(getPack('de').numbers);
const en = compileTables(getPack('en').numbers);

test('German compounds split into table pieces', () => {
  const cases: [string, number][] = [
    ['eins', 1], ['dreizehn', 13], ['einundzwanzig', 21], ['dreiunddreißig', 33], ['dreiunddreissig', 33],
    ['hundertzwei', 102], ['einhundertdrei', 103], ['zweihundert', 200], ['achtzehnhundertzweiundfünfzig', 1852],
    ['viertausendvierhundert', 4400], ['fünfzigtausend', 50000], ['zehntausend', 10000],
    ['siebenhunderteinundzwanzigtausendzwölf', 721012], ['siebenhunderteinundzwanzigtausendundzwölf', 721012],
    ['zweihundertsechsundfuenfzig', 256], ['zweieinhalb', 2.5], ['dreiviertel', 0.75], ['anderthalb', 1.5],
  ];
  for (const [w, v] of cases) assert.equal(wordValue(fold(w), de), v, w);
});

test('words that are no numerals are refused', () => {
  for (const w of ['einheit', 'achtung', 'zweifel', 'dreier', 'einer', 'neuner', 'elfenbein', 'zwanzigzwanzig', 'dreivier', 'hundertdreihundert']) {
    assert.equal(wordValue(fold(w), de), null, w);
  }
});

test('English words do not compound but read as words', () => {
  assert.equal(wordValue('twenty', en), 20);
  assert.equal(wordValue('twentyone', en), null);
});

test('digits follow the language separators', () => {
  const t = getPack('de').numbers;
  assert.equal(readDigits('1.000', 0, t)!.value, 1000);
  assert.equal(readDigits('1.200.000', 0, t)!.value, 1200000);
  assert.equal(readDigits('5,6', 0, t)!.value, 5.6);
  assert.equal(readDigits('4,800', 0, t)!.value, 4.8);
  assert.equal(readDigits('1.000.000,00', 0, t)!.value, 1000000);
  assert.equal(readDigits('40\u202f000', 0, t)!.value, 40000);
  assert.equal(readDigits('0033', 0, t)!.value, 33);
  const e = getPack('en').numbers;
  assert.equal(readDigits('1,000', 0, e)!.value, 1000);
  assert.equal(readDigits('5.6', 0, e)!.value, 5.6);
  assert.equal(readDigits('100,000.0', 0, e)!.value, 100000);
});

test('ordinal words', () => {
  assert.equal(ordinalWordValue('dritte', de), 3);
  assert.equal(ordinalWordValue('zweiten', de), 2);
  assert.equal(ordinalWordValue('zwanzigsten', de), 20);
  assert.equal(ordinalWordValue('hundertste', de), 100);
  assert.equal(ordinalWordValue('heute', de), null);
  assert.equal(ordinalWordValue('fifth', en), 5);
  assert.equal(ordinalWordValue('twentieth', en), 20);
  assert.equal(ordinalWordValue('month', en), null);
});
