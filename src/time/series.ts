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

/** Receives members one at a time; returning true ends the walk (the member was what the caller wanted). */
export type Visit = (iv: Interval) => boolean;

export interface Series {
  /** Reported precision. */
  grain: Grain;
  /** Size rank used to pick the outer series of an intersection (part of day sits between hour and day). */
  rank: number;
  /**
   * Walks the members with e > t in ascending order (an intersection: the members inside each member of its outer
   * series with e > t) until `visit` returns true. Returns true when `visit` ended the walk, false when the members
   * or the enumeration limit ran out. Callbacks rather than generators: resolving walks series millions of times,
   * and a generator costs a resumable frame and a result object per member.
   */
  fwd(t: Wall, visit: Visit): boolean;
  /** Walks the members with s < t in descending order, the same way. */
  bwd(t: Wall, visit: Visit): boolean;
  /** A bare weekday or part of day skips the member containing the reference ("Dienstag" on a Tuesday = next week). */
  notImmediate?: boolean;
  /** Depends on nothing but the calendar (a year is given): resolves without a reference time. */
  absolute?: boolean;
  /** All members lie inside this interval (a series tied to one year or one week): enumeration stops outside it. */
  bounds?: Interval;
  /** The single member of a series of one ("morgen", "20.01.2025"): first and last member without a search. */
  only?: Interval;
  /**
   * Caches filled by `intersect` (intersections with other series) and `firstFwd`/`firstBwd` (answers by instant).
   * The first entry of each sits in plain fields: most series are asked once, and a Map per series costs more
   * than the answer.
   */
  meetWith?: Series;
  meet?: Series;
  meets?: Map<Series, Series>;
  firstKey?: number;
  first?: Interval | null;
  firsts?: Map<number, Interval | null>;
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

/**
 * A series from a step function: `start(t)` is a member key near t, `step` moves by members. Enumeration begins
 * one member early (fwd) or late (bwd), so members that reach across t (a night into the next day) are not missed.
 */
function periodic(grain: Grain, rank: number, member: (k: number) => Interval, start: (t: Wall) => number, step: (k: number, n: number) => number): Series {
  return {
    grain,
    rank,
    fwd(t, visit) {
      let k = step(start(t), -1);
      for (let i = 0; i < LIMIT; i++) {
        const iv = member(k);
        if (iv.e > t && visit(iv)) return true;
        k = step(k, 1);
      }
      return false;
    },
    bwd(t, visit) {
      let k = step(start(t), 1);
      for (let i = 0; i < LIMIT; i++) {
        const iv = member(k);
        if (iv.s < t && visit(iv)) return true;
        k = step(k, -1);
      }
      return false;
    },
  };
}

/** Months counted from year 0 (y * 12 + month - 1): month-based series step by integers, not by calendar arithmetic. */
function monthNumber(t: Wall): number {
  const f = fields(t);
  return f.y * 12 + f.mo - 1;
}

/** The first instant of month number m. */
function monthStart(m: number): Wall {
  const y = Math.floor(m / 12);
  return wall(y, m - y * 12 + 1, 1);
}

/** Runs of `len` months, one every `stride` months, starting at month number `first(t)`. */
function monthly(grain: Grain, rank: number, len: number, stride: number, first: (t: Wall) => number): Series {
  return periodic(grain, rank, (m) => ({ s: monthStart(m), e: monthStart(m + len) }), first, (m, n) => m + stride * n);
}

/** Every interval of a grain: every day, every week, ... */
export function cycle(g: Grain): Series {
  if (g === 'month') return monthly(g, RANK[g], 1, 1, monthNumber);
  if (g === 'quarter') return monthly(g, RANK[g], 3, 3, (t) => { const m = monthNumber(t); return m - (((m % 12) + 12) % 12) % 3; });
  if (g === 'year') return monthly(g, RANK[g], 12, 12, (t) => fields(t).y * 12);
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
    only: iv,
    fwd: (_t, visit) => visit(iv),
    bwd: (_t, visit) => visit(iv),
  };
}

/**
 * Series that depend on their arguments alone, made once: "Montag" or "Nacht" in every sentence is the same series,
 * so its intersections and answers (cached on it, see `intersect` and `firstFwd`) serve every later mention.
 * Only series nobody copies with a spread: a copy would carry the caches over to a different series.
 */
const shared = new Map<string, Series>();

function sharedSeries(key: string, make: () => Series): Series {
  let s = shared.get(key);
  if (s === undefined) shared.set(key, (s = make()));
  return s;
}

/** Every such weekday: stepped by weeks from the first one, not searched day by day. */
export function dayOfWeek(dow: number): Series {
  return sharedSeries(`dow ${dow}`, () => makeDayOfWeek(dow));
}

function makeDayOfWeek(dow: number): Series {
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
  s.notImmediate = true;
  return s;
}

/** Every such month: stepped by years. */
export function monthOfYear(mo: number): Series {
  return monthly('month', RANK.month, 1, 12, (t) => fields(t).y * 12 + mo - 1);
}

/** Every month's d-th day, skipping months too short for it (31 April does not exist). */
export function dayOfMonth(d: number): Series {
  const months = monthly('month', RANK.month, 1, 1, monthNumber);
  const inMonth = (m: Interval): Interval | null => {
    const f = fields(m.s);
    if (d > daysInMonth(f.y, f.mo)) return null;
    const s = wall(f.y, f.mo, d);
    return { s, e: addDays(s, 1) };
  };
  return {
    grain: 'day',
    rank: RANK.day,
    fwd(t, visit) {
      let n = 0;
      let hit = false;
      months.fwd(t, (m) => {
        if (n++ >= LIMIT) return true;
        const iv = inMonth(m);
        return iv !== null && iv.e > t && visit(iv) && (hit = true);
      });
      return hit;
    },
    bwd(t, visit) {
      let n = 0;
      let hit = false;
      months.bwd(t, (m) => {
        if (n++ >= LIMIT) return true;
        const iv = inMonth(m);
        return iv !== null && iv.s < t && visit(iv) && (hit = true);
      });
      return hit;
    },
  };
}

export function year(y: number): Series {
  const s = wall(y, 1, 1);
  return fixed({ s, e: add(s, 'year', 1) }, 'year', true);
}

export function quarterOfYear(q: number): Series {
  return monthly('quarter', RANK.quarter, 3, 12, (t) => fields(t).y * 12 + q * 3 - 3);
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
    fwd(t, visit) {
      let day = truncate(t, 'day') - MS.DAY;
      for (let i = 0; i < LIMIT; i++, day = addDays(day, 1)) {
        for (const o of offs) if (day + o + len > t && visit({ s: day + o, e: day + o + len })) return true;
      }
      return false;
    },
    bwd(t, visit) {
      let day = truncate(t, 'day') + MS.DAY;
      for (let i = 0; i < LIMIT; i++, day = addDays(day, -1)) {
        for (let j = offs.length - 1; j >= 0; j--) {
          const o = offs[j]!;
          if (day + o < t && visit({ s: day + o, e: day + o + len })) return true;
        }
      }
      return false;
    },
  };
}

/** A part of the day, e.g. evening = 18:00–24:00; `toHour` may exceed 24 ("Nacht" runs into the next day). */
export function partOfDay(fromHour: number, toHour: number): Series {
  return sharedSeries(`pod ${fromHour} ${toHour}`, () => makePartOfDay(fromHour, toHour));
}

function makePartOfDay(fromHour: number, toHour: number): Series {
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
    (y) => ({ s: wall(y, sm, sd), e: wall(crosses ? y + 1 : y, em, ed) }),
    (t) => fields(t).y,
    (y, n) => y + n,
  );
}

/**
 * Series are immutable, so the same pair always gives the same intersection: the chart combines the same two
 * values many times over ("am Montag" and "Montag" share theirs), and one object lets `firstFwd` remember answers.
 * Kept on the first series itself (it lives as long as the chart that made it), not in a global WeakMap: weak
 * tables are costly for the garbage collector, and a chart makes thousands of short-lived series.
 */
export function intersect(a: Series, b: Series): Series {
  if (a.meetWith === b) return a.meet!;
  let c = a.meets?.get(b);
  if (c) return c;
  c = intersectNew(a, b);
  if (a.meetWith === undefined) {
    a.meetWith = b;
    a.meet = c;
  } else keep(a.meets ??= new Map(), b, c);
  return c;
}

function intersectNew(a: Series, b: Series): Series {
  // Equal ranks ("Montag, 18. Februar"): the weekday goes inside; the date is far sparser to enumerate.
  const aOuter = a.rank > b.rank || (a.rank === b.rank && !a.notImmediate);
  const [outer, inner] = aOuter ? [a, b] : [b, a];
  const grain = inner.grain;
  const absolute = !!(a.absolute || b.absolute);
  const bounds = hull(a.bounds, b.bounds);
  /** The inner members inside o, clipped to it. */
  function within(o: Interval, visit: Visit): boolean {
    let n = 0;
    let hit = false;
    inner.fwd(o.s, (iv) => {
      if (n++ >= LIMIT || iv.s >= o.e) return true;
      const s = Math.max(iv.s, o.s);
      const e = Math.min(iv.e, o.e);
      return e > s && visit({ s, e }) && (hit = true);
    });
    return hit;
  }
  return {
    grain,
    rank: inner.rank,
    absolute,
    notImmediate: inner.notImmediate && outer.notImmediate,
    ...(bounds ? { bounds } : {}),
    fwd(t, visit) {
      let n = 0;
      let hit = false;
      outer.fwd(t, (o) => {
        if (++n > LIMIT || (bounds && o.s >= bounds.e)) return true;
        if (bounds && o.e <= bounds.s) return false;
        return within(o, visit) && (hit = true);
      });
      return hit;
    },
    bwd(t, visit) {
      let n = 0;
      let hit = false;
      let members: Interval[] = [];
      const collect = (iv: Interval) => members.push(iv) >= 400;
      outer.bwd(t, (o) => {
        if (++n > LIMIT || (bounds && o.e <= bounds.s)) return true;
        if (bounds && o.s >= bounds.e) return false;
        // a new list rather than length = 0 (a runtime call each time)
        if (members.length !== 0) members = [];
        within(o, collect);
        for (let i = members.length - 1; i >= 0; i--) if (visit(members[i]!)) return (hit = true);
        return false;
      });
      return hit;
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
    let count = 0;
    inner.fwd(o.s, (iv) => {
      if (count++ >= 400 || iv.s >= o.e) return true;
      // a week belongs to a month only when it lies wholly inside it ("letzte Woche im September")
      if (iv.s >= o.s && iv.e <= o.e) members.push(iv);
      return n > 0 && members.length >= n;
    });
    const m = n > 0 ? members[n - 1] : members[members.length + n];
    return m ?? null;
  };
  const walk = (visit: Visit) => {
    let i = 0;
    let hit = false;
    const each = (o: Interval) => {
      if (++i > 200) return true;
      const m = pick(o);
      return m !== null && visit(m) && (hit = true);
    };
    return { each, hit: () => hit };
  };
  return {
    grain: inner.grain,
    rank: inner.rank,
    absolute: outer.absolute,
    ...(outer.bounds ? { bounds: outer.bounds } : {}),
    fwd(t, visit) {
      const w = walk(visit);
      outer.fwd(t, w.each);
      return w.hit();
    },
    bwd(t, visit) {
      const w = walk(visit);
      outer.bwd(t, w.each);
      return w.hit();
    },
  };
}

/**
 * Answers of firstFwd / firstBwd per series and instant (enumerating a sparse intersection is the costly part),
 * kept on the series. Keys: t*4 + direction/skip, exact integers for any wall time (|t| < 2^51).
 */
function recall(s: Series, key: number): Interval | null | undefined {
  if (!Number.isInteger(key)) return undefined;
  if (s.firstKey === key) return s.first;
  return s.firsts?.get(key);
}

function remember(s: Series, key: number, iv: Interval | null): Interval | null {
  if (!Number.isInteger(key)) return iv;
  if (s.firstKey === undefined) {
    s.firstKey = key;
    s.first = iv;
  } else keep(s.firsts ??= new Map(), key, iv);
  return iv;
}

/** Entries per cache at most: a shared series lives for the whole run and meets every document's reference. */
const MAX_CACHED = 256;

/** Adds to a cache map, emptying it first when full (answers are recomputed the same; only memory is bounded). */
function keep<K, V>(m: Map<K, V>, key: K, value: V): void {
  if (m.size >= MAX_CACHED) m.clear();
  m.set(key, value);
}

/** The first and last member of a series relative to t, or null. */
export function firstFwd(s: Series, t: Wall, skipContaining = false): Interval | null {
  // one member: nothing to search or remember
  if (s.only) return skipContaining && s.only.s <= t && t < s.only.e ? null : s.only;
  const key = t * 4 + (skipContaining ? 1 : 0);
  const known = recall(s, key);
  if (known !== undefined) return known;
  let i = 0;
  let found: Interval | null = null;
  s.fwd(t, (iv) => {
    if (i++ >= LIMIT) return true;
    if (skipContaining && iv.s <= t && t < iv.e) return false;
    found = iv;
    return true;
  });
  return remember(s, key, found);
}

export function firstBwd(s: Series, t: Wall): Interval | null {
  if (s.only) return s.only;
  const key = t * 4 + 2;
  const known = recall(s, key);
  if (known !== undefined) return known;
  let found: Interval | null = null;
  s.bwd(t, (iv) => {
    found = iv;
    return true;
  });
  return remember(s, key, found);
}

/** The n-th member after (n > 0) or before (n < 0) the one containing or following t; n = 0 is "this". */
export function nthFrom(s: Series, t: Wall, n: number): Interval | null {
  let found: Interval | null = null;
  let count = 0;
  let i = 0;
  if (n >= 0) {
    s.fwd(t, (iv) => {
      if (count++ >= LIMIT) return true;
      // "nächsten Dienstag" on a Tuesday skips today: a member must start after t to count as "next".
      if (n !== 0 && (iv.s <= t || ++i !== n)) return false;
      found = iv;
      return true;
    });
    return found;
  }
  s.bwd(t, (iv) => {
    if (count++ >= LIMIT) return true;
    if (iv.e > t || --i !== n) return false; // the member containing t is "this", not "last"
    found = iv;
    return true;
  });
  return found;
}

export function endOfMonth(y: number, mo: number): Wall {
  return wall(y, mo, daysInMonth(y, mo));
}
