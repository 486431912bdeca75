import type { NumberTables } from '../../quantity/tables.js';
import { approximators, verbBounds } from './approximators.js';
import { vague } from './vague.js';
import { units } from './units.js';
import { currencies } from './currencies.js';

/** English numbers: words are separate ("seven hundred twenty-one thousand twelve"). */
export const numberTables: NumberTables = {
  decimalSeparator: '.',
  groupSeparator: ',',
  numberWords: {
    zero: 0, naught: 0, nought: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
    eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  compoundOnlyWords: {},
  hundredWords: ['hundred'],
  scaleWords: {
    thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, mln: 1e6, billion: 1e9, billions: 1e9,
    bln: 1e9, trillion: 1e12, trillions: 1e12, dozen: 12, dozens: 12, pair: 2, pairs: 2,
    // South Asian scales appear in English-language news from India and Pakistan
    lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, lkh: 1e5, lkhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
    koti: 1e7, krore: 1e7, krores: 1e7, kr: 1e7,
  },
  standaloneScales: [],
  compoundScales: [],
  fractionWords: { half: 0.5, halves: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25 },
  addWords: {},
  mixedWords: {},
  joiners: ['and'],
  unitsBeforeTens: false,
  tensBeforeUnits: true,
  compounds: false,
  decimalWords: ['point'],
  negativeWords: ['minus', 'negative'],
  articleOne: ['a', 'an'],
  pronounOne: [],
  pronounZero: ['none'],
  suffixMultipliers: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, bn: 1e9, mn: 1e6, tn: 1e12 },
  moneySuffixMultipliers: { m: 1e6, b: 1e9 },
  fractionChars: { '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅙': 1 / 6, '⅛': 0.125 },
  approximators,
  // English writes "at least one", a number word: the article needs no rule
  articleBounds: [],
  amountPrepositions: [],
  amountNouns: [],
  fractionDenominators: [2, 3, 4, 5, 6, 8, 10, 100],
  impliedHundreds: true,
  verbBounds,
  rangeOpeners: [{ open: 'between', mid: 'and' }, { open: 'from', mid: 'to' }],
  rangeInfixes: ['to', '-', '–', '—'],
  vague,
  units,
  currencies,
  subunitWords: ['cents', 'cent', 'pence', 'kopecks'],
  ordinals: { first: 1, second: 2, third: 3, fifth: 5, eighth: 8, ninth: 9, twelfth: 12 },
  ordinalSuffixes: [
    { suffix: 'ieth', minValue: 20, maxValue: 90, replace: 'y' },
    { suffix: 'th', minValue: 4, maxValue: Number.MAX_SAFE_INTEGER },
  ],
  digitOrdinalSuffixes: ['st', 'nd', 'rd', 'th'],
  ordinalEndings: [],
  nounsCapitalized: false,
  dotOrdinals: false,
  ordinalDeterminers: [],
  cardinalPrepositions: [],
  sentenceStartWords: [],
  months: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  clockWords: ['a.m.', 'p.m.', 'am', 'pm', "o'clock"],
  referenceWords: [
    'Article', 'Section', 'Paragraph', '§', 'No.', 'Number', 'Resolution', 'Chapter', 'page', 'p.', 'Page',
    'Flight', 'Route', 'Gate', 'Platform', 'Highway', 'Level',
  ],
  yearContext: [
    'in', 'since', 'until', 'till', 'by', 'from', 'of', 'year', 'during', 'before', 'after', 'early', 'late',
    'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'fiscal', 'through', 'between', 'circa',
  ],
  agePrefixes: ['aged', 'at the age of', 'age'],
  ageSuffixes: ['-year-old', '-year-olds', 'years old', 'year-old', 'year-olds'],
  durationUnits: {
    second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year',
    years: 'year', decade: 'decade', decades: 'decade', quarter: 'quarter', quarters: 'quarter',
    weekend: 'weekend', weekends: 'weekend', night: 'night', nights: 'night',
  },
};
