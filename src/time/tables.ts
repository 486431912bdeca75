import type { Grain } from '../core/time-value.js';

/**
 * The language data the time engine reads (src/lang/<code>/calendar.ts). Words are lower case; the lexer
 * lower-cases the text and splits it into words, digit runs and single punctuation marks, so multi-word entries
 * are written with single spaces ("in der früh") and matched token by token.
 */
export interface TimeTables {
  /** Month names and abbreviations → 1..12 ("jan" also matches "Jan." — the dot is optional for abbreviations). */
  months: Record<string, number>;
  /** Weekday names and abbreviations → 1 (Monday) .. 7 (Sunday). */
  weekdays: Record<string, number>;
  /** Abbreviations that are also common words: alone only when no word stands beside them ("sun", "may"), else beside a date. */
  weakAbbreviations: string[];
  /** Abbreviations so common as words that alone they need a dot as well ("So." for Sunday, never "so"). */
  abbreviationsNeedingDot: string[];
  /** Cardinal number words → value ("drei" → 3, "ein" → 1). Compounds are built by `numberCompound`. */
  numbers: Record<string, number>;
  /** How compounds of number words are joined: German "einundzwanzig" ("und" inside), English "twenty-one". */
  numberCompound: { joiner: string; tensFirst: boolean };
  /** Ordinal number words → value ("dritter" → 3, "third" → 3). */
  ordinals: Record<string, number>;
  /** Suffixes turning digits into ordinals ("15ten", "15th"); German also uses a trailing dot ("15."). */
  ordinalSuffixes: string[];
  ordinalDot: boolean;
  /** Unit words → grain ("wochen" → week). */
  grains: Record<string, Grain>;
  /** Unit abbreviations written onto the number ("1h", "30min"). */
  grainAbbreviations: Record<string, Grain>;
  /** Words naming a fortnight and similar fixed multiples → [amount, grain]. */
  grainMultiples: Record<string, [number, Grain]>;
  /** Day words relative to the reference: "heute" 0, "gestern" -1, "übermorgen" 2. */
  relativeDays: Record<string, number>;
  /** "jetzt", "right now": the reference instant itself. */
  now: string[];
  /** Parts of the day → [from hour, to hour) ("abend" → [18, 24], "nacht" → [22, 30] reaching into the next day). */
  partsOfDay: Record<string, [number, number]>;
  /** Seasons → [start month, start day, end month, end day exclusive]. */
  seasons: Record<string, [number, number, number, number]>;
  /** Words for the weekend. */
  weekend: string[];
  /** Named times of day: "mittag" → 12, "mitternacht" → 24 (next day 00:00). */
  namedHours: Record<string, number>;
  /** Time zone abbreviations → offset in minutes. */
  zones: Record<string, number>;
  /** Rate words → the grain they recur at ("täglich" → day). */
  rates: Record<string, Grain>;
  /** Words meaning "up to now" ("bisher"), scoping a figure as a running total. */
  cumulative: string[];
  /** Event nouns after "seit" / "since" with no calendar value ("Kriegsbeginn", "Beginn der Invasion"). */
  events: string[];
  /**
   * Lexical classes the grammar refers to by name; a class that is empty in a language simply never matches.
   * Multi-word entries are allowed. See the keys used in src/time/grammar.ts (`cls(...)`).
   */
  words: Record<string, string[]>;
  /** Day–month order of numeric dates: "dmy" (31.10.1974) or "mdy" (3/31/2015). */
  numericDateOrder: 'dmy' | 'mdy';
  /** Whether "3:30" is a 12-hour reading (English) or a 24-hour one (German). */
  clockIs12h: boolean;
  /** English "next Wednesday" on a Tuesday is the Wednesday of next week; German "nächsten Mittwoch" is tomorrow. */
  nextWeekdayIsNextWeek: boolean;
  /** "15h": English reports it at minute precision, German at hour precision (as Duckling's corpora do). */
  hourSuffixGivesMinutes: boolean;
  /** Abbreviations for an edge of a unit: "eom" → end of the month. */
  edgeAbbreviations: Record<string, ['beginning' | 'middle' | 'end', Grain]>;
}
