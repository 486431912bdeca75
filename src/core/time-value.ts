import type { RuleSpan } from './span.js';

export type Grain = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * A time value: an interval [start, end) as ISO 8601 strings with UTC offset.
 * `end` is exclusive; null means open ("seit Februar 2022" has a start and no end).
 * `start` may be null for intervals open to the past ("bis Mittwoch").
 * `grain` is the precision of the expression ("am Dienstag" → day, "im Oktober" → month).
 */
export interface TimeValue {
  start: string | null;
  end: string | null;
  grain: Grain;
}

/** How a time expression scopes a figure (the claim contract's scope types). */
export type TimeRole = 'point' | 'period' | 'cumulative' | 'rate' | 'open';

export interface TimeSpan extends RuleSpan {
  value: TimeValue;
  role: TimeRole;
  /** for role "rate": "day", "week", "month", "year" */
  per?: string | null;
}
