import type { Grain } from '../../core/time-value.js';
import { add, addAmount, daysInMonth, finerGrain, truncate, wall, type Wall } from '../calendar-math.js';
import {
  dayOfMonth,
  firstBwd,
  firstFwd,
  fixed,
  intersect,
  monthOfYear,
  nthFrom,
  RANK,
  year,
  type Interval,
  type Series,
} from '../series.js';
import type { Ctx, Duration, TV } from './helpers.js';

/** A date series from the parts that were said: "15. Februar" (every 15 Feb), "15.02.2013" (one day). */
export function dateSeries(p: { y?: number; mo?: number; d?: number }): Series {
  if (p.mo !== undefined && (p.mo < 1 || p.mo > 12)) throw new Error('no such month');
  if (p.d !== undefined) {
    const max = p.mo === undefined ? 31 : p.y === undefined ? Math.max(daysInMonth(2012, p.mo)) : daysInMonth(p.y, p.mo);
    if (p.d < 1 || p.d > max) throw new Error('no such day');
  }
  if (p.y !== undefined && p.mo !== undefined && p.d !== undefined) {
    const s = wall(p.y, p.mo, p.d);
    return fixed({ s, e: add(s, 'day', 1) }, 'day', true);
  }
  if (p.y !== undefined && p.mo !== undefined) {
    const s = wall(p.y, p.mo, 1);
    return fixed({ s, e: add(s, 'month', 1) }, 'month', true);
  }
  let s: Series | null = null;
  if (p.y !== undefined) s = year(p.y);
  if (p.mo !== undefined) s = s ? intersect(s, monthOfYear(p.mo)) : monthOfYear(p.mo);
  if (p.d !== undefined) s = s ? intersect(s, dayOfMonth(p.d)) : dayOfMonth(p.d);
  if (!s) throw new Error('empty date');
  return s;
}

/** "heute", "gestern", "übermorgen": one day relative to the reference. */
export function relativeDay(ctx: Ctx, n: number): Series {
  const s = add(truncate(ctx.ref, 'day'), 'day', n);
  return fixed({ s, e: add(s, 'day', 1) }, 'day');
}

/** The n-th cycle from the reference: 0 = this week, 1 = next week, -1 = last week. */
export function relativeCycle(ctx: Ctx, g: Grain, n: number): Series {
  const s = add(truncate(ctx.ref, g), g, n);
  return fixed({ s, e: add(s, g, 1) }, g);
}

/** The last / next n cycles, not counting the current one ("letzte 2 Wochen", "next 3 days"). */
export function cycleRun(ctx: Ctx, g: Grain, n: number, dir: 1 | -1): Series {
  const cur = truncate(ctx.ref, g);
  const iv = dir < 0 ? { s: add(cur, g, -n), e: cur } : { s: add(cur, g, 1), e: add(cur, g, n + 1) };
  return fixed(iv, g);
}

/** A moment a duration away from the reference, at the next finer grain (Duckling: "in 3 Tagen" → hour). */
export function shifted(ctx: Ctx, d: Duration, sign: 1 | -1, from: Wall = ctx.ref): Series {
  const t = addAmount(from, d.g, sign * d.n);
  const g = finerGrain(d.g);
  const s = truncate(t, g);
  return fixed({ s, e: add(s, g, 1) }, g);
}

/** Picks a member of a series relative to the reference, the way the caller prefers. */
export function resolve(s: Series, ctx: Ctx): Interval | null {
  if (ctx.prefer === 'future') return firstFwd(s, ctx.ref, !!s.notImmediate);
  // News looks back. Clock times and parts of the day stay on the reference day ("um 14 Uhr" is today).
  if (s.rank < RANK.day) {
    const day = truncate(ctx.ref, 'day');
    const iv = firstFwd(s, day);
    if (iv && iv.s < add(day, 'day', 1)) return iv;
  }
  return firstBwd(s, ctx.ref + 1);
}

/** "nächsten Dienstag" / "letzten März": the n-th member counted from the reference. */
export function nthMember(s: Series, ctx: Ctx, n: number): Series | null {
  const iv = n === 0 ? resolveThis(s, ctx) : nthFrom(s, ctx.ref, n);
  return iv ? fixed(iv, s.grain, false, s.rank) : null;
}

/** "diesen Montag", "diesen Sommer": the current member or, failing that, the one the caller prefers. */
function resolveThis(s: Series, ctx: Ctx): Interval | null {
  return ctx.prefer === 'past' ? firstBwd(s, ctx.ref + 1) : firstFwd(s, ctx.ref);
}

/** A time value intersected with another; relative unless one side fixes the year. */
export function combine(a: TV, b: TV): TV {
  const s = intersect(a.s, b.s);
  const parts = { ...(a.parts ?? {}), ...(b.parts ?? {}) };
  return { s, form: 'mixed', relative: a.relative && b.relative, parts, tod: b.tod ?? a.tod };
}

