import type { QuantityValue } from '../core/quantity.js';
import type { BoundEffect } from './tables.js';
import { clean } from './digits.js';

/**
 * What the matcher found, before any value is computed: one figure or two (a range), or a vague
 * range from the table, plus the words around it that bound or blur it.
 */
export interface QuantityShape {
  low: number;
  /** set for ranges ("zwischen 10 und 12") and vague entries */
  high: number | null;
  bound: BoundEffect | null;
  vague: boolean;
  unit: string | null;
}

/** Turns a matched shape into the normalised range {min, max, exclusivity, approx, vague, unit}. */
export function resolveValue(s: QuantityShape): QuantityValue {
  const lo = clean(s.low);
  const hi = s.high === null ? lo : clean(s.high);
  const v: QuantityValue = {
    min: Math.min(lo, hi),
    max: Math.max(lo, hi),
    minExclusive: false,
    maxExclusive: false,
    approx: false,
    vague: s.vague,
    unit: s.unit,
  };
  switch (s.bound) {
    case null:
      break;
    case 'approx':
      v.approx = true;
      break;
    case 'moreThan':
      v.max = null;
      v.minExclusive = true;
      break;
    case 'atLeast':
      v.max = null;
      break;
    case 'lessThan':
      v.min = null;
      v.max = Math.max(lo, hi);
      v.maxExclusive = true;
      break;
    case 'atMost':
      v.min = null;
      v.max = Math.max(lo, hi);
      break;
    case 'approxAbove':
      v.max = null;
      v.approx = true;
      break;
    case 'approxBelow':
      v.min = null;
      v.approx = true;
      break;
    case 'almost':
      v.min = null;
      v.maxExclusive = true;
      v.approx = true;
      break;
  }
  return v;
}
