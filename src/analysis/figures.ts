/**
 * Figures as language-independent fingerprints: "10.000" (German) and "10,000" (English) are both "10000",
 * "5,6 Milliarden" and "5.6 billion" both "5600000000", "20 Prozent" and "20 percent" both "20%".
 * A translated wire keeps its figures while every word changes, so figures (with speakers and times) are
 * what identifies it. Years, dates and small numbers are left out: every report of an event shares them.
 */
import type { Claim } from '../core/claim.js';
import type { QuantityValue } from '../core/quantity.js';

export interface TextFigure {
  key: string;
  start: number;
  end: number;
}

const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,\u202f\u00a0']\d{3})+|\d+)(?:([.,])(\d{1,2}))?(?![.,]?\d)(\s*(?:%|prozent\b|percent\b|per cent\b|millionen\b|million\b|mio\.?|milliarden\b|milliarde\b|billion\b|billionen\b|mrd\.?))?/giu;
const DATE_AFTER = /^\.\s*(?:\d|jan|feb|m[äa]r|apr|mai|jun|jul|aug|sep|okt|nov|dez)/i;
const DATE_BEFORE = /\d{1,2}\.\s*$/;
const CLOCK_AFTER = /^(?:[.:]\d{2}|\s*uhr\b|\s*(?:a\.?m\.?|p\.?m\.?)\b)/i;

function multiplier(word: string, language: string | null): { factor: number; percent: boolean } {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  if (w === '%' || w === 'prozent' || w === 'percent' || w === 'per cent') return { factor: 1, percent: true };
  if (w.startsWith('million') || w === 'mio') return { factor: 1e6, percent: false };
  if (w.startsWith('milliarde') || w === 'mrd') return { factor: 1e9, percent: false };
  // "Billion" is 10^12 in German and 10^9 in English
  if (w.startsWith('billion')) return { factor: language === 'de' ? 1e12 : 1e9, percent: false };
  return { factor: 1, percent: false };
}

/** Canonical key of a number: integers plainly, decimals with up to 3 digits, "%" for shares. */
export function figureKey(n: number, percent = false): string {
  const rounded = Math.abs(n) >= 1000 ? Math.round(n) : Math.round(n * 1000) / 1000;
  return percent ? `${rounded}%` : String(rounded);
}

export function textFigures(text: string, language: string | null, from = 0, to = text.length): TextFigure[] {
  const out: TextFigure[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(NUMBER)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    const after = text.slice(end - (m[4]?.length ?? 0), end - (m[4]?.length ?? 0) + 12);
    const before = text.slice(Math.max(0, start - 4), start);
    if (!m[4] && (DATE_AFTER.test(after) || CLOCK_AFTER.test(after))) continue;
    if (DATE_BEFORE.test(before) && /^\s*\d/.test(m[0])) continue;
    const intPart = Number(m[1]!.replace(/[.,\u202f\u00a0']/g, ''));
    const value = m[3] ? Number(`${intPart}.${m[3]}`) : intPart;
    const { factor, percent } = multiplier(m[4] ?? '', language);
    const n = value * factor;
    // a bare four-digit number between 1900 and 2099 is a year; single digits are too common to fingerprint
    if (!m[4] && /^(19|20)\d\d$/.test(m[1]!) && !m[3]) continue;
    if (!percent && n < 10) continue;
    out.push({ key: figureKey(n, percent), start, end });
  }
  return out;
}

/** The key of a claim's value: "10000", "200-999", ">1000", "20%". */
export function valueKey(v: QuantityValue): string | null {
  const pct = v.unit === '%';
  const unit = v.unit && !pct ? v.unit : '';
  if (v.min !== null && v.max !== null) {
    if (v.min === v.max) return figureKey(v.min, pct) + unit;
    return `${figureKey(v.min, false)}-${figureKey(v.max, pct)}${unit}`;
  }
  if (v.min !== null) return `>${figureKey(v.min, pct)}${unit}`;
  if (v.max !== null) return `<${figureKey(v.max, pct)}${unit}`;
  return null;
}

/** All figure keys of an article: from its claims (exact, including vague ranges) and from its digits. */
export function articleFigures(text: string, language: string | null, claims: readonly Claim[], from = 0): Set<string> {
  return figureKeys(claims, textFigures(text, language, from));
}

/** The same from the figures found in the text already (textFigures). */
export function figureKeys(claims: readonly Claim[], written: readonly TextFigure[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    const k = valueKey(c.value);
    if (k) out.add(k);
  }
  for (const f of written) out.add(f.key);
  return out;
}
