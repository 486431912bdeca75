import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';
import { getPack } from '../../src/lang/index.js';

const de = getPack('de');
const en = getPack('en');

function sentences(text: string, lang = de): string[] {
  return splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
}

/** Each case: the sentences that must come out when joined by a single space (or the given separator). */
function expectSplit(parts: string[], lang = de, sep = ' '): void {
  assert.deepEqual(sentences(parts.join(sep), lang), parts);
}

test('German dates and ordinals do not end sentences', () => {
  expectSplit(['Am 20. Januar tagt der Rat.', 'Die Sitzung ist öffentlich.']);
  expectSplit(['Die Frist endet am 3. Nov. 2024 um Mitternacht.', 'Danach wird gezählt.']);
  expectSplit(['Der Vertrag gilt seit dem 1. Juli.', 'Er läuft bis zum 31. Dezember.']);
  expectSplit(['Vom 1. bis 3. März bleibt das Amt geschlossen.', 'Anträge gehen online.']);
  expectSplit(['Das Schloss stammt aus dem 15. Jahrhundert.', 'Es wurde 1990 renoviert.']);
  expectSplit(['Sie feierte ihren 80. Geburtstag im Garten.', 'Alle kamen.']);
  expectSplit(['Das Team landete auf dem 3. Platz.', 'Trainer und Spieler waren zufrieden.']);
  expectSplit(['Die Truppe erreichte den 12. Stock des Gebäudes.', 'Dort war niemand.']);
});

test('German years and figures before a full stop end sentences', () => {
  expectSplit(['Die Brücke öffnete 2022.', 'Danach war sie gesperrt.']);
  expectSplit(['Die Zahl der Opfer stieg auf 1.200.', 'Das Ministerium nannte keine Details.']);
  expectSplit(['Der Index schloss bei 5,6.', 'Am Vortag waren es noch 6,1.']);
  expectSplit(['Im Saal saßen 300.', 'Draußen warteten weitere.']);
});

test('German abbreviations do not end sentences', () => {
  expectSplit(['Es gibt z. B. Äpfel und Birnen.', 'Beides ist billig.']);
  expectSplit(['Dr. Anna Berger leitet die Klinik seit 2019.', 'Prof. Klaus Ott berät sie.']);
  expectSplit(['Gemeint ist Art. 5 Abs. 3 des Grundgesetzes.', 'Er schützt die Kunst.']);
  expectSplit(['Das Haus Nr. 5 steht leer.', 'Das Haus Nr. 7 auch.']);
  expectSplit(['Der Schaden liegt bei ca. 4 Mio. Euro.', 'Die Versicherung zahlt.']);
  expectSplit(['Er kaufte 2 Mrd. Aktien bzw. Anteile.', 'Das war teuer.']);
  expectSplit(['Gemüse, Obst, Brot usw. sind teurer geworden.', 'Die Inflation sinkt trotzdem.']);
  expectSplit(['Die Preise für Brot, Milch usw.', 'Die Händler verweisen auf die Energiekosten.']);
  expectSplit(['Die Firma heißt Meyer u. Söhne und ist alt.', 'Sie hat 40 Angestellte.']);
  expectSplit(['Es gab d.h. keine Einigung.', 'Die Gespräche gehen weiter.']);
});

test('German numbers with separators and initials stay inside', () => {
  expectSplit(['Rund 1.000 Menschen und 5,6 Prozent der Wähler.', 'Das ist neu.']);
  expectSplit(['Der Autor J. R. Tolkien schrieb viel.', 'Seine Bücher sind bekannt.']);
  expectSplit(['Die Seite www.beispiel.de ist offline.', 'Sie war gestern noch erreichbar.']);
});

test('quotes: a full stop inside a closing quote ends a sentence only when the clause ends', () => {
  expectSplit(['Er sagte: „Wir sind bereit.“', 'Dann ging er.']);
  expectSplit(['„Wir sind bereit“, sagte er.', 'Niemand widersprach.']);
  expectSplit(['„Wir sind bereit“, betonte der Minister.', 'Das Kabinett stimmte zu.']);
  expectSplit(['„Nein!“, rief sie.', 'Dann war es still.']);
  expectSplit(['„Wer hat das bezahlt?“, fragte die Abgeordnete.', 'Eine Antwort blieb aus.']);
  expectSplit(['«Wir bleiben.»', 'Das sagte der Bürgermeister.']);
  expectSplit(['Sie schrieb: "Es ist vorbei."', 'Ihr Anwalt bestätigte das.']);
  expectSplit(['Er sprach von einem „Erfolg“.', 'Die Opposition sah das anders.']);
  expectSplit(['»Das war knapp.«', 'Der Fahrer blieb unverletzt.']);
});

test('headlines, bylines, datelines and author tags', () => {
  const text = 'Neue Zahlen aus dem Ministerium\nVon Petra Beispiel\nKiew – Die Armee meldet Gewinne. Das Ministerium widerspricht. (sischr)\nWeitere Meldungen';
  assert.deepEqual(sentences(text), [
    'Neue Zahlen aus dem Ministerium',
    'Von Petra Beispiel',
    'Kiew – Die Armee meldet Gewinne.',
    'Das Ministerium widerspricht. (sischr)',
    'Weitere Meldungen',
  ]);
  // a blank line always separates
  assert.deepEqual(sentences('Erster Absatz ohne Punkt\n\nzweiter Absatz'), ['Erster Absatz ohne Punkt', 'zweiter Absatz']);
});

test('hard-wrapped lines are not split', () => {
  const text = 'Die Regierung hat am Montag angekündigt,\ndass sie die Hilfen verlängert und die\nZahlungen erhöht.';
  assert.deepEqual(sentences(text), [text]);
  const hyphen = 'Das Verteidigungs-\nministerium schwieg.';
  assert.deepEqual(sentences(hyphen), [hyphen]);
  const crlf = 'Titel der Meldung\r\nDer Text beginnt hier.';
  assert.deepEqual(sentences(crlf), ['Titel der Meldung', 'Der Text beginnt hier.']);
});

test('question and exclamation marks, ellipses', () => {
  expectSplit(['Wird der Plan umgesetzt?', 'Das ist offen!', 'Niemand weiß es.']);
  expectSplit(['Was nun?!', 'Die Partei berät.']);
  expectSplit(['Es war … knapp, sagte sie.', 'Dann lachte sie.']);
  expectSplit(['Und dann kam der Regen …', 'Die Feier fiel aus.']);
});

test('numbered list items are not separate sentences', () => {
  const text = 'Die Forderungen lauten:\n1. Mehr Geld für Schulen.\n2. Kleinere Klassen.';
  assert.deepEqual(sentences(text), ['Die Forderungen lauten:', '1. Mehr Geld für Schulen.', '2. Kleinere Klassen.']);
});

test('English abbreviations', () => {
  expectSplit(['The U.S. military confirmed the figure.', 'It gave no details.'], en);
  expectSplit(['Troops left the U.S.', 'The base closed.'], en);
  expectSplit(['Mr. Smith met Dr. Jones on Jan. 5.', 'They talked for an hour.'], en);
  expectSplit(['Talks resumed at No. 10 on Monday.', 'No deal was reached.'], en);
  expectSplit(['Some fruit, e.g. apples, got cheaper.', 'Prices fell in Jan.', 'Then they rose.'], en);
  expectSplit(['The meeting ended at 5 p.m.', 'The minister left.'], en);
});

test('English clock abbreviations: a capitalised word after a.m./p.m. opens a sentence unless it continues the time', () => {
  expectSplit(['The fire broke out at 9 a.m.', 'Police said two people were hurt.'], en);
  expectSplit(['Voting closed at 8 p.m.', 'Turnout was low.'], en);
  expectSplit(['The ship sank at 4 a.m. Tuesday near the coast.', 'Rescuers arrived later.'], en);
  expectSplit(['The blast came at 6 p.m. GMT and shook the port.'], en);
  expectSplit(['The shelling began at 11 p.m. Moscow time.'], en);
  // other dotted abbreviations keep the old rule: a name after them continues ("the U.S. Army")
  expectSplit(['The U.S. Army sent two brigades.', 'Sen. Mary Cole objected.'], en);
  expectSplit(['Gov. Ann Reyes and Rep. Tom Hale spoke at No. 10 Main Street.'], en);
  expectSplit(['"We are ready," he said.', '"No."', 'She shook her head.'], en);
  expectSplit(['The toll rose to 1,200.', 'Officials expect more.'], en);
  expectSplit(['He was born in 1990.', 'He moved in 2015.'], en);
});

test('spans exclude white space and respect from/to', () => {
  const text = '  Erster Satz.   Zweiter Satz.  ';
  const spans = splitSentences(text, de);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Erster Satz.', 'Zweiter Satz.']);
  const inner = splitSentences(text, de, 16, text.length);
  assert.deepEqual(inner.map((s) => text.slice(s.start, s.end)), ['Zweiter Satz.']);
  assert.deepEqual(splitSentences('', de), []);
  assert.deepEqual(splitSentences('   \n\n  ', de), []);
});

test('negatives: a full stop before a sentence starter after an abbreviation that may close a sentence', () => {
  expectSplit(['Der Konzern meldete einen Verlust von 3 Mrd.', 'Die Aktie fiel.']);
  expectSplit(['Der Betrag stieg auf 5 Mio.', 'Das teilte die Firma mit.']);
});

test('long input stays linear and keeps every character in order', () => {
  const unit = 'Am 3. Nov. kamen ca. 1.000 Menschen. „Gut.“ Dr. Beispiel sprach.\n';
  const text = unit.repeat(20000);
  const spans = splitSentences(text, de);
  assert.equal(spans.length, 3 * 20000);
});
