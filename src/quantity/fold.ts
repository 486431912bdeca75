/**
 * Case and spelling folding for lookups: lower case, umlauts as two letters, ß as ss.
 * Applied to table phrases and to text tokens alike, so "Fünf", "fuenf" and "FÜNF" meet.
 * Only used for lookups: offsets always come from the unfolded text.
 */
const SPECIAL = /[äöüß]/;
const SPECIAL_ALL = /[äöüß]/g;
const REPLACEMENT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function fold(s: string): string {
  const lower = s.toLowerCase();
  // most words have no umlaut: one test instead of four replacements (this runs for many tokens)
  return SPECIAL.test(lower) ? lower.replace(SPECIAL_ALL, (c) => REPLACEMENT[c]!) : lower;
}
