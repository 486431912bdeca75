import type { Grain } from '../../core/time-value.js';
import type { Rule } from '../chart.js';
import { dayOfWeek as dowSeries, firstBwd, firstFwd, partOfDay as partOfDayOf, RANK, timeOfDay, type Series } from '../series.js';
import { combine, dateSeries, resolve, shifted } from './build.js';
import { add, addAmount, grainIndex, truncate } from '../calendar-math.js';
import { dur, hitTok, hitWords, isInt, mkTime, num, nv, punct, rule, seq, time, timeOf, tok, tv, type Ctx, type Duration, type NumV, type TV } from './helpers.js';

/** The value of a `span` node: already resolved (open intervals, running totals, rates). */
export interface SpanValue {
  s: number | null;
  e: number | null;
  grain: Grain;
  relative: boolean;
  role: 'open' | 'cumulative' | 'rate' | 'period';
  per?: Grain;
}

const span = (v: SpanValue) => ({ type: 'span', v });

/**
 * From one member of `a` through the first member of `b` that does not start before it. The end is exclusive at
 * the finer of the two precisions, as Duckling closes intervals: "9:30 - 11:00" ends at 11:01, "3:30 - 6 pm" at
 * 18:01, "13. - 15. Juli" at 16 July.
 */
export function spanSeries(a: Series, b: Series): Series {
  const g = grainIndex(a.grain) < grainIndex(b.grain) ? a.grain : b.grain;
  const close = (iv: { s: number; e: number }) => {
    let out: { s: number; e: number } | null = null;
    b.fwd(iv.s, (x) => {
      if (x.s < iv.s) return false;
      out = { s: iv.s, e: Math.min(x.e, add(x.s, g, 1)) };
      return true;
    });
    return out;
  };
  let n = 0;
  return {
    grain: a.grain,
    rank: Math.max(a.rank, b.rank) + 0.01,
    absolute: a.absolute && b.absolute,
    ...(a.bounds ? { bounds: { s: a.bounds.s, e: Number.MAX_SAFE_INTEGER } } : {}),
    fwd(t, visit) {
      n = 0;
      let hit = false;
      a.fwd(t, (iv) => {
        if (++n > 500) return true;
        const c = close(iv);
        return c !== null && visit(c) && (hit = true);
      });
      return hit;
    },
    bwd(t, visit) {
      n = 0;
      let hit = false;
      a.bwd(t, (iv) => {
        if (++n > 500) return true;
        const c = close(iv);
        return c !== null && visit(c) && (hit = true);
      });
      return hit;
    },
  };
}

/** Intervals ("vom 3. bis 5. März", "9:30 - 11:00"), open intervals ("bis Mittwoch", "ab Montag"),
 * running totals ("seit Februar 2022", "bisher"), rates ("täglich", "pro Tag") and intersections. */
export function intervalRules(ctx: Ctx): Rule[] {
  const T = ctx.tables;
  const W = T.words;
  const compatible = (a: TV, b: TV) => a.s.grain === b.s.grain || a.form === b.form || (a.form === 'dow' && b.s.grain === 'day') || (b.form === 'dow' && a.s.grain === 'day');
  /** "14.10. - 15.10.2018": the first end borrows the year the second one names */
  const borrow = (a: TV, b: TV): TV => {
    if (a.parts?.y === undefined && b.parts?.y !== undefined && a.parts?.mo !== undefined && a.form !== 'mixed') {
      const parts = { ...a.parts, y: b.parts.y };
      return { ...a, s: dateSeries(parts), parts, relative: false };
    }
    return a;
  };
  const interval = (a0: TV, b: TV) => {
    const a = borrow(a0, b);
    if (!compatible(a, b) || a.form === 'interval' || b.form === 'interval') return null;
    const s = spanSeries(a.s, b.s);
    const iv = firstFwd(s, ctx.ref);
    if (!iv) return null;
    return mkTime(s, 'interval', a.relative || b.relative, { parts: b.parts });
  };
  const dayNumOrOrd = () => ({ k: 'node' as const, type: 'ord|num', test: (v: unknown) => (typeof v === 'number' ? v >= 1 && v <= 31 : isInt(1, 31)(v as NumV) && (v as NumV).digits !== 4) });
  const dayOf = (x: unknown) => (typeof x === 'number' ? x : (x as NumV).n);
  const hasDate = (v: TV) => v.parts?.d !== undefined && v.parts.mo !== undefined;
  const resolvedStart = (v: TV, useEnd = false): number | null => {
    const iv = resolve(v.s, ctx);
    if (!iv) return null;
    return useEnd ? iv.e : iv.s;
  };

  return [
    rule('interval/range', [seq(W.rangeFrom, { opt: true }), time((v) => !v.latent), seq(W.rangeTo), time((v) => !v.latent || v.form === 'tod')], (h) => interval(tv(h[1]!), tv(h[3]!))),
    rule('interval/between', [seq(W.between), time(), seq(W.and), time()], (h) => interval(tv(h[1]!), tv(h[3]!))),
    rule('interval/after-but-before', [seq(W.after), time((v) => !v.latent), seq(W.butBefore), time((v) => !v.latent)], (h) => interval(tv(h[1]!), tv(h[3]!))),
    // "13. - 15. Juli", "14./15.10.2018", "vom 3. bis 5. März"
    rule('interval/days-of-date', [seq(W.rangeFrom, { opt: true }), seq(W.article, { opt: true }), dayNumOrOrd(), seq(W.rangeTo), seq(W.article, { opt: true }), time(hasDate)], (h) => {
      const b = tv(h[5]!);
      const parts = { ...b.parts, d: dayOf(h[2]!.node!.v) };
      return interval({ s: dateSeries(parts), form: 'date', parts, relative: b.relative }, b);
    }, 1),
    // "July 13-15", "August 27th - 29th"
    rule('interval/date-days', [seq(W.rangeFrom, { opt: true }), time(hasDate), seq(W.rangeTo), dayNumOrOrd()], (h) => {
      const a = tv(h[1]!);
      const parts = { ...a.parts, d: dayOf(h[3]!.node!.v) };
      return interval(a, { s: dateSeries(parts), form: 'date', parts, relative: a.relative });
    }),
    // "von 9 bis 11" (hours as bare numbers, read as clock times)
    rule('interval/hours', [seq([...(W.rangeFrom ?? []), ...(W.between ?? [])]), num((v) => isInt(0, 24)(v) && v.digits !== 4), seq([...(W.rangeTo ?? []), ...(W.and ?? [])]), num((v) => isInt(0, 24)(v) && v.digits !== 4)], (h) => {
      const a = nv(h[1]!).n;
      const b = nv(h[3]!).n;
      return interval(hourTod(a, null), hourTod(b, null));
    }),
    // "3-4pm": the first hour takes the second one's half of the day
    rule('interval/hour-tod', [seq(W.rangeFrom, { opt: true }), num((v) => isInt(1, 12)(v) && v.digits !== 4), seq(W.rangeTo), time((v) => v.form === 'tod' && !!v.tod && !v.tod.amb)], (h) => {
      const b = tv(h[3]!);
      let a = nv(h[1]!).n;
      if (b.tod!.h >= 12 && a < 12) a += 12;
      if (a > b.tod!.h) return null;
      return interval(hourTod(a, null, false), b);
    }),

    // open intervals: "bis Mittwoch", "vor 11 Uhr", "spätestens 11 Uhr", "ab Montag", "nach 14 Uhr", "frühestens 14 Uhr"
    rule('open/before', [seq(W.before), time((v) => !v.latent && v.form !== 'now' && v.form !== 'interval')], (h) => openSpan('before', tv(h[1]!))),
    rule('open/before-end', [seq(W.before), time((v) => v.edge === 'end')], (h) => openSpan('before', tv(h[1]!), true)),
    rule('open/before-suffix', [time((v) => !v.latent && v.form === 'tod'), seq(W.beforeSuffix)], (h) => openSpan('before', tv(h[0]!))),
    rule('open/after', [seq(W.after), time((v) => !v.latent && v.form !== 'now' && v.form !== 'interval')], (h) => openSpan('after', tv(h[1]!))),
    rule('open/after-suffix', [time((v) => !v.latent && v.form === 'tod'), seq(W.afterSuffix)], (h) => openSpan('after', tv(h[0]!))),
    // "binnen 2 Wochen", "within 2 weeks": from now to that moment
    rule('open/within', [seq(W.within), dur()], (h) => {
      const target = shifted(ctx, h[1]!.node!.v as Duration, 1);
      const end = firstFwd(target, 0)!.s;
      return span({ s: truncate(ctx.ref, 'second'), e: end, grain: 'second', relative: true, role: 'period' });
    }),

    // running totals: "seit Februar 2022", "seit zwei Wochen", "seit Kriegsbeginn", "bisher"
    rule('since/time', [seq(W.since), time((v) => !v.latent || v.form === 'year')], (h) => {
      const v = tv(h[1]!);
      const s = resolvedStart(v);
      return s === null ? null : span({ s, e: null, grain: v.s.grain, relative: v.relative, role: 'cumulative' });
    }),
    rule('since/duration', [seq(W.since), dur()], (h) => {
      const d = h[1]!.node!.v as Duration;
      const s = firstFwd(shifted(ctx, d, -1), 0)!.s;
      return span({ s, e: null, grain: d.g === 'week' || d.g === 'month' || d.g === 'year' ? 'day' : 'hour', relative: true, role: 'cumulative' });
    }),
    rule('since/event', [seq(W.since), seq(T.events)], () => span({ s: null, e: null, grain: 'day', relative: true, role: 'cumulative' })),
    rule('cumulative', [seq(T.cumulative)], () => span({ s: null, e: ctx.ref, grain: 'day', relative: true, role: 'cumulative' })),

    // rates: "täglich", "pro Tag", "jeden Tag", "per day", "a year"
    rule('rate/word', [tok((t) => t.t in T.rates)], (h) => span({ s: null, e: null, grain: T.rates[hitTok(h[0]!).t]!, relative: false, role: 'rate', per: T.rates[hitTok(h[0]!).t]! })),
    rule('rate/per', [seq(W.per), tok((t) => t.t in T.grains)], (h, toks) => {
      const g = T.grains[hitTok(h[1]!).t]!;
      // "$5 a day" is a rate, "a day later" / "a second opinion" are not: an article needs a figure before it
      if ((W.indefinite ?? []).includes(hitWords(h[0]!))) {
        const prev = toks[h[0]!.i - 1];
        if (!prev || prev.kind !== 'n' || g === 'second' || g === 'minute') return null;
      }
      return span({ s: null, e: null, grain: g, relative: false, role: 'rate', per: g });
    }),

    // "by 2pm", "by EOM", "by the end of next month": from now until then
    rule('by', [seq(W.byDeadline), time((v) => !v.latent && v.form !== 'now')], (h) => {
      const v = tv(h[1]!);
      const iv = resolve(v.s, ctx);
      if (!iv) return null;
      return span({ s: truncate(ctx.ref, 'second'), e: v.edge === 'end' ? iv.e : iv.s, grain: 'second', relative: true, role: 'period' });
    }, 1),
    rule('asap', [seq(W.asap)], () => span({ s: truncate(ctx.ref, 'second'), e: null, grain: 'second', relative: true, role: 'open' })),
    // "after 5 days"
    rule('open/after-duration', [seq(W.after), dur()], (h) => {
      const t = firstFwd(shifted(ctx, h[1]!.node!.v as Duration, 1), 0)!;
      return span({ s: t.s, e: null, grain: 'hour', relative: true, role: 'open' });
    }),
    // "18th Dec for 10 days", "from 4pm for thirty minutes", "for 10 days from 18th Dec"
    rule('interval/for', [seq(W.rangeFrom, { opt: true }), time((v) => !v.latent && v.form !== 'interval'), seq(W.forDuration), dur()], (h) => forSpan(tv(h[1]!), h[3]!.node!.v as Duration), 1),
    rule('interval/for-from', [seq(W.forDuration), dur(), seq([...(W.rangeFrom ?? []), 'starting from', 'starting']), time((v) => !v.latent && v.form !== 'interval')], (h) => forSpan(tv(h[3]!), h[1]!.node!.v as Duration), 1),
    // "8am until 6": the end as a bare hour
    rule('interval/tod-hour', [seq(W.rangeFrom, { opt: true }), timeOf(['tod'], (v) => !v.latent), seq(W.rangeTo), num((v) => isInt(1, 12)(v) && v.digits !== 4)], (h) => interval(tv(h[1]!), hourTod(nv(h[3]!).n, null))),

    // intersections: "Montag, 18. Februar", "morgen um 15 Uhr", "heute abend", "am Donnerstag von 9:30 bis 11:00"
    rule('and', [time((v) => (!v.latent || !!v.weak) && v.form !== 'now'), punct(',', { opt: true }), seq(W.glue, { opt: true }), time((v) => (!v.latent || !!v.weak) && v.form !== 'now')], (h) => {
      const a = tv(h[0]!);
      const b = tv(h[3]!);
      // a weak weekday abbreviation ("Sat", "Wed") counts only beside a date or a clock time
      if ((a.latent && !isSolid(b)) || (b.latent && !isSolid(a))) return null;
      if (a.form === 'tod' && b.form === 'tod') return null;
      // a comma joins a weekday to its date ("Montag, 18. Februar"), not two separate expressions of a list
      if (h[1] && !(a.form === 'dow' && isDayDate(b)) && !(b.form === 'dow' && isDayDate(a)) && !(a.form === 'mixed' && b.form === 'tod')) return null;
      if (a.form === 'year' && b.form === 'year') return null;
      if ((a.form === 'interval' && b.form === 'interval') || (a.form === 'cycle' && b.form === 'cycle')) return null;
      const c = combine(a, b);
      return firstFwd(c.s, ctx.ref) || firstBwd(c.s, ctx.ref) ? { type: 'time', v: c } : null;
    }),
    // "3 in the afternoon", "8 tonight": a bare hour next to a part of the day
    rule('and/hour-pod', [num((v) => isInt(1, 12)(v) && v.digits !== 4), seq(W.glue, { opt: true }), time((v) => v.form === 'pod' || v.form === 'relday' || (v.form === 'mixed' && v.s.rank <= RANK.day && v.s.rank >= RANK.partOfDay))], (h) => {
      const c = combine(hourTod(nv(h[0]!).n, null), tv(h[2]!));
      return firstFwd(c.s, ctx.ref) ? { type: 'time', v: c } : null;
    }),
    rule('and/pod-hour', [time((v) => v.form === 'pod' || (v.form === 'mixed' && v.s.rank <= RANK.day)), seq(W.at), num((v) => isInt(0, 12)(v) && v.digits !== 4)], (h) => {
      const c = combine(tv(h[0]!), hourTod(nv(h[2]!).n, null));
      return firstFwd(c.s, ctx.ref) ? { type: 'time', v: c } : null;
    }),
    // "heute morgen", "gestern früh": morning of a day (German "morgen" alone is tomorrow)
    rule('relday-morning', [timeOf(['relday', 'dow']), seq(W.dayMorning)], (h) => {
      const [a, b] = T.partsOfDay[W.dayMorningPart?.[0] ?? ''] ?? [3, 12];
      const pod: TV = { s: partOfDayOf(a, b), form: 'pod', relative: true };
      return { type: 'time', v: combine(tv(h[0]!), pod) };
    }),
    // "in der Nacht zu Montag": from 22:00 the evening before to 06:00
    rule('night-before', [seq(W.nightBefore), time((v) => v.s.grain === 'day' && !v.latent)], (h) => {
      const v = tv(h[1]!);
      const iv = resolve(v.s, ctx);
      if (!iv) return null;
      const s = add(iv.s, 'hour', -2);
      return span({ s, e: add(iv.s, 'hour', 6), grain: 'hour', relative: v.relative, role: 'period' });
    }, 1),
    // compound weekday + part of day: "Montagabend", "Dienstagmorgen", "Sonntagnacht"
    rule('dow-pod-compound', [tok((t) => t.kind === 'w' && compound(t.t) !== null)], (h) => {
      const c = compound(hitTok(h[0]!).t)!;
      const dow: TV = { s: dowSeries(c.dow), form: 'dow', relative: true };
      return { type: 'time', v: combine(dow, { s: partOfDayOf(c.pod[0], c.pod[1]), form: 'pod', relative: true }) };
    }),
  ];

  /** From the start of `a` to the end of the unit in which `a` + d falls (Duckling closes such spans inclusively). */
  function forSpan(a: TV, d: Duration) {
    const iv = resolve(a.s, ctx);
    if (!iv) return null;
    const g = grainIndex(d.g) < grainIndex(a.s.grain) ? d.g : a.s.grain;
    const last = truncate(addAmount(iv.s, d.g, d.n), g);
    return span({ s: iv.s, e: add(last, g, 1), grain: g, relative: a.relative, role: 'period' });
  }

  function hourTod(hh: number, mi: number | null, amb = true): TV {
    const ambiguous = amb && hh >= 1 && hh <= 12;
    return { s: timeOfDay(hh % 24, mi, null, ambiguous), form: 'tod', relative: true, tod: { h: hh, mi, sec: null, amb: ambiguous } };
  }

  /** Open intervals announce: "bis Mittwoch", "ab Montag" look forward even in news (the next one, or today). */
  function openSpan(dir: 'before' | 'after', v: TV, useEnd = false) {
    const iv = ctx.prefer === 'past' && v.relative && v.s.rank >= RANK.day ? firstFwd(v.s, ctx.ref) : resolve(v.s, ctx);
    const at = iv ? (useEnd ? iv.e : iv.s) : null;
    if (at === null) return null;
    const grain = useEnd ? v.s.grain : v.s.grain;
    return span({ s: dir === 'after' ? at : null, e: dir === 'before' ? at : null, grain, relative: v.relative, role: 'open' });
  }

  function compound(w: string): { dow: number; pod: [number, number] } | null {
    for (const [name, d] of Object.entries(T.weekdays)) {
      if (name.length < 5 || !w.startsWith(name)) continue;
      const rest = w.slice(name.length);
      const pod = T.partsOfDay[rest];
      if (pod) return { dow: d, pod };
    }
    return null;
  }
}

/** A value that pins a day or a clock time (a weak weekday abbreviation may join it). Module-level: rules run per match. */
function isSolid(x: TV): boolean {
  const f = x.form;
  return f === 'date' || f === 'dom' || f === 'mixed' || f === 'tod' || f === 'interval';
}

/** One day named by its date, not a weekday. */
function isDayDate(x: TV): boolean {
  return x.s.grain === 'day' && x.form !== 'dow';
}
