/**
 * Syndication versus independent reporting, on texts written for this test (a fictional storm in a fictional
 * town): two outlets report the same event on their own, quote the same official verbatim and give the same
 * figures; a third article rewrites the first and keeps some of its sentences word for word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/core/document.js';
import { SyndicationIndex } from '../../src/analysis/syndication.js';
import { sentenceKeys } from '../../src/analysis/passages.js';
import { words } from '../../src/analysis/words.js';
import { claims } from './corpus.js';

const QUOTE = '„Wir haben 23 Verletzte versorgt, 140 Menschen mussten ihre Häuser verlassen“, sagte Kreissprecherin Mira Tolkemit.';

const TEXTS = {
  first: `Ein schwerer Sturm hat in der Nacht zu Dienstag in Halvenstedt zahlreiche Dächer abgedeckt. ${QUOTE} Nach Angaben der Feuerwehr stürzten an der Lindenallee mehr als 60 Bäume um, zwei Schulen bleiben geschlossen. Die Aufräumarbeiten an den Stromleitungen im Norden der Stadt könnten bis Donnerstag dauern, schätzt der Netzbetreiber. Die Wetterwarte am Fuchsberg maß Böen von 118 Kilometern pro Stunde, den höchsten Wert seit ihrer Eröffnung.`,
  second: `Orkanböen haben Halvenstedt schwer getroffen. Die Feuerwehr zählte nach eigenen Angaben über 60 entwurzelte Bäume, vor allem in den Alleen des Zentrums. ${QUOTE} Der Bürgermeister besuchte am Vormittag die Notunterkunft in der Stadthalle und dankte den Helfern. Wann die beiden geschlossenen Schulen wieder öffnen, ist noch unklar.`,
  rewrite: `Sturmnacht in Halvenstedt: Viele Häuser sind beschädigt. Nach Angaben der Feuerwehr stürzten an der Lindenallee mehr als 60 Bäume um, zwei Schulen bleiben geschlossen. Kreissprecherin Mira Tolkemit sprach von 23 Verletzten, 140 Bewohner hätten ihre Wohnungen verlassen müssen. Die Wetterwarte am Fuchsberg maß Böen von 118 Kilometern pro Stunde, den höchsten Wert seit ihrer Eröffnung.`,
};

const OFFICIAL = { kind: 'person' as const, name: 'Mira Tolkemit', text: 'Kreissprecherin Mira Tolkemit', country: 'DE' };
const FIRE = { kind: 'organisation' as const, name: 'Feuerwehr', text: 'der Feuerwehr', country: 'DE' };

function article(name: keyof typeof TEXTS, hour: number) {
  const doc = makeDocument(TEXTS[name], { id: name, language: 'de', outlet: `Blatt ${name}`, publishedAt: `2025-09-02T${String(hour).padStart(2, '0')}:00:00Z`, title: null });
  const specs = [
    { text: '23 Verletzte', min: 23, max: 23, measure: 'wounded' as const, source: OFFICIAL },
    { text: '140 Menschen', min: 140, max: 140, measure: 'displaced' as const, source: OFFICIAL },
    { text: '60', min: 60, max: null, measure: 'other' as const, source: FIRE },
  ];
  if (name === 'rewrite') {
    specs[0] = { ...specs[0]!, text: '23 Verletzten' };
    specs[1] = { ...specs[1]!, text: '140 Bewohner' };
  }
  return { doc, claims: claims(doc, specs.map((s) => ({ ...s, subject: { country: 'DE', kind: 'residents' }, place: 'Halvenstedt' }))) };
}

test('independent reports quoting the same official with the same figures are not syndication', () => {
  const idx = new SyndicationIndex();
  for (const [name, hour] of [['first', 6], ['second', 9]] as const) {
    const a = article(name, hour);
    idx.add(a.doc, a.claims);
  }
  assert.deepEqual(idx.links(), [], JSON.stringify(idx.links()));
  assert.deepEqual(idx.groups(), []);
});

test('without claims, the same figures and the same quoted official do not make a syndication either', () => {
  const idx = new SyndicationIndex();
  idx.add(article('first', 6).doc);
  idx.add(article('second', 9).doc);
  assert.deepEqual(idx.links(), []);
});

test('a rewrite that keeps two rare sentences word for word is syndication, and the reason says so', () => {
  const idx = new SyndicationIndex();
  for (const [name, hour] of [['first', 6], ['second', 9], ['rewrite', 11]] as const) {
    const a = article(name, hour);
    idx.add(a.doc, a.claims);
  }
  assert.equal(idx.links().length, 1, JSON.stringify(idx.links()));
  const [link] = idx.links();
  assert.equal(link!.kind, 'rewrite');
  assert.deepEqual([link!.a, link!.b], ['first', 'rewrite']);
  assert.match(link!.reason, /rare sentences/);
  assert.deepEqual(idx.groups(), [['first', 'rewrite']]);
});

test('sentences common in the stream stop counting as evidence', () => {
  // the same two sentences in many unrelated articles are stock text: a later pair sharing them is not linked
  const stock = 'Die Polizei bittet Zeugen, sich unter der Rufnummer 110 zu melden. Weitere 25 Einsatzkräfte stehen laut Leitstelle in Bereitschaft.';
  // these short texts are mostly stock, so word-shingle similarity would call them copies: that route is off here
  const idx = new SyndicationIndex({ copyThreshold: 1.01 });
  for (let i = 0; i < 6; i++) {
    const body = `In Ort${'abcdefgh'[i]}stadt brannte am Morgen eine Scheune ab, ${10 + i * 7} Tiere wurden gerettet. ${stock}`;
    idx.add(makeDocument(body, { id: `s${i}`, language: 'de', outlet: `Zeitung ${i}`, publishedAt: `2025-09-02T0${i}:30:00Z`, title: null }));
  }
  // only the second article could take them for rare (one earlier article held them); no later article links
  assert.deepEqual(idx.links().map((l) => [l.a, l.b]), [['s0', 's1']]);
});

test('sentence keys: a German thousands separator does not split a sentence; quotes and figures are marked', () => {
  const text = 'Rund 13.463 Menschen wurden gestern in Sicherheit gebracht. „Es war eine sehr lange Nacht für uns alle“, sagte sie.';
  const keys = sentenceKeys(text, words(text));
  assert.equal(keys.length, 2);
  assert.deepEqual(keys.map((k) => [k.figure, k.quoted, k.words]), [[true, false, 9], [false, true, 11]]);
});
