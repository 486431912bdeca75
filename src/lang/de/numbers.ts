import type { NumberTables } from '../../quantity/tables.js';
import { approximators, verbBounds } from './approximators.js';
import { vague } from './vague.js';
import { units } from './units.js';
import { currencies } from './currencies.js';

/** German numbers: compounds are one word ("siebenhunderteinundzwanzigtausendzwölf"). */
export const numberTables: NumberTables = {
  decimalSeparator: ',',
  groupSeparator: '.',
  numberWords: {
    null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
    siebzig: 70, achtzig: 80, neunzig: 90,
  },
  // "ein" is the article as a word of its own; inside a compound ("einhundert") it is the number.
  compoundOnlyWords: { ein: 1 },
  hundredWords: ['hundert'],
  scaleWords: {
    tausend: 1e3, tsd: 1e3, 'tsd.': 1e3,
    million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6,
    milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9,
    billion: 1e12, billionen: 1e12, billiarde: 1e15, billiarden: 1e15,
    dutzend: 12,
  },
  standaloneScales: ['hundert', 'tausend'],
  compoundScales: ['tausend'],
  fractionWords: {
    halb: 0.5, halbe: 0.5, halbes: 0.5, halben: 0.5, halber: 0.5,
    drittel: 1 / 3, viertel: 0.25, fünftel: 0.2, sechstel: 1 / 6, siebtel: 1 / 7, achtel: 0.125,
    neuntel: 1 / 9, zehntel: 0.1,
  },
  addWords: { einhalb: 0.5 },
  mixedWords: { anderthalb: 1.5 },
  joiners: ['und'],
  unitsBeforeTens: true,
  tensBeforeUnits: false,
  compounds: true,
  decimalWords: ['komma'],
  negativeWords: ['minus', 'negativ'],
  articleOne: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  pronounOne: ['ein', 'eine', 'einen', 'einer', 'eines'],
  pronounZero: ['keiner', 'keinen', 'keines', 'keins', 'keine'],
  suffixMultipliers: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, Mio: 1e6, Mrd: 1e9 },
  moneySuffixMultipliers: {},
  fractionChars: { '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅙': 1 / 6, '⅛': 0.125 },
  approximators,
  articleBounds: ['mindestens', 'wenigstens', 'höchstens', 'maximal', 'mehr als', 'weniger als', 'nicht mehr als', 'nicht weniger als'],
  amountPrepositions: ['über'],
  // nouns naming a sum or an order; matched as word endings so that compounds count ("Rüstungsauftrag")
  amountNouns: [
    'kredit', 'kredits', 'kredite', 'krediten', 'darlehen', 'darlehens', 'scheck', 'schecks', 'rechnung', 'rechnungen',
    'auftrag', 'auftrags', 'aufträge', 'aufträgen', 'vertrag', 'vertrags', 'verträge', 'verträgen', 'summe', 'summen',
    'betrag', 'betrags', 'beträge', 'beträgen', 'paket', 'pakets', 'pakete', 'anleihe', 'anleihen', 'bürgschaft',
    'bürgschaften', 'gutschein', 'gutscheine', 'überweisung', 'überweisungen', 'zahlung', 'zahlungen', 'bestellung',
    'bestellungen', 'forderung', 'forderungen', 'quittung', 'spende', 'spenden', 'zusage', 'zusagen', 'vereinbarung',
  ],
  fractionDenominators: [2, 3, 4, 5, 6, 8, 10, 100],
  impliedHundreds: false,
  verbBounds,
  rangeOpeners: [{ open: 'zwischen', mid: 'und' }, { open: 'von', mid: 'bis' }],
  rangeInfixes: ['bis', '-', '–', '—'],
  vague,
  units,
  currencies,
  subunitWords: ['Cent', 'Cents', 'Kopeken', 'Pence', 'Rappen'],
  ordinals: { erst: 1, dritt: 3, siebt: 7, acht: 8 },
  // Cardinal + "t" (2..19) or "st" (20 and up), then an adjective ending: zweite, zwanzigste, hundertste.
  ordinalSuffixes: [
    { suffix: 't', minValue: 2, maxValue: 19 },
    { suffix: 'st', minValue: 20, maxValue: Number.MAX_SAFE_INTEGER },
  ],
  digitOrdinalSuffixes: [],
  ordinalEndings: ['e', 'er', 'es', 'en', 'em'],
  nounsCapitalized: true,
  dotOrdinals: true,
  ordinalDeterminers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ihr', 'ihre', 'ihrem',
    'ihren', 'sein', 'seine', 'seinem', 'seinen', 'jeder', 'jede', 'jedes', 'jeden', 'diese', 'dieser',
    'dieses', 'diesem', 'diesen', 'bis', 'ab', 'seit', 'vor', 'nach', 'vom', 'zum', 'dem', 'auf', 'als',
  ],
  cardinalPrepositions: ['bis', 'ab', 'auf', 'vor', 'nach'],
  sentenceStartWords: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man',
    'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Seit', 'Von', 'Vor', 'Zu', 'Zum', 'Zur',
    'Und', 'Aber', 'Doch', 'Denn', 'Oder', 'So', 'Dann', 'Damit', 'Dabei', 'Dies', 'Diese', 'Dieser', 'Dieses',
    'Auch', 'Noch', 'Nun', 'Jetzt', 'Heute', 'Laut', 'Nach', 'Wie', 'Was', 'Wer', 'Wo', 'Warum', 'Als', 'Wenn',
    'Weil', 'Da', 'Zudem', 'Außerdem', 'Insgesamt', 'Demnach', 'Damals', 'Bisher', 'Inzwischen',
    // closed-class words (adverbs, pronouns, conjunctions, prepositions): they start a sentence but never
    // follow an ordinal as its noun, so "es waren 3. Danach ..." ends a sentence with a figure
    'Danach', 'Dazu', 'Davon', 'Darunter', 'Dort', 'Hier', 'Trotzdem', 'Deshalb', 'Daher', 'Allerdings',
    'Jedoch', 'Zuvor', 'Später', 'Zuletzt', 'Schon', 'Nur', 'Bereits', 'Seither', 'Seitdem', 'Gleichzeitig',
    'Zugleich', 'Ebenso', 'Ebenfalls', 'Mehr', 'Weniger', 'Alle', 'Viele', 'Einige', 'Mehrere', 'Beide', 'Kein',
    'Keine', 'Sein', 'Seine', 'Ihre', 'Unser', 'Unsere', 'Jeder', 'Jede', 'Jedes', 'Für', 'Gegen', 'Ohne',
    'Durch', 'Um', 'Unter', 'Über', 'Während', 'Trotz', 'Wegen', 'Obwohl', 'Ob', 'Dass', 'Hinzu', 'Erst',
    'Immerhin', 'Vielmehr', 'Stattdessen', 'Somit', 'Also', 'Sonst', 'Zwar', 'Nicht', 'Ja', 'Nein',
  ],
  months: [
    'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
    'Oktober', 'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
    'Okt', 'Nov', 'Dez',
  ],
  clockWords: ['Uhr'],
  referenceWords: [
    'Paragraf', 'Paragraph', 'Paragrafen', 'Paragraphen', '§', '§§', 'Artikel', 'Art.', 'Nr.', 'Nummer',
    'Absatz', 'Abs.', 'Kapitel', 'Kap.', 'Ziffer', 'Resolution', 'Seite', 'S.', 'Band', 'Bd.', 'Punkt',
    'Zeile', 'Folge', 'Staffel', 'Gleis', 'Linie', 'Platz', 'Rang', 'Runde', 'Stufe', 'Level',
    'Kanal', 'Zimmer', 'Block', 'Etappe', 'Spieltag',
  ],
  yearContext: [
    'Jahr', 'Jahre', 'Jahres', 'Jahren', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'im', 'in', 'um', 'Anfang',
    'Mitte', 'Ende', 'Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter', 'Jahresende', 'Jahresbeginn',
    'Haushaltsjahr', 'Geschäftsjahr', 'Jahrgang', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli',
    'August', 'September', 'Oktober', 'November', 'Dezember', 'des', 'zwischen', 'Wahl', 'Olympia',
    'WM', 'EM', 'Saison', 'Quartal', 'Halbjahr',
  ],
  agePrefixes: ['im Alter von', 'Alter von', 'im Alter zwischen', 'mit', 'Alter:'],
  ageSuffixes: [
    '-jährige', '-jähriger', '-jährigen', '-jähriges', '-jährigem', '-Jährige', 'jährige', 'jähriger', 'jährigen',
    'jähriges', 'Jahre alt', 'Jahren alt', 'Jahre jung',
  ],
  durationUnits: {
    Sekunde: 'second', Sekunden: 'second', Minute: 'minute', Minuten: 'minute', Stunde: 'hour', Stunden: 'hour',
    Tag: 'day', Tage: 'day', Tagen: 'day', Tages: 'day', Woche: 'week', Wochen: 'week', Monat: 'month',
    Monate: 'month', Monaten: 'month', Monats: 'month', Jahr: 'year', Jahre: 'year', Jahren: 'year',
    Jahrzehnt: 'decade', Jahrzehnte: 'decade', Jahrzehnten: 'decade', Quartal: 'quarter', Quartale: 'quarter',
    Wochenende: 'weekend', Wochenenden: 'weekend', Nächte: 'night', Nächten: 'night', Nacht: 'night',
  },
};
