import type { Measure } from '../core/claim.js';
import type { Span } from '../core/span.js';
import type { ClaimTables, MeasureTerm } from './tables.js';
import { cached, labelledRegex, scanLabelled, type LabelledRegex } from './pattern.js';

/**
 * What a figure counts. The unit decides first (money, percent, area); otherwise the measure words that govern
 * the figure: the nearest term in its clause to the right (German puts participles and counted nouns after the
 * figure), then to the left ("Zahl der Toten ... 3000"), then the same in the whole sentence. A window never
 * crosses a neighbouring figure, so "43.000 gestorben und 370.000 verwundet" gives each figure its own measure.
 * Two terms joined by und/oder ("getötet oder verwundet", "Tod oder Verwundung") that mean killed and wounded
 * make one killed_or_wounded term.
 */
export interface MeasureHit {
  start: number;
  end: number;
  measure: Measure;
}

const CURRENCY = /^[A-Z]{3}$/u;
const AREA = new Set(['km2', 'm2', 'ha', 'acre', 'mi2', 'sqmi']);
const PERCENT = new Set(['%', 'pp']);

export function measureOfUnit(unit: string | null): Measure | null {
  if (!unit) return null;
  if (PERCENT.has(unit)) return 'percent';
  if (AREA.has(unit)) return 'area';
  if (CURRENCY.test(unit)) return 'money';
  return null;
}

interface CompiledMeasures {
  terms: LabelledRegex<MeasureTerm[0]>;
  join: RegExp;
}

const compileMeasures = cached((t: ClaimTables): CompiledMeasures => ({
  terms: labelledRegex(t.measures.terms.map(([m, p]) => [m, p] as const), 'iu'),
  join: new RegExp(`^\\s*(?:${t.measures.join.join('|')})\\s+$`, 'iu'),
}));

/** Measure terms of a sentence, with killed+wounded pairs merged. One pass per sentence. */
export function measureHits(text: string, sentence: Span, tables: ClaimTables): MeasureHit[] {
  const cm = compileMeasures(tables);
  const raw = scanLabelled(cm.terms, text, sentence.start, sentence.end);
  const out: MeasureHit[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    if (b && pairs(a.label, b.label) && cm.join.test(text.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, measure: a.label === b.label ? a.label : 'killed_or_wounded' });
      i++;
      continue;
    }
    out.push({ start: a.start, end: a.end, measure: a.label });
  }
  return out;
}

function pairs(a: Measure, b: Measure): boolean {
  return killedOrWounded(a) && killedOrWounded(b);
}

function killedOrWounded(m: Measure): boolean {
  return m === 'killed' || m === 'wounded' || m === 'killed_or_wounded';
}

/**
 * The measure of the figure at `fig`, given the sentence's hits, the clause the figure stands in and the
 * neighbouring figures (prev end, next start) that bound its windows.
 */
export function measureOf(hits: MeasureHit[], fig: Span, clause: Span, sentence: Span, prevEnd: number, nextStart: number): MeasureHit | null {
  const lo = Math.max(prevEnd, sentence.start);
  const hi = Math.min(nextStart, sentence.end);
  const right = nearestRight(hits, fig.end, Math.min(hi, clause.end));
  const left = nearestLeft(hits, Math.max(lo, clause.start), fig.start);
  // "has killed tens of thousands and displaced 2 million": a verb standing right before the next figure governs
  // that figure (its own conjunct); this one takes the verb on its left
  if (right && left && nextStart < sentence.end && nextStart - right.end <= 1) return left;
  return right
    ?? left
    ?? hits.find((h) => h.start <= fig.start && fig.end <= h.end && h.start >= lo && h.end <= hi)
    ?? nearestRight(hits, fig.end, hi)
    ?? nearestLeft(hits, lo, fig.start);
}

function nearestRight(hits: MeasureHit[], from: number, to: number): MeasureHit | null {
  for (const h of hits) if (h.start >= from && h.end <= to) return h;
  return null;
}

function nearestLeft(hits: MeasureHit[], from: number, to: number): MeasureHit | null {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.start >= from && h.end <= to) return h;
  }
  return null;
}
