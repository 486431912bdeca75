import type { VagueEntry } from '../../quantity/tables.js';

/**
 * Vague quantities are ranges, never points; the same conventions as the German table
 * ("hundreds" = 200..999). `scalable` entries multiply a following scale word: [min·s, (max+1)·s − 1]
 * ("several hundred" → 200..999, "a few thousand" → 2000..5999).
 */
export const vague: VagueEntry[] = [
  { phrase: 'a couple of', min: 2, max: 3, scalable: true, note: 'two, loosely three' },
  { phrase: 'a couple', min: 2, max: 3, scalable: true, note: 'two, loosely three' },
  { phrase: 'a few', min: 2, max: 5, scalable: true, note: 'two to a handful' },
  { phrase: 'few', min: 2, max: 5, scalable: true, note: 'as "a few" when it counts something' },
  // the same convention as German "mehrere" (2..9): "several hundred" → 200..999, as "mehrere hundert", so that a
  // figure reported in both languages resolves to one range
  { phrase: 'several', min: 2, max: 9, scalable: true, note: 'more than one, fewer than ten (as German "mehrere")' },
  { phrase: 'dozens', min: 24, max: 99, scalable: true, note: 'at least two dozen, below a hundred' },
  { phrase: 'scores of', min: 40, max: 99, scalable: false, note: 'at least two score, below a hundred' },
  { phrase: 'hundreds of thousands', min: 200000, max: 999999, scalable: false, note: 'at least 200,000, below a million' },
  { phrase: 'hundreds of millions', min: 200000000, max: 999999999, scalable: false, note: 'at least 200 million, below a billion' },
  { phrase: 'tens of thousands', min: 20000, max: 99999, scalable: false, note: 'at least 20,000, below 100,000' },
  { phrase: 'tens of millions', min: 20000000, max: 99999999, scalable: false, note: 'at least 20 million, below 100 million' },
  { phrase: 'hundreds', min: 200, max: 999, scalable: true, note: 'at least two hundred, below a thousand' },
  { phrase: 'thousands', min: 2000, max: 9999, scalable: true, note: 'at least two thousand, below ten thousand' },
  { phrase: 'millions', min: 2000000, max: 9999999, scalable: false, note: 'bare "millions": two to ten million' },
  { phrase: 'billions', min: 2000000000, max: 9999999999, scalable: false, note: 'bare "billions": two to ten billion' },
];
