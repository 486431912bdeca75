import type { Grain } from '../core/time-value.js';
import { add, addDays, daysInMonth, fields, truncate, wall, MS, type Wall } from './calendar-math.js';

/**
 * A time expression before resolution is a *series*: the (possibly infinite) sequence of wall-clock intervals it
 * can denote. "Montag" is every Monday, "15 Uhr" every day's 15:00, "Februar" every February, "morgen" exactly
 * one day. Resolving picks one member relative to the reference time; combining intersects series ("Montag,
 * 18. Februar" = the Mondays that are 18 February). This is Duckling's model, re-stated for our needs.
 */
export interface Interval {
  s: Wall;
  e: Wall;
}

export interface Series {
  /** Reported precision. */
  grain: Grain;
  /** Size rank used to pick the outer series of an intersection (part of day sits between hour and day). */
  rank: number;
  /** Members with e > t, in ascending order. */
  fwd(t: Wall): Iterable<Interval>;
  /** Members with s < t, in descending order. */
  bwd(t: Wall): Iterable<Interval>;
  /** A bare weekday or part of day skips the member containing the reference ("Dienstag" on a Tuesday = next week). */
  notImmediate?: boolean;
  /** Depends on nothing but the calendar (a year is given): resolves without a reference time. */
  absolute?: boolean;
  /** All members lie inside this interval (a series tied to one year or one week): enumeration stops outside it. */
  bounds?: Interval;
}

export const RANK: Record<Grain | 'partOfDay' | 'weekend' | 'season', number> = {
  second: 0,
  minute: 1,
  hour: 2,
  partOfDay: 2.5,
  day: 3,
  weekend: 3.5,
  week: 4,
  month: 5,
  quarter: 6,
  season: 6.5,
  year: 7,
};

/** Caps every enumeration: impossible combinations (30 February) must end, not loop. */
const LIMIT = 3000;

function* take(gen: Iterable<Interval>, n: number): Iterable<Interval> {
  let i = 0;
  for (const x of gen) {
    if (i++ >= n) return;
    yield x;
  }
}

/**
 * A series from a step function: `start(t)` is a member key near t, `step` moves by members. Enumeration begins
 * one member early (fwd) or late (bwd), so members that reach across t (a night into the next day) are not missed.
 */
function periodic(grain: Grain, rank: number, member: (k: Wall) => Interval, start: (t: Wall) => Wall, step: (k: Wall, n: number) => Wall): Series {
  return {
    grain,
    rank,
    *fwd(t) {
      let k = step(start(t), -1);
      for (let i = 0; i < LIMIT; i++) {
        const iv = member(k);
        if (iv.e > t) yield iv;
        k = step(k, 1);
      }
    },
    *bwd(t) {
      let k = step(start(t), 1);
      for (let i = 0; i < LIMIT; i++) {
        const iv = member(k);
        if (iv.s < t) yield iv;
        k = step(k, -1);
      }
    },
  };
}

/** Every interval of a grain: every day, every week, ... */
export function cycle(g: Grain): Series {
  return periodic(g, RANK[g], (k) => ({ s: k, e: add(k, g, 1) }), (t) => truncate(t, g), (k, n) => add(k, g, n));
}

/**
 * Exactly one interval (an anchored expression such as "morgen" or "letzte Woche"). It is its own answer in
 * either direction: "letzte Woche" is last week even when the caller prefers the future.
 */
export function fixed(iv: Interval, grain: Grain, absolute = false, rank = RANK[grain]): Series {
  return {
    grain,
    rank,
    absolute,
    bounds: iv,
    *fwd() {
      yield iv;
    },
    *bwd() {
      yield iv;
    },
  };
}

/** Every such weekday: stepped by weeks from the first one, not searched day by day. */
export function dayOfWeek(dow: number): Series {
  const s = periodic(
    'day',
    RANK.day,
    (k) => ({ s: k, e: addDays(k, 1) }),
    (t) => {
      const d = truncate(t, 'day');
      return addDays(d, (dow - fields(d).dow + 7) % 7);
    },
    (k, n) => addDays(k, 7 * n),
  );
  return { ...s, notImmediate: true };
}

/** Every such month: stepped by years. */
export function monthOfYear(mo: number): Series {
  return periodic(
    'month',
    RANK.month,
    (k) => ({ s: k, e: add(k, 'month', 1) }),
    (t) => wall(fields(t).y, mo, 1),
    (k, n) => add(k, 'year', n),
  );
}

/** Every month's d-th day, skipping months too short for it (31 April does not exist). */
export function dayOfMonth(d: number): Series {
  const months = periodic('month', RANK.month, (k) => ({ s: k, e: add(k, 'month', 1) }), (t) => truncate(t, 'month'), (k, n) => add(k, 'month', n));
  const inMonth = (m: Interval): Interval | null => {
    const f = fields(m.s);
    if (d > daysInMonth(f.y, f.mo)) return null;
    const s = wall(f.y, f.mo, d);
    return { s, e: addDays(s, 1) };
  };
  return {
    grain: 'day',
    rank: RANK.day,
    *fwd(t) {
      let n = 0;
      for (const m of months.fwd(t)) {
        if (n++ >= LIMIT) return;
        const iv = inMonth(m);
        if (iv && iv.e > t) yield iv;
      }
    },
    *bwd(t) {
      let n = 0;
      for (const m of months.bwd(t)) {
        if (n++ >= LIMIT) return;
        const iv = inMonth(m);
        if (iv && iv.s < t) yield iv;
      }
    },
  };
}

export function year(y: number): Series {
  const s = wall(y, 1, 1);
  return fixed({ s, e: add(s, 'year', 1) }, 'year', true);
}

export function quarterOfYear(q: number): Series {
  return periodic(
    'quarter',
    RANK.quarter,
    (k) => ({ s: k, e: add(k, 'month', 3) }),
    (t) => wall(fields(t).y, q * 3 - 2, 1),
    (k, n) => add(k, 'year', n),
  );
}

/**
 * A clock time. `ambiguous` (a 12-hour reading, "um 3") yields both 3:00 and 15:00 in order.
 * Grain is hour when no minutes were said, minute otherwise, second when seconds were said.
 */
export function timeOfDay(h: number, mi: number | null, sec: number | null, ambiguous: boolean): Series {
  const grain: Grain = sec !== null ? 'second' : mi !== null ? 'minute' : 'hour';
  const len = grain === 'second' ? 1000 : grain === 'minute' ? MS.MINUTE : MS.HOUR;
  const offs = [(h % 24) * MS.HOUR + (mi ?? 0) * MS.MINUTE + (sec ?? 0) * 1000];
  if (ambiguous && h >= 1 && h <= 12) {
    const other = ((h + 12) % 24) * MS.HOUR + (mi ?? 0) * MS.MINUTE + (sec ?? 0) * 1000;
    offs.push(other);
    offs.sort((a, b) => a - b);
  }
  return {
    grain,
    rank: RANK[grain],
    *fwd(t) {
      let day = truncate(t, 'day') - MS.DAY;
      for (let i = 0; i < LIMIT; i++, day = addDays(day, 1)) {
        for (const o of offs) if (day + o + len > t) yield { s: day + o, e: day + o + len };
      }
    },
    *bwd(t) {
      let day = truncate(t, 'day') + MS.DAY;
      for (let i = 0; i < LIMIT; i++, day = addDays(day, -1)) {
        for (let j = offs.length - 1; j >= 0; j--) {
          const o = offs[j]!;
          if (day + o < t) yield { s: day + o, e: day + o + len };
        }
      }
    },
  };
}

/** A part of the day, e.g. evening = 18:00–24:00; `toHour` may exceed 24 ("Nacht" runs into the next day). */
export function partOfDay(fromHour: number, toHour: number): Series {
  return periodic(
    'hour',
    RANK.partOfDay,
    (k) => ({ s: k + fromHour * MS.HOUR, e: k + toHour * MS.HOUR }),
    (t) => truncate(t, 'day'),
    (k, n) => addDays(k, n),
  );
}

/** Friday 18:00 to Monday 00:00 (Duckling's weekend). */
export function weekend(): Series {
  return periodic(
    'hour',
    RANK.weekend,
    (k) => ({ s: addDays(k, 4) + 18 * MS.HOUR, e: addDays(k, 7) }),
    (t) => truncate(t, 'week'),
    (k, n) => addDays(k, 7 * n),
  );
}

/** Astronomical seasons as Duckling counts them: [start month, start day, end month, end day (exclusive)]. */
export type SeasonBounds = [number, number, number, number];

export function season(b: SeasonBounds): Series {
  const [sm, sd, em, ed] = b;
  const crosses = em < sm;
  return periodic(
    'day',
    RANK.season,
    (k) => {
      const y = fields(k).y;
      return { s: wall(y, sm, sd), e: wall(crosses ? y + 1 : y, em, ed) };
    },
    (t) => wall(fields(t).y, 1, 1),
    (k, n) => add(k, 'year', n),
  );
}

/**
 * Series are immutable, so the same pair always gives the same intersection: the chart combines the same two
 * values many times over ("am Montag" and "Montag" share theirs), and one object lets `firstFwd` remember answers.
 */
const intersections = new WeakMap<Series, WeakMap<Series, Series>>();

/** The intersection: members of the finer series that lie inside members of the coarser one. */
export function intersect(a: Series, b: Series): Series {
  let byB = intersections.get(a);
  if (!byB) intersections.set(a, (byB = new WeakMap()));
  let c = byB.get(b);
  if (!c) byB.set(b, (c = intersectNew(a, b)));
  return c;
}

function intersectNew(a: Series, b: Series): Series {
  // Equal ranks ("Montag, 18. Februar"): the weekday goes inside; the date is far sparser to enumerate.
  const aOuter = a.rank > b.rank || (a.rank === b.rank && !a.notImmediate);
  const [outer, inner] = aOuter ? [a, b] : [b, a];
  const grain = inner.grain;
  const absolute = !!(a.absolute || b.absolute);
  const bounds = hull(a.bounds, b.bounds);
  function* within(o: Interval): Iterable<Interval> {
    let n = 0;
    for (const iv of inner.fwd(o.s)) {
      if (n++ >= LIMIT || iv.s >= o.e) return;
      const s = Math.max(iv.s, o.s);
      const e = Math.min(iv.e, o.e);
      if (e > s) yield { s, e };
    }
  }
  return {
    grain,
    rank: inner.rank,
    absolute,
    notImmediate: inner.notImmediate && outer.notImmediate,
    ...(bounds ? { bounds } : {}),
    *fwd(t) {
      let n = 0;
      for (const o of outer.fwd(t)) {
        if (++n > LIMIT || (bounds && o.s >= bounds.e)) return;
        if (bounds && o.e <= bounds.s) continue;
        yield* within(o);
      }
    },
    *bwd(t) {
      let n = 0;
      for (const o of outer.bwd(t)) {
        if (++n > LIMIT || (bounds && o.e <= bounds.s)) return;
        if (bounds && o.s >= bounds.e) continue;
        const members = [...take(within(o), 400)];
        for (let i = members.length - 1; i >= 0; i--) yield members[i]!;
      }
    },
  };
}

/** The common part of two optional bounds; an empty one stays (nothing can match). */
function hull(a: Interval | undefined, b: Interval | undefined): Interval | undefined {
  if (!a) return b;
  if (!b) return a;
  return { s: Math.max(a.s, b.s), e: Math.max(Math.max(a.s, b.s), Math.min(a.e, b.e)) };
}

/** The n-th (1-based; negative counts from the end) member of `inner` inside each member of `outer`. */
export function nthWithin(inner: Series, n: number, outer: Series): Series {
  const pick = (o: Interval): Interval | null => {
    const members: Interval[] = [];
    for (const iv of take(inner.fwd(o.s), 400)) {
      if (iv.s >= o.e) break;
      // a week belongs to a month only when it lies wholly inside it ("letzte Woche im September")
      if (iv.s >= o.s && iv.e <= o.e) members.push(iv);
      if (n > 0 && members.length >= n) break;
    }
    const m = n > 0 ? members[n - 1] : members[members.length + n];
    return m ?? null;
  };
  return {
    grain: inner.grain,
    rank: inner.rank,
    absolute: outer.absolute,
    ...(outer.bounds ? { bounds: outer.bounds } : {}),
    *fwd(t) {
      let i = 0;
      for (const o of outer.fwd(t)) {
        if (++i > 200) return;
        const m = pick(o);
        if (m) yield m;
      }
    },
    *bwd(t) {
      let i = 0;
      for (const o of outer.bwd(t)) {
        if (++i > 200) return;
        const m = pick(o);
        if (m) yield m;
      }
    },
  };
}

/** Answers of firstFwd / firstBwd per series and instant: enumerating a sparse intersection is the costly part. */
const firsts = new WeakMap<Series, Map<number, Interval | null>>();

function remembered(s: Series, key: number, find: () => Interval | null): Interval | null {
  if (!Number.isInteger(key)) return find();
  let m = firsts.get(s);
  if (!m) firsts.set(s, (m = new Map()));
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  const iv = find();
  m.set(key, iv);
  return iv;
}

/** The first and last member of a series relative to t, or null. */
export function firstFwd(s: Series, t: Wall, skipContaining = false): Interval | null {
  // keys: t*4 + direction/skip stay exact integers for any wall time (|t| < 2^51)
  return remembered(s, t * 4 + (skipContaining ? 1 : 0), () => {
    let i = 0;
    for (const iv of s.fwd(t)) {
      if (i++ >= LIMIT) break;
      if (skipContaining && iv.s <= t && t < iv.e) continue;
      return iv;
    }
    return null;
  });
}

export function firstBwd(s: Series, t: Wall): Interval | null {
  return remembered(s, t * 4 + 2, () => {
    for (const iv of s.bwd(t)) return iv;
    return null;
  });
}

/** The n-th member after (n > 0) or before (n < 0) the one containing or following t; n = 0 is "this". */
export function nthFrom(s: Series, t: Wall, n: number): Interval | null {
  if (n >= 0) {
    let i = 0;
    for (const iv of take(s.fwd(t), LIMIT)) {
      // "nächsten Dienstag" on a Tuesday skips today: a member must start after t to count as "next".
      if (n === 0) return iv;
      if (iv.s <= t) continue;
      if (++i === n) return iv;
    }
    return null;
  }
  let i = 0;
  for (const iv of take(s.bwd(t), LIMIT)) {
    if (iv.e > t) continue; // the member containing t is "this", not "last"
    if (--i === n) return iv;
  }
  return null;
}

export function endOfMonth(y: number, mo: number): Wall {
  return wall(y, mo, daysInMonth(y, mo));
}
