import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/ingest/language.js';
import { GERMAN_PARAGRAPHS, ENGLISH_PARAGRAPHS } from './helpers.js';

test('German and English articles are recognised', () => {
  assert.equal(detectLanguage(GERMAN_PARAGRAPHS.join('\n')), 'de');
  assert.equal(detectLanguage(ENGLISH_PARAGRAPHS.join('\n')), 'en');
  assert.equal(detectLanguage('Die Armee meldete am Dienstag mehr als 200 Verletzte in der Region.'), 'de');
  assert.equal(detectLanguage('Officials said on Tuesday that more than 200 people were injured in the region.'), 'en');
});

test('other languages are reported, not forced into German or English', () => {
  assert.equal(detectLanguage("Le conseil municipal a publié lundi de nouveaux chiffres sur la pénurie de logements dans la région."), 'fr');
  assert.equal(detectLanguage('El ayuntamiento publicó el lunes nuevas cifras sobre la escasez de viviendas en la región.'), 'es');
});

test('too little text, digits or symbols only: null', () => {
  assert.equal(detectLanguage(''), null);
  assert.equal(detectLanguage('Hallo'), null);
  assert.equal(detectLanguage('12.000 – 3.000 (45) 2024-11-19'), null);
  assert.equal(detectLanguage('😀😀😀 !!! ???'), null);
});

test('long texts are sampled (beginning and middle)', () => {
  const long = `${GERMAN_PARAGRAPHS.join(' ')} `.repeat(2000);
  assert.equal(detectLanguage(long), 'de');
});
