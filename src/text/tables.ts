/**
 * Language data for sentence splitting and tokenisation (see src/lang/<code>/abbreviations.ts).
 * All word lists are case-sensitive and written without the final period.
 */
export interface SentenceTables {
  /**
   * Abbreviations after which a period never ends a sentence: titles and prefixes that always
   * precede something ("Dr", "Prof", "ca", "z" of "z. B.", "Mr"). Multi-period forms are written
   * with their inner periods ("z.B", "U.S.A" → "U.S.A").
   */
  abbreviations: readonly string[];
  /**
   * Abbreviations that may close a sentence ("usw", "Mio", "etc", "U.S"): the period ends the
   * sentence only when the next word is one of `sentenceStarters` (or the text/line ends).
   */
  maybeFinal: readonly string[];
  /**
   * Abbreviations of `maybeFinal` that close a clock time ("at 9 a.m."): nothing capitalised continues after them but
   * a weekday, month or time zone (`clockContinuers`), so any other capitalised word opens a new sentence
   * ("at 9 a.m. Police said …"), not only a `sentenceStarters` word.
   */
  clockFinal?: readonly string[];
  /** Capitalised words that go on after a `clockFinal` abbreviation: "9 a.m. Tuesday", "6 p.m. GMT", "a.m. Eastern". */
  clockContinuers?: readonly string[];
  /**
   * Abbreviations that never end a sentence when a number follows ("Nr. 5", "No. 5", "Jan. 5");
   * before anything else they are treated like ordinary words.
   */
  beforeNumber: readonly string[];
  /** Words after which "3." is an ordinal, not a sentence end: "am 3. Platz", "der 20. Tag". */
  ordinalTriggers: readonly string[];
  /**
   * Stems of nouns that follow an ordinal ("15. Jahrhundert", "60. Geburtstag", "3. Platz"); matched as
   * prefixes of the next word, so compounds ("Jahrhundertwende") count too.
   */
  ordinalNouns: readonly string[];
  /**
   * Function words (articles, prepositions, conjunctions) that cannot close a headline or a sentence: a line
   * ending in one of them is hard-wrapped prose, so its line break is no boundary.
   */
  continuers: readonly string[];
  /** Month names and their abbreviations: "20. Januar", "3. Nov." */
  months: readonly string[];
  /**
   * Capitalised words that typically open a sentence (articles, pronouns, conjunctions,
   * prepositions). German capitalises every noun, so an upper-case letter alone says little;
   * these decide the ambiguous cases after a number or a `maybeFinal` abbreviation.
   */
  sentenceStarters: readonly string[];
  /**
   * True when upper case after a period is weak evidence of a new sentence (German nouns).
   * Then an ordinary period followed by a capitalised word after a number-with-period is only a
   * boundary when that word is a sentence starter.
   */
  nounsCapitalised: boolean;
}
