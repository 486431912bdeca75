import type { RuleSpan } from './span.js';

/**
 * A quantity normalised to an inclusive range. `null` on either side means open.
 * "mehr als 1.000" → {min: 1000, max: null, minExclusive: true}.
 * A point value has min === max.
 */
export interface QuantityValue {
  min: number | null;
  max: number | null;
  minExclusive: boolean;
  maxExclusive: boolean;
  /** rund, etwa, fast, knapp, ca., about ... */
  approx: boolean;
  /** a quantifier word instead of digits: mehrere hundert, Hunderte, dozens */
  vague: boolean;
  /** null for counts of people or things; "EUR", "USD", "%", "km2", "km", ... */
  unit: string | null;
}

/** What kind of number-like thing a span is. Only `quantity` spans are figures; the rest are kept so
 * that consumers can tell a figure from a date, an ordinal or a paragraph number. */
export type NumberKind = 'quantity' | 'ordinal' | 'year' | 'date' | 'clock' | 'article' | 'age' | 'duration';

export interface QuantitySpan extends RuleSpan {
  kind: NumberKind;
  value: QuantityValue;
}

export function pointValue(n: number, unit: string | null = null): QuantityValue {
  return { min: n, max: n, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit };
}
