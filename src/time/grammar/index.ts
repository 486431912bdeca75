import type { Rule } from '../chart.js';
import { clockRules } from './clock.js';
import { dateRules } from './dates.js';
import type { Ctx } from './helpers.js';
import { intervalRules } from './intervals.js';
import { numberRules } from './numbers.js';

/** All rules for one call; rules close over the context because relative expressions need the reference. */
export function buildRules(ctx: Ctx): Rule[] {
  return [...numberRules(ctx), ...dateRules(ctx), ...clockRules(ctx), ...intervalRules(ctx)];
}

export type { Ctx } from './helpers.js';
