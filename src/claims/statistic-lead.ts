import type { ClaimSource } from '../core/claim.js';
import type { Span } from '../core/span.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';

/**
 * The sentence tells how a statistic moved or stood ("Die Zahl der Anträge stieg um 9 Prozent", "Höher lag die Quote in
 * …"): a statistic noun and a verb of change, both outside a subordinate clause of their own. Compiled once per pack.
 */
export function statisticLead(text: string, span: Span, tables: ClaimTables): boolean {
  const re = statisticLeadRegexes(tables);
  if (!re) return false;
  const s = text.slice(span.start, span.end);
  return re.noun.test(s) && re.verb.test(s);
}

const statisticLeadRegexes = cached((t: ClaimTables): { noun: RegExp; verb: RegExp } | null => t.speech.statisticLead ? {
  // "Die Pünktlichkeitsquote lag bei …": where nouns are capitalised a compound ending in a statistic noun is one too
  noun: new RegExp(`(?<![\\p{L}-])(?:${t.speech.statisticLead.noun}${t.nounsCapitalised ? `|\\p{Lu}\\p{Ll}{2,}(?:${t.speech.statisticLead.noun.toLowerCase()})` : ''})(?![\\p{L}])`, 'u'),
  verb: new RegExp(`(?<![\\p{L}])(?:${t.speech.statisticLead.verb})(?![\\p{L}])`, 'u'),
} : null);

/** a body's statistics carry on, a person's words do not (an indicative sentence after a person is the outlet's) */
export function isBodySource(s: ClaimSource): boolean {
  return s.kind === 'government' || s.kind === 'organisation' || s.kind === 'document';
}
