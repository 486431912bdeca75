import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textFigures, valueKey } from '../../src/analysis/figures.js';
import { sharedPassages } from '../../src/analysis/passages.js';
import { words } from '../../src/analysis/words.js';
import { pointValue } from '../../src/core/quantity.js';

const keys = (text: string, lang: string) => textFigures(text, lang).map((f) => f.key);

test('figures get one key in German and English notation', () => {
  assert.deepEqual(keys('Rund 10.000 Soldaten und 5,6 Milliarden Euro', 'de'), ['10000', '5600000000']);
  assert.deepEqual(keys('About 10,000 soldiers and 5.6 billion euros', 'en'), ['10000', '5600000000']);
  assert.deepEqual(keys('20 Prozent des Gebiets', 'de'), keys('20 percent of the territory', 'en'));
  // German Billion is 10^12
  assert.deepEqual(keys('3 Billionen', 'de'), ['3000000000000']);
});

test('years, dates, clock times and single digits are not fingerprints', () => {
  assert.deepEqual(keys('Im Jahr 2024 am 16.12.2024 um 14.30 Uhr kamen 3 Busse', 'de'), []);
  assert.deepEqual(keys('am 17. Dezember wurden 250 Menschen evakuiert', 'de'), ['250']);
});

test('claim values have stable keys', () => {
  assert.equal(valueKey(pointValue(14)), '14');
  assert.equal(valueKey({ ...pointValue(0), min: 200, max: 999 }), '200-999');
  assert.equal(valueKey({ ...pointValue(0), min: 1000, max: null, minExclusive: true }), '>1000');
  assert.equal(valueKey(pointValue(20, '%')), '20%');
});

test('shared passages are found with their positions in both texts', () => {
  const a = 'Vorspann. Die Feuerwehr brachte am Abend alle Bewohner des Hauses in Sicherheit und sperrte die Straße. Ende.';
  const b = 'Neu: Die Feuerwehr brachte am Abend alle Bewohner des Hauses in Sicherheit und sperrte die Straße. Anders.';
  const m = sharedPassages(words(a), words(b), 8);
  assert.equal(m.length, 1);
  assert.equal(a.slice(m[0]!.a.start, m[0]!.a.end), b.slice(m[0]!.b.start, m[0]!.b.end));
  assert.ok(a.slice(m[0]!.a.start, m[0]!.a.end).startsWith('Die Feuerwehr'));
  assert.deepEqual(sharedPassages(words('ganz andere Worte hier und dort und noch mehr davon'), words(b), 8), []);
});
