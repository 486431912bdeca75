import type { TimeTables } from '../../time/tables.js';

/**
 * German time words for src/time. Lower case; multi-word entries are matched token by token
 * ("ca." is the two tokens "ca" "."). Hour ranges of parts of the day follow Duckling's German corpus
 * (afternoon 12–19, evening 18–24) so that our results are comparable with it.
 */

const months: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1,
  februar: 2, feber: 2, feb: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12,
};

const weekdays: Record<string, number> = {
  montag: 1, mo: 1,
  dienstag: 2, di: 2,
  mittwoch: 3, mi: 3,
  donnerstag: 4, do: 4,
  freitag: 5, fr: 5,
  samstag: 6, sonnabend: 6, sa: 6,
  sonntag: 7, so: 7,
};

const numbers: Record<string, number> = {
  null: 0,
  ein: 1, eins: 1, eine: 1, einer: 1, einem: 1, einen: 1, eines: 1,
  zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100,
};

/** Ordinal stems; every stem takes the adjective endings below ("dritt" → dritte, dritter, dritten, drittes, drittem). */
const ordinalStems: Record<string, number> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
  elft: 11, zwölft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, sechzehnt: 16, siebzehnt: 17, achtzehnt: 18,
  neunzehnt: 19, zwanzigst: 20, dreißigst: 30, dreissigst: 30,
};
const ordinalEndings = ['e', 'er', 'en', 'es', 'em'];

const ordinals: Record<string, number> = {};
for (const [stem, n] of Object.entries(ordinalStems)) for (const e of ordinalEndings) ordinals[stem + e] = n;

export const timeTables: TimeTables = {
  months,
  weekdays,
  // "so" is an everyday word ("so gegen 15 Uhr"); as Sunday it needs a dot or a date beside it.
  weakAbbreviations: ['so'],
  numbers,
  numberCompound: { joiner: 'und', tensFirst: false },
  ordinals,
  ordinalSuffixes: ['ten', 'te', 'ter', 'tes', 'tem', 'ter.', 'sten', 'ste', 'ster', 'stes'],
  ordinalDot: true,
  grains: {
    sekunde: 'second', sekunden: 'second', sek: 'second',
    minute: 'minute', minuten: 'minute', min: 'minute',
    stunde: 'hour', stunden: 'hour', std: 'hour',
    tag: 'day', tage: 'day', tagen: 'day', tages: 'day', tags: 'day',
    woche: 'week', wochen: 'week',
    monat: 'month', monate: 'month', monaten: 'month', monats: 'month',
    quartal: 'quarter', quartale: 'quarter', quartalen: 'quarter', quartals: 'quarter',
    jahr: 'year', jahre: 'year', jahren: 'year', jahres: 'year', jahrs: 'year',
  },
  grainAbbreviations: { h: 'hour', std: 'hour', min: 'minute', sek: 'second', s: 'second' },
  grainMultiples: { jahrzehnt: [10, 'year'], jahrzehnte: [10, 'year'], jahrzehnten: [10, 'year'] },
  relativeDays: {
    heute: 0, 'zu dieser zeit': 0,
    gestern: -1, vorgestern: -2, vorvorgestern: -3,
    morgen: 1, übermorgen: 2, überübermorgen: 3,
  },
  now: ['jetzt', 'genau jetzt', 'gerade eben', 'soeben', 'derzeit', 'zurzeit', 'momentan', 'im moment', 'in diesem moment'],
  partsOfDay: {
    morgens: [3, 12], 'am morgen': [3, 12], 'in der früh': [3, 12], früh: [3, 12], frühmorgens: [3, 9], 'am frühen morgen': [3, 9],
    vormittag: [8, 12], vormittags: [8, 12], 'am vormittag': [8, 12],
    mittag: [12, 14], mittags: [12, 14], 'zu mittag': [12, 14], 'am mittag': [12, 14], 'über mittag': [12, 14],
    nachmittag: [12, 19], nachmittags: [12, 19], 'am nachmittag': [12, 19],
    abend: [18, 24], abends: [18, 24], 'am abend': [18, 24], spätabends: [21, 24], 'am späten abend': [21, 24],
    nacht: [22, 30], nachts: [22, 30], 'in der nacht': [22, 30],
    'nach dem mittagessen': [13, 17],
  },
  seasons: {
    frühling: [3, 20, 6, 21], frühjahr: [3, 20, 6, 21],
    sommer: [6, 21, 9, 24],
    herbst: [9, 23, 12, 21],
    winter: [12, 21, 3, 21],
  },
  weekend: ['wochenende', 'wochenenden'],
  namedHours: { mitternacht: 24 },
  zones: { cet: 60, mez: 60, cest: 120, mesz: 120, gmt: 0, utc: 0, wez: 0, wesz: 60, osteuropäischer: 120, eet: 120, eest: 180, msk: 180 },
  rates: { täglich: 'day', tagtäglich: 'day', stündlich: 'hour', wöchentlich: 'week', monatlich: 'month', jährlich: 'year', alljährlich: 'year' },
  cumulative: ['bisher', 'bislang', 'bis jetzt', 'bis heute', 'bis dato', 'seither', 'seitdem', 'insgesamt bislang'],
  events: [
    'kriegsbeginn', 'kriegsausbruch', 'invasionsbeginn', 'beginn der invasion', 'beginn des krieges', 'beginn des kriegs',
    'ausbruch des krieges', 'beginn der offensive', 'beginn des angriffs', 'beginn der russischen invasion',
    'beginn des russischen angriffskrieges', 'beginn des angriffskrieges', 'beginn der kämpfe', 'kriegsende', 'amtsantritt',
  ],
  words: {
    decimalMark: [','],
    andHalf: ['ein halb', 'einhalb'],
    indefinite: ['ein', 'eine', 'einer', 'einem', 'einen', 'eines'],
    half: ['halbe', 'halben', 'halber'],
    quarterOf: ['viertel', 'viertelstunde'],
    threeQuartersOf: ['dreiviertel'],
    vagueTwo: ['paar', 'ein paar'],
    vagueThree: ['einige', 'einigen', 'wenige', 'wenigen'],
    article: ['der', 'die', 'das', 'den', 'dem', 'des'],
    this: ['diese', 'diesen', 'dieser', 'dieses', 'diesem', 'laufende', 'laufenden', 'laufendes', 'laufender', 'aktuelle', 'aktuellen'],
    // "kommende Woche" is next week in German news (Duckling's corpus reads it as this week; we do not).
    next: ['nächste', 'nächsten', 'nächster', 'nächstes', 'nächstem', 'kommende', 'kommenden', 'kommender', 'kommendes', 'folgende', 'folgenden'],
    last: ['letzte', 'letzten', 'letzter', 'letztes', 'letztem', 'vergangene', 'vergangenen', 'vergangener', 'vergangenes', 'vorige', 'vorigen', 'voriger', 'voriges', 'vorherige', 'vorherigen'],
    afterNext: ['übernächste', 'übernächsten', 'übernächster', 'übernächstes'],
    beforeLast: ['vorletzte', 'vorletzten', 'vorletzter', 'vorletztes'],
    afterNextPost: ['nach dem nächsten', 'nach der nächsten', 'nach dem kommenden'],
    on: ['am', 'an', 'an dem', 'den', 'der', 'dem'],
    at: ['um', 'um etwa', 'ab etwa'],
    approx: ['zirka', 'circa', 'ca', 'ca .', 'etwa', 'ungefähr', 'gegen', 'so', 'rund', 'pünktlich', 'genau'],
    approxSuffix: ['in etwa', 'ungefähr', 'etwa', 'circa'],
    oclock: ['uhr'],
    hourTight: ['h', 'uhr'],
    in: ['in'],
    within: ['binnen', 'innerhalb von', 'innerhalb', 'innert'],
    agoPrefix: ['vor'],
    agoSuffix: [],
    hence: [],
    fromNow: [],
    periodPrefix: ['in den', 'in der', 'im', 'während der', 'während des', 'innerhalb der', 'innerhalb des', 'binnen der'],
    inMonth: ['im', 'in', 'im monat', 'im laufe des', 'im lauf des', 'während des', 'im verlauf des'],
    inYear: ['im jahr', 'im jahre', 'in dem jahr', 'des jahres'],
    inSeason: ['im', 'in diesem', 'diesen', 'in dem'],
    since: ['seit', 'seit dem', 'seit der'],
    after: ['nach', 'ab', 'frühestens', 'ab dem', 'ab der', 'nach dem', 'nicht vor'],
    afterSuffix: ['frühestens', 'frühstens'],
    before: ['bis', 'vor', 'spätestens', 'bis zum', 'bis zur', 'bis spätestens', 'vor dem', 'vor der', 'noch vor', 'nicht nach'],
    beforeSuffix: ['spätestens'],
    rangeFrom: ['vom', 'von', 'von dem', 'ab'],
    rangeTo: ['bis', 'bis zum', 'bis zur', 'bis einschließlich', 'auf den', '-', '–', '—', '/'],
    between: ['zwischen', 'zwischen dem'],
    and: ['und', 'und dem', 'und der'],
    butBefore: ['aber vor', 'und vor'],
    glue: ['am', 'um', 'zu', 'des', 'der', 'den', 'an', 'gegen', ','],
    nthOf: ['im', 'in', 'des', 'der'],
    beginning: ['anfang', 'beginn', 'zu beginn', 'am anfang', 'zu anfang', 'anfangs'],
    middle: ['mitte'],
    end: ['ende', 'am ende', 'zum ende', 'gegen ende', 'ausgang'],
    partOf: ['des', 'der', 'dieses', 'diesen', 'dieser', 'nächsten', 'vergangenen', 'letzten', 'kommenden'],
    endOfThe: ['zum ende des', 'zum ende der', 'ende des', 'ende der'],
    nightBefore: ['in der nacht zu', 'in der nacht zum', 'in der nacht auf', 'in der nacht zur', 'nacht zu', 'nacht zum', 'nacht auf'],
    dayMorning: ['morgen', 'früh'],
    per: ['pro', 'je', 'jeden', 'jede', 'jedes', 'jeweils pro', 'am', 'einmal pro', 'einmal im'],
    perGrainWhitelist: ['pro', 'je', 'jeden', 'jede', 'jedes', 'jeweils pro', 'einmal pro', 'einmal im'],
    quarterWord: ['quartal'],
    yearSuffixAD: [],
    yearSuffixBC: ['v. chr .', 'v . chr .', 'vor christus'],
    clockHalf: ['halb'],
    clockQuarter: ['viertel'],
    clockThreeQuarter: ['dreiviertel'],
    clockPast: ['nach'],
    clockTo: ['vor'],
    minutesWord: ['minuten', 'minute', 'min'],
    upto: ['bisher', 'bislang'],
    wholeWeek: [],
    restOf: [],
    closest: [],
  },
  numericDateOrder: 'dmy',
  clockIs12h: false,
};
