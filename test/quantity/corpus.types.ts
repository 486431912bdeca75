import type { NumberKind, QuantityValue } from '../../src/core/quantity.js';

/**
 * A corpus entry, Duckling-style: a phrase and what must be found in it.
 * - `figure`: the expected figure's text inside the phrase (default: the whole phrase) and its value
 *   (only the listed fields are compared; `min`/`max` default to `point` when given).
 * - `kind`: the phrase holds a number that is NOT a figure (date, year, ordinal ...) at `figure`.
 * - `none`: a negative — no figure (kind "quantity") may be found.
 */
export type CorpusEntry =
  | { phrase: string; figure?: string; point?: number; value?: Partial<QuantityValue> }
  | { phrase: string; figure?: string; kind: Exclude<NumberKind, 'quantity'> }
  | { phrase: string; none: true };
