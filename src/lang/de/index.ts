import type { LanguagePack } from '../types.js';
import { sentenceTables } from './abbreviations.js';
import { numberTables } from './numbers.js';
import { timeTables } from './calendar.js';
import { claimTables } from './claims.js';
import { topicTables } from './topics.js';

export const de: LanguagePack = {
  code: 'de',
  name: 'German',
  sentences: sentenceTables,
  numbers: numberTables,
  time: timeTables,
  claims: claimTables,
  topics: topicTables,
};
