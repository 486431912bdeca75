import type { VagueEntry } from '../../quantity/tables.js';

/**
 * Vague quantities are ranges, never points. The ranges are conventions (German has no fixed
 * meaning for "einige"); they are chosen so that the plural of a scale word starts at two of it
 * ("Hunderte" = at least 200) and stays below the next order of magnitude (< 1000).
 * `scalable` entries multiply a following scale word: [min·s, (max+1)·s − 1]
 * ("mehrere hundert" → 200..999, "einige tausend" → 3000..9999, "ein paar Millionen" → 2e6..5999999).
 */
export const vague: VagueEntry[] = [
  { phrase: 'ein paar', min: 2, max: 5, scalable: true, note: '"a couple of": two to a handful' },
  { phrase: 'einige', min: 3, max: 9, scalable: true, note: 'more than a couple, fewer than ten' },
  { phrase: 'einigen', min: 3, max: 9, scalable: true, note: 'dative of einige' },
  { phrase: 'mehrere', min: 2, max: 9, scalable: true, note: 'more than one, fewer than ten' },
  { phrase: 'mehreren', min: 2, max: 9, scalable: true, note: 'dative of mehrere' },
  { phrase: 'etliche', min: 3, max: 9, scalable: true, note: 'like einige' },
  { phrase: 'etlichen', min: 3, max: 9, scalable: true, note: 'dative of etliche' },
  { phrase: 'Dutzende', min: 24, max: 99, scalable: true, note: 'at least two dozen, below a hundred' },
  { phrase: 'Dutzenden', min: 24, max: 99, scalable: true, note: 'dative of Dutzende' },
  { phrase: 'Hunderte', min: 200, max: 999, scalable: true, note: 'at least two hundred, below a thousand' },
  { phrase: 'Hunderten', min: 200, max: 999, scalable: true, note: 'dative of Hunderte' },
  { phrase: 'Tausende', min: 2000, max: 9999, scalable: true, note: 'at least two thousand, below ten thousand' },
  { phrase: 'Tausenden', min: 2000, max: 9999, scalable: true, note: 'dative of Tausende' },
  { phrase: 'Zehntausende', min: 20000, max: 99999, scalable: true, note: 'at least twenty thousand, below 100,000' },
  { phrase: 'Zehntausenden', min: 20000, max: 99999, scalable: true, note: 'dative of Zehntausende' },
  { phrase: 'Hunderttausende', min: 200000, max: 999999, scalable: true, note: 'at least 200,000, below a million' },
  { phrase: 'Hunderttausenden', min: 200000, max: 999999, scalable: true, note: 'dative of Hunderttausende' },
  { phrase: 'Millionen', min: 2000000, max: 9999999, scalable: false, note: 'bare plural "Millionen" (no number before): two to ten million' },
  { phrase: 'Milliarden', min: 2000000000, max: 9999999999, scalable: false, note: 'bare plural "Milliarden": two to ten billion' },
];
