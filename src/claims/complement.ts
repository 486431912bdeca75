import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';

/**
 * The für-complement of an office or body, as a list: "für Arbeit, Soziales und Integration", "für Sucht- und
 * Drogenfragen", "für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz". Long official names join their
 * fields by commas and one closing coordinator; the commas inside split no clause and end no speaker phrase.
 */
export interface ComplementWords {
  /** the prepositions that open the complement: für */
  prepositions: ReadonlySet<string>;
  /** the words that close the list: und, sowie */
  coordinators: ReadonlySet<string>;
}

/** The pack's complement words; no list coordinators (a language without the table) means no lists. */
export const complementWords = cached((t: ClaimTables): ComplementWords => ({
  prepositions: new Set(t.sources.listCoordinators?.length ? t.sources.complementPrepositions ?? [] : []),
  coordinators: new Set(t.sources.listCoordinators ?? []),
}));

/**
 * End (exclusive token index) of a coordinated complement whose preposition is at k: items (a capitalised noun,
 * maybe after lower-case adjectives, or a truncated first part "Sucht-") joined by commas and closed by a coordinator
 * and a last item. k when there is no such list: a single field ("für Europa") is left to the callers' own rules, and
 * a comma list never closed by a coordinator (", Hans Lind, sagte") is no list of fields.
 */
export function coordinatedComplementEnd(tokens: Token[], k: number, words: ComplementWords): number {
  if (!words.prepositions.has(tokens[k]?.text ?? '')) return k;
  let pos = k + 1;
  for (let items = 0; items < 8; items++) {
    const end = itemEnd(tokens, pos);
    if (end === pos) return k;
    pos = end;
    const sep = tokens[pos];
    if (sep && words.coordinators.has(sep.text)) {
      // the last item; a truncated item ("Sucht-") needs its head after the coordinator
      const last = itemEnd(tokens, pos + 1);
      return last > pos + 1 && !tokens[last - 1]!.text.endsWith('-') && tokens[last - 1]!.text !== '-' ? last : k;
    }
    // "Sucht- und Drogenfragen": the truncation mark was taken with its item, the coordinator follows
    if (!sep || sep.text !== ',') return k;
    pos++;
  }
  return k;
}

/** End of one list item at p: up to two lower-case adjectives, a capitalised word, an optional truncation hyphen. */
function itemEnd(tokens: Token[], p: number): number {
  let q = p;
  while (q < p + 2 && isLower(tokens[q]) && ADJECTIVE.test(tokens[q]!.text)) q++;
  const t = tokens[q];
  if (!t || t.kind !== 'word' || !isUpper(t)) return p;
  q++;
  // "Sucht-": a hyphen glued to the word, a coordinator after it
  const h = tokens[q];
  if (h && h.text === '-' && h.start === t.end) q++;
  return q;
}

/** An inflected adjective ("nukleare", "digitale"), not an article or determiner ("die", "eine", "seinen"). */
const ADJECTIVE = /^(?!(?:ein|kein|sein|ihr|unser|euer|dies|jen|welch|jed|manch|all)\p{Ll}*$)\p{Ll}{2,}(?:e|en|er|es|em)$/u;

function isUpper(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLower(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charAt(0);
  return c === c.toLowerCase() && c !== c.toUpperCase();
}
