import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities, extractFigures } from '../../src/quantity/extract.js';
import { getPack } from '../../src/lang/index.js';

const de = getPack('de');
const en = getPack('en');
const figs = (s: string, p = de) => extractFigures(s, p).map((q) => [q.text, q.value.min, q.value.max]);

test('the article "ein" is a figure only before a scale, fraction or unit word, or alone', () => {
  assert.deepEqual(figs('Ein Soldat und eine Million Menschen'), [['eine Million', 1e6, 1e6]]);
  assert.deepEqual(figs('eine halbe Million Euro'), [['eine halbe Million Euro', 5e5, 5e5]]);
  assert.deepEqual(figs('Gesehen hat sie nur einer.'), [['einer', 1, 1]]);
  assert.deepEqual(figs('Er kam mit einem Freund'), []);
});

test('"über" is a bound only before a figure', () => {
  assert.deepEqual(figs('Sie sprachen über die Lage und über 300 Gefangene'), [['über 300', 300, null]]);
});

test('a scale word after the second figure of a range applies to both when it fits', () => {
  assert.deepEqual(figs('zwischen 2 und 3 Millionen'), [['zwischen 2 und 3 Millionen', 2e6, 3e6]]);
  assert.deepEqual(figs('von 500 bis 2 Millionen'), [['von 500 bis 2 Millionen', 500, 2e6]]);
});

test('two figures in brackets are two quantities; a restatement is one', () => {
  assert.equal(figs('10 Milliarden Dollar (9,2 Milliarden Euro)').length, 2);
  assert.deepEqual(figs('forty-five (45)', en), [['forty-five (45)', 45, 45]]);
});

test('years need year context or a verb after them; figures of 1900..2100 before a noun stay figures', () => {
  const kinds = (s: string) => extractQuantities(s, de).map((q) => [q.text, q.kind]);
  assert.deepEqual(kinds('Im Jahr 2022 kamen 2000 Soldaten'), [['2022', 'year'], ['2000', 'quantity']]);
  assert.deepEqual(kinds('rund 2000 Menschen'), [['rund 2000', 'quantity']]);
  assert.deepEqual(kinds('Februar 2022'), [['2022', 'year']]);
});

test('durations carry the time unit', () => {
  const [q] = extractQuantities('seit drei Monaten', de);
  assert.equal(q!.kind, 'duration');
  assert.equal(q!.value.unit, 'month');
  assert.equal(q!.value.min, 3);
});

test('codes and identifiers are not figures', () => {
  assert.deepEqual(figs('Die F-16 und der Airbus A321 sowie 5G-Netze'), []);
});

test('money subunits join the amount', () => {
  assert.deepEqual(figs('es kostet 15 Dollar und 15 Cent.'), [['15 Dollar und 15 Cent', 15.15, 15.15]]);
  assert.deepEqual(figs('15 Dollar und 15 Soldaten'), [['15 Dollar', 15, 15], ['15', 15, 15]]);
});

test('English: money multipliers need a currency sign; "100m" alone is metres', () => {
  assert.deepEqual(extractFigures('a $20m deal', en).map((q) => [q.text, q.value.min, q.value.unit]), [['$20m', 2e7, 'USD']]);
  assert.deepEqual(extractFigures('the 100m race', en).map((q) => [q.text, q.value.unit]), [['100m', 'm']]);
});
