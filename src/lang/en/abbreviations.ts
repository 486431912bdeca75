import type { SentenceTables } from '../../text/tables.js';

// STUB: owned by the sentence/token work; replace with the real tables.
export const sentenceTables: SentenceTables = {};
