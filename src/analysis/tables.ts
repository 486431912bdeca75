/**
 * What the analysis needs to know about a language to tell topics apart (the type; the data lives in
 * src/lang/<code>/topics.ts). All words are folded: lower case, no diacritics, ß → ss (see words.ts `fold`).
 * The analysis merges the tables of every pack into one set per field: a corpus mixes languages, and an
 * article's language detection must not decide whether "die" is a function word.
 */

/** Kinds of event the story index tells apart; language-neutral ids, in a fixed order (ties go to the first). */
export const EVENT_KINDS = ['attack', 'combat', 'flood', 'quake', 'protest', 'budget', 'election', 'fire', 'strike'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface TopicTables {
  /** function words, left out of topical features */
  stopwords: string;
  /**
   * words of news reporting itself (who said it, when, how many): every report of every event uses them; a small
   * corpus has too few documents for their frequency to tell, so they are listed
   */
  reporting: string;
  /** event kind → nouns naming it; German compounds match by their last part (see src/analysis/events.ts) */
  events: Partial<Record<EventKind, readonly string[]>>;
  /** compound words that end like an event noun but are not one ("auswahl" is no "wahl") */
  notEvents: readonly string[];
  /** nouns saying what kind of place a name is, not which place ("Landkreis", "district") */
  placeGenerics: string;
  /** prepositions after which a capitalised word is usually a place ("in", "bei", "near") */
  placePrepositions: readonly string[];
  /** prepositions joining a place generic to its name ("in der Gegend um X", "on the outskirts of X"); alone they say nothing */
  placeLinkers: readonly string[];
  /** preposition fused with the article, before a place generic ("im Landkreis") */
  placeContractions: readonly string[];
  /** definite articles (skipped between a preposition and a place) */
  articles: readonly string[];
  /** other determiners: a word after one is a common noun, not a name */
  determiners: readonly string[];
}

/** A whitespace-separated word list as words. */
export function wordList(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}
