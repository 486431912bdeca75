import type { Hedge } from '../core/claim.js';
import type { Span } from '../core/span.js';
import type { ClaimTables } from './tables.js';
import { cached, labelledRegex, scanAll, scanLabelled, wordRegex, type LabelledRegex } from './pattern.js';

/**
 * Hedges of a sentence: words that qualify how firmly its figures are asserted. A hedge word qualifies every
 * figure of its sentence (German puts "soll" and "nach vorläufigen Angaben" far from the figure). Disclaimer
 * sentences ("Die Angaben lassen sich nicht unabhängig überprüfen") qualify the figures before them.
 */
interface CompiledHedges {
  terms: LabelledRegex<Hedge>;
  disclaimers: RegExp;
}

export const HEDGE_ORDER: Hedge[] = ['reported', 'estimate', 'preliminary', 'unverified', 'demand', 'denial', 'projection'];

const compileHedges = cached((t: ClaimTables): CompiledHedges => ({
  terms: labelledRegex(t.hedges.terms.map(([h, p]) => [h, p] as const), 'iu'),
  disclaimers: wordRegex(t.hedges.disclaimers, 'iu'),
}));

export function sentenceHedges(text: string, sentence: Span, tables: ClaimTables): Set<Hedge> {
  const out = new Set<Hedge>();
  for (const h of scanLabelled(compileHedges(tables).terms, text, sentence.start, sentence.end)) out.add(h.label);
  return out;
}

/** The positions of one hedge in a sentence ("dürfte", "expected to"), for hedges that qualify only some figures. */
export function hedgePositions(text: string, sentence: Span, tables: ClaimTables, hedge: Hedge): number[] {
  return scanLabelled(compileHedges(tables).terms, text, sentence.start, sentence.end).filter((h) => h.label === hedge).map((h) => h.start);
}

export function isDisclaimer(text: string, sentence: Span, tables: ClaimTables): boolean {
  return scanAll(compileHedges(tables).disclaimers, text, sentence.start, sentence.end).length > 0;
}

/** Hedges in a stable order, without duplicates. */
export function orderHedges(set: Iterable<Hedge>): Hedge[] {
  const s = new Set(set);
  return HEDGE_ORDER.filter((h) => s.has(h));
}
