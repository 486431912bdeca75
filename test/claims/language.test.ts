import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../src/claims/extract.js';
import { documentFromText } from '../../src/ingest/document.js';
import { makeDocument } from '../../src/core/document.js';

// Our own sentences: a French and a Spanish news paragraph with figures.
const FRENCH = 'Selon la préfecture, au moins 12 personnes ont été tuées et 300 autres évacuées mardi dans le sud du pays. ' +
  'Les secours cherchent encore des disparus dans les villages inondés, a indiqué le ministre de l\'Intérieur.';
const SPANISH = 'Según el gobierno regional, al menos 40 personas murieron y más de 2.000 fueron evacuadas tras las lluvias. ' +
  'Los equipos de rescate siguen buscando a los desaparecidos en varias localidades del norte.';

test('an article in a language without a pack is detected and flagged, and no claims are invented', () => {
  for (const [text, code] of [[FRENCH, 'fr'], [SPANISH, 'es']] as const) {
    const doc = documentFromText(text, { id: code });
    assert.equal(doc.language, code);
    assert.deepEqual(extractClaims(doc), []);
  }
});

test('a language given explicitly wins over detection, and German and English are read with their packs', () => {
  const de = makeDocument('Nach Angaben der Polizei wurden 12 Menschen getötet.', { id: 'de', language: 'de' });
  assert.equal(extractClaims(de).length, 1);
  const en = makeDocument('Police said 12 people were killed.', { id: 'en', language: 'en' });
  assert.equal(extractClaims(en).length, 1);
  const unknown = makeDocument('Nach Angaben der Polizei wurden 12 Menschen getötet.', { id: 'x', language: null });
  assert.equal(extractClaims(unknown).length, 1, 'an unknown language falls back to German');
});
