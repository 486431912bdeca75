import type { SentenceTables } from './tables.js';

/** Sentence tables as sets, built once per tables object (the tables are plain arrays for readability). */
export interface CompiledSentenceTables {
  abbreviations: Set<string>;
  maybeFinal: Set<string>;
  clockFinal: Set<string>;
  clockContinuers: Set<string>;
  beforeNumber: Set<string>;
  ordinalTriggers: Set<string>;
  months: Set<string>;
  continuers: Set<string>;
  ordinalNouns: readonly string[];
  sentenceStarters: Set<string>;
  nounsCapitalised: boolean;
}

const cache = new WeakMap<SentenceTables, CompiledSentenceTables>();

/** Empty tables (a stub pack) still split on ! ? and full stops; nothing is treated as an abbreviation. */
/** The last tables asked for: tokenize runs once per sentence, and one pack's tables are asked for in a row. */
let lastKey: SentenceTables | null = null;
let lastCompiled: CompiledSentenceTables | null = null;

export function compileSentenceTables(t: Partial<SentenceTables> | undefined): CompiledSentenceTables {
  const key = (t ?? EMPTY) as SentenceTables;
  if (key === lastKey) return lastCompiled!;
  let c = cache.get(key);
  if (!c) {
    c = {
      abbreviations: new Set(key.abbreviations ?? []),
      maybeFinal: new Set(key.maybeFinal ?? []),
      clockFinal: new Set(key.clockFinal ?? []),
      clockContinuers: new Set(key.clockContinuers ?? []),
      beforeNumber: new Set(key.beforeNumber ?? []),
      ordinalTriggers: new Set(key.ordinalTriggers ?? []),
      months: new Set(key.months ?? []),
      continuers: new Set(key.continuers ?? []),
      ordinalNouns: key.ordinalNouns ?? [],
      sentenceStarters: new Set(key.sentenceStarters ?? []),
      nounsCapitalised: key.nounsCapitalised ?? false,
    };
    cache.set(key, c);
  }
  lastKey = key;
  lastCompiled = c;
  return c;
}

const EMPTY = {} as SentenceTables;
