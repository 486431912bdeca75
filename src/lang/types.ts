import type { SentenceTables } from '../text/tables.js';
import type { NumberTables } from '../quantity/tables.js';
import type { TimeTables } from '../time/tables.js';
import type { ClaimTables } from '../claims/tables.js';
import type { TopicTables } from '../analysis/tables.js';

/**
 * A language pack is plain data: the engines in src/text, src/quantity, src/time and src/claims
 * (and the topic features of src/analysis) are language-neutral and read everything language-specific from here.
 * Each language folder (src/lang/de, src/lang/en) has the same file names.
 */
export interface LanguagePack {
  code: string;
  name: string;
  sentences: SentenceTables;
  numbers: NumberTables;
  time: TimeTables;
  claims: ClaimTables;
  topics: TopicTables;
}
