/**
 * The language data the quantity engine reads (see src/lang/<code>/numbers.ts and its data files).
 *
 * Every phrase is written as a reader would write it ("ca.", "US-Dollar", "bis zu"); the engine folds
 * case, umlauts (ä→ae, ö→oe, ü→ue) and ß→ss on both sides, so "fünf"/"fuenf" and "dreißig"/"dreissig"
 * need one entry. Phrases are matched token by token (letters, digits and single symbols), spacing is
 * not significant ("ca." matches "ca ." too).
 */

/** How a word before (or a verb around) a figure changes its value. */
export type BoundEffect =
  /** rund 300 → 300, approx */
  | 'approx'
  /** mehr als 300 → (300, ∞) */
  | 'moreThan'
  /** mindestens 300 → [300, ∞) */
  | 'atLeast'
  /** weniger als 300 → (−∞, 300) */
  | 'lessThan'
  /** höchstens 300 → (−∞, 300] */
  | 'atMost'
  /** gut 300 → [300, ∞), approx: a little more than */
  | 'approxAbove'
  /** knapp 300 → (−∞, 300], approx: a little less than or just */
  | 'approxBelow'
  /** fast 300 → (−∞, 300), approx: close to but not reaching */
  | 'almost';

export interface BoundPhrase {
  phrase: string;
  effect: BoundEffect;
}

/** A verb that bounds a figure ("hat 3000 überschritten"): the span stays the figure alone. */
export interface VerbBound extends BoundPhrase {
  /** where the verb stands relative to the figure */
  position: 'before' | 'after';
}

/**
 * A vague quantifier as a range. `scalable` ones multiply a following scale word:
 * [min·s, (max+1)·s − 1], so "mehrere" (2..9) + "hundert" → 200..999.
 */
export interface VagueEntry {
  phrase: string;
  min: number;
  max: number;
  scalable: boolean;
  /** why this range (kept in the table so that the choice is visible) */
  note: string;
}

export interface UnitEntry {
  phrase: string;
  /** normalised unit: ISO 4217 code for money, "%", "pp", "km2", "km", "m", "ha" ... */
  unit: string;
  /** written before the figure ("$5", "EUR 5"), after it ("5 Euro"), or either */
  position: 'before' | 'after' | 'both';
  /** multiply the value, e.g. Cent → 0.01 of the currency, Meter → 0.001 km is NOT done: unit kept */
  factor?: number;
}

export interface NumberTables {
  /** "," in German (5,6), "." in English (5.6) */
  decimalSeparator: ',' | '.';
  /** "." in German (1.000), "," in English (1,000); spaces (also narrow no-break) are always accepted for groups of 3 */
  groupSeparator: '.' | ',';
  /** Atoms of number words (units, teens, tens). German compounds are split into these. */
  numberWords: Record<string, number>;
  /** Atoms usable only inside a compound or before a scale word ("ein" in "einhundert"). */
  compoundOnlyWords: Record<string, number>;
  /** "hundert" / "hundred": multiplies the group before it. */
  hundredWords: string[];
  /** Scale words multiplying what comes before: tausend, Million(en), Mio., dozen ... */
  scaleWords: Record<string, number>;
  /** Scale words that may stand alone as a figure ("hundert Menschen", "tausend Soldaten"). */
  standaloneScales: string[];
  /** Scale words that may be part of a compound word ("zweihunderttausend"). */
  compoundScales: string[];
  /** Fractions multiplying the number before them: halb, Drittel, Viertel ... */
  fractionWords: Record<string, number>;
  /** Words adding to the number before them inside a compound: "einhalb" (zweieinhalb). */
  addWords: Record<string, number>;
  /** Words that are a whole mixed number: "anderthalb" → 1.5. */
  mixedWords: Record<string, number>;
  /** The connector inside compounds and between number words ("und" / "and"). */
  joiners: string[];
  /** In German "einundzwanzig": a unit may precede the tens, joined by a joiner. */
  unitsBeforeTens: boolean;
  /** In English "twenty one": the tens precede the unit directly. */
  tensBeforeUnits: boolean;
  /** Whether number words are written as one compound word (German) or as separate words (English). */
  compounds: boolean;
  /** "Komma" / "point" */
  decimalWords: string[];
  /** "minus", "negativ" */
  negativeWords: string[];
  /** Article forms of "one": a figure only before a scale, fraction or unit word, or standing alone. */
  articleOne: string[];
  /** Forms of "one" that are a figure when they stand alone ("es war nur einer."); empty for English ("Plan A."). */
  pronounOne: string[];
  /** Pronouns meaning none: a figure (0) only when standing alone ("verletzt wurde keiner."). */
  pronounZero: string[];
  /** Letters glued to digits that multiply them: 100K, 3M, $5.6bn. */
  suffixMultipliers: Record<string, number>;
  /** Like suffixMultipliers, but only after a currency sign ("$5m" is money, "100m" a distance). */
  moneySuffixMultipliers: Record<string, number>;
  /** Single characters that are a fraction: ½ ⅓ ... */
  fractionChars: Record<string, number>;

  approximators: BoundPhrase[];
  /**
   * Bound phrases after which an article is the number one ("mindestens ein Toter" ≥ 1): only words
   * that bound a count, not prepositions that also govern articles ("über einen Monat").
   */
  articleBounds: string[];
  /**
   * Prepositions that mean "amounting to", not a bound, after a noun naming an amount: "ein Kredit über
   * 1 Mio. Euro" is a loan of exactly 1 Mio. Listed in `approximators` too (elsewhere they bound).
   */
  amountPrepositions: string[];
  /** Folded endings of those nouns, so that compounds count too ("Milliardenkredit", "Hilfspaket"). */
  amountNouns: string[];
  /**
   * Denominators that make a month/day-shaped "a/b" a fraction on their own ("1/2", "3/4"); other
   * month/day-shaped pairs only before a unit ("9/11" is no fraction). "13/20" cannot be a date: a fraction.
   */
  fractionDenominators: number[];
  /**
   * "one twenty two" = 122: a unit word, a tens word and a unit word with the hundred left out
   * (spoken English). Needs all three words, so that "one thirty" (a clock reading) stays apart.
   */
  impliedHundreds: boolean;
  verbBounds: VerbBound[];
  /** "zwischen" ... "und" */
  rangeOpeners: { open: string; mid: string }[];
  /** "bis", "-", "–" between two figures */
  rangeInfixes: string[];
  vague: VagueEntry[];
  units: UnitEntry[];
  currencies: UnitEntry[];
  /** "Cent": the hundredth of the currency before it ("2 Euro 50 Cent") */
  subunitWords: string[];

  /** Ordinal words: stems and endings, e.g. German "dritt"+"e". Exact forms listed in `ordinals`. */
  ordinals: Record<string, number>;
  /** Suffix patterns turning a cardinal word into an ordinal: German "st"/"t" + ending. */
  ordinalSuffixes: { suffix: string; minValue: number; maxValue: number; replace?: string }[];
  /** Letters glued to digits that make an ordinal: 1st, 2nd, 3rd, 4th. */
  digitOrdinalSuffixes: string[];
  /** Endings after an ordinal stem: German "dritt" + e/er/es/en/em; English none. */
  ordinalEndings: string[];
  /** Whether nouns are capitalised (German): "2000 Soldaten" is a figure, "2022 starben" a year. */
  nounsCapitalized: boolean;
  /** Whether "3." (digits + full stop) is an ordinal (German) */
  dotOrdinals: boolean;
  /** Words before "3." that make it an ordinal (der, am, im ...) */
  ordinalDeterminers: string[];
  /**
   * Those of them that also take a cardinal ("stieg auf 3."): before "3." ending a sentence they leave
   * a figure; before a noun ("auf 3. Stelle") an ordinal.
   */
  cardinalPrepositions: string[];
  /** Capitalised words that start sentences: "3. Die ..." is a figure ending a sentence, not an ordinal */
  sentenceStartWords: string[];
  /** Month names and abbreviations: "20. Januar" is a date, not a figure (kept here so that the
   * quantity engine does not depend on the time engine's table shape). */
  months: string[];
  /** "Uhr" / "a.m.": a clock time */
  clockWords: string[];
  /** Words before a number that make it a reference number: Paragraf, §, Artikel, Nr. */
  referenceWords: string[];
  /** Words before a 4-digit number that make it a year: im Jahr, seit, bis ... */
  yearContext: string[];
  /** Words before a number of years that make it an age: "im Alter von" */
  agePrefixes: string[];
  /** Words after a number that make it an age: "-jährige", "Jahre alt" */
  ageSuffixes: string[];
  /** Time units after a number: a duration ("zwei Wochen"), value in that unit */
  durationUnits: Record<string, string>;
}
