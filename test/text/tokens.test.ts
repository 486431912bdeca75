import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, type Token } from '../../src/text/tokens.js';
import { getPack } from '../../src/lang/index.js';

const de = getPack('de');
const en = getPack('en');

const show = (ts: Token[]): string[] => ts.map((t) => `${t.text}/${t.kind}`);

test('German numbers keep their separators; ordinals split off the period', () => {
  assert.deepEqual(show(tokenize('rund 1.000 Menschen, 5,6 Prozent, 1.200.000 Euro', de)), [
    'rund/word', '1.000/number', 'Menschen/word', ',/punct', '5,6/number', 'Prozent/word', ',/punct',
    '1.200.000/number', 'Euro/word',
  ]);
  assert.deepEqual(show(tokenize('am 20. Januar', de)), ['am/word', '20/number', './punct', 'Januar/word']);
  assert.deepEqual(show(tokenize('1.000.000,00 €', de)), ['1.000.000,00/number', '€/symbol']);
});

test('abbreviations keep their period; plain nouns do not', () => {
  assert.deepEqual(show(tokenize('Dr. Meier sah z. B. 5 Mio. Euro', de)), [
    'Dr./word', 'Meier/word', 'sah/word', 'z./word', 'B./word', '5/number', 'Mio./word', 'Euro/word',
  ]);
  assert.deepEqual(show(tokenize('laut Art. 5 auf diese Art.', de)), [
    'laut/word', 'Art./word', '5/number', 'auf/word', 'diese/word', 'Art/word', './punct',
  ]);
  assert.deepEqual(show(tokenize('z.B. und d.h.', de)), ['z.B./word', 'und/word', 'd.h./word']);
  assert.deepEqual(show(tokenize('The U.S. and Mr. Smith, e.g. today.', en)), [
    'The/word', 'U.S./word', 'and/word', 'Mr./word', 'Smith/word', ',/punct', 'e.g./word', 'today/word', './punct',
  ]);
});

test('words with hyphens, apostrophes and digits', () => {
  assert.deepEqual(show(tokenize("US-Militärs, F-16, geht's, 1990er, 16-jährige", de)), [
    'US-Militärs/word', ',/punct', 'F-16/word', ',/punct', "geht's/word", ',/punct', '1990er/word', ',/punct',
    '16-jährige/word',
  ]);
});

test('quotes, dashes, brackets, symbols', () => {
  assert.deepEqual(show(tokenize('„Ja“ – «nein» (45) 😀 %', de)), [
    '„/quote', 'Ja/word', '“/quote', '–/punct', '«/quote', 'nein/word', '»/quote', '(/punct', '45/number',
    ')/punct', '😀/symbol', '%/symbol',
  ]);
  assert.deepEqual(show(tokenize('Was?! Nein...', de)), ['Was/word', '?/punct', '!/punct', 'Nein/word', '.../punct']);
});

test('token offsets point into the text and respect from/to', () => {
  const text = 'Die Armee meldet 3.000 Soldaten.';
  for (const t of tokenize(text, de)) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(show(tokenize(text, de, 4, 16)), ['Armee/word', 'meldet/word']);
  assert.deepEqual(tokenize('', de), []);
  assert.deepEqual(tokenize(' \n\t ', de), []);
});
