/**
 * Case and spelling folding for lookups: lower case, umlauts as two letters, ß as ss.
 * Applied to table phrases and to text tokens alike, so "Fünf", "fuenf" and "FÜNF" meet.
 * Only used for lookups: offsets always come from the unfolded text.
 */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
}
