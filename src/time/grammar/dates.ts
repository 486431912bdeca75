import type { Grain } from '../../core/time-value.js';
import type { Rule } from '../chart.js';
import type { Tok } from '../lexer.js';
import type { TimeTables } from '../tables.js';
import {
  dayOfWeek,
  intersect,
  monthOfYear,
  nthWithin,
  quarterOfYear,
  season,
  weekend,
  cycle,
  dayOfMonth,
  year as yearSeries,
  fixed,
  firstFwd,
  RANK,
  type Series,
} from '../series.js';
import { add, addAmount, grainIndex, truncate } from '../calendar-math.js';
import { cycleRun, dateSeries, nthMember, relativeCycle, relativeDay, resolve, shifted } from './build.js';
import {
  dur,
  fullYear,
  hitTok,
  hitWords,
  isInt,
  mkTime,
  num,
  nv,
  ord,
  punct,
  rule,
  seq,
  time,
  timeOf,
  tok,
  tv,
  type Ctx,
  type Duration,
  type NumV,
  type TV,
} from './helpers.js';

/** Calendar dates, weekdays, months, years and expressions relative to the reference. */
export function dateRules(ctx: Ctx): Rule[] {
  const T = ctx.tables;
  const W = T.words;
  const grainTok = (test?: (g: Grain) => boolean) => tok((t) => t.t in T.grains && (!test || test(T.grains[t.t]!)));
  const grainOf = (t: Tok) => T.grains[t.t]!;
  /** "Nov." takes its dot, "März." does not (that dot ends the sentence): an abbreviation is a prefix of a longer name */
  const isMonthAbbr = (w: string) => Object.keys(T.months).some((k) => k.length > w.length && k.startsWith(w) && T.months[k] === T.months[w]);
  const isWordAt = (toks: Tok[], i: number) => i >= 0 && i < toks.length && toks[i]!.kind === 'w';
  const dayNum = num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 31)(v));
  const monthNum = (tight = true) => num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 12)(v), { tight });
  const yearNum = (tight = true) => num((v) => v.digits === 4 || v.digits === 2, { tight });
  const yearSeriesOf = (v: NumV) => yearSeries(fullYear(v));
  const dateOf = (p: { y?: number; mo?: number; d?: number }) => mkTime(dateSeries(p), p.d !== undefined ? 'date' : 'month', p.y === undefined, { parts: p });
  const ordOrDay = (_unused: null, hit: Parameters<typeof tv>[0]) => {
    const n = hit!.node!;
    return n.type === 'ord' ? (n.v as number) : (n.v as NumV).n;
  };

  const rules: Rule[] = [
    rule('now', [seq(T.now)], () => {
      const s = truncate(ctx.ref, 'second');
      return mkTime(fixed({ s, e: s + 1000 }, 'second'), 'now', true);
    }),
    rule('relative-day', [seq(Object.keys(T.relativeDays))], (h) => mkTime(relativeDay(ctx, T.relativeDays[hitWords(h[0]!)]!), 'relday', true)),

    // weekdays: "Montag", "Mo.", and the weak ones ("So.") only with a dot and standing alone
    rule('weekday', [tok((t) => t.t in T.weekdays), punct('.', { opt: true, tight: true })], (h, toks) => {
      const t = hitTok(h[0]!);
      const dotted = h[1] !== null;
      if (dotted && t.t.length > 4) return null; // "Montag." is a full stop, not part of the name
      const end = h[0]!.i + (dotted ? 2 : 1);
      const besideWord = isWordAt(toks, h[0]!.i - 1) || isWordAt(toks, end);
      let latent = false;
      let weak = false;
      if (T.abbreviationsNeedingDot.includes(t.t)) latent = !dotted || besideWord;
      else if (T.weakAbbreviations.includes(t.t)) latent = weak = besideWord;
      return mkTime(dayOfWeek(T.weekdays[t.t]!), 'dow', true, { latent, weak });
    }),

    // months: "März", "Nov." ; a bare month beside a capitalised name ("Mai Thi", "Theresa May") is latent
    rule('month', [tok((t) => t.t in T.months), punct('.', { opt: true, tight: true })], (h, toks) => {
      const t = hitTok(h[0]!);
      if (h[1] && !isMonthAbbr(t.t)) return null;
      const i = h[0]!.i;
      const j = h[1] ? i + 2 : i + 1;
      const next = toks[j];
      const prev = toks[i - 1];
      const weak = T.weakAbbreviations.includes(t.t) && (isWordAt(toks, i - 1) || isWordAt(toks, j));
      const latent = weak || isCapitalName(next, T) || (isCapitalName(prev, T) && !(i - 1 <= 0 || toks[i - 2]!.kind === 'p'));
      return mkTime(monthOfYear(T.months[t.t]!), 'month', true, { parts: { mo: T.months[t.t]! }, latent });
    }),

    // years
    rule('year/bare', [num((v) => v.digits === 4 && v.n >= 1000 && v.n <= 2200)], (h, toks) => {
      const n = h[0]!.node!;
      const next = toks[n.j];
      const prev = toks[n.i - 1];
      // "2000 Soldaten", "ABC 2000": a number beside a noun or a name is a figure, not a year
      const afterRate = !!prev && (prev.t in T.rates || (T.words.per ?? []).includes(prev.t) || prev.t in T.grains);
      const latent = afterRate || n.v.n < 1900 || n.v.n > 2100 || (!!next && next.kind === 'w' && /^\p{Lu}/u.test(next.raw)) || (!!next && /^[%€$£]$/.test(next.t)) || (!!prev && prev.kind === 'w' && /^\p{Lu}{2,}$/u.test(prev.raw));
      return mkTime(yearSeriesOf(nv(h[0]!)), 'year', false, { parts: { y: nv(h[0]!).n }, latent });
    }),
    rule('year/in', [seq([...(W.inYear ?? []), ...(W.inMonth ?? [])]), num((v) => v.digits === 4 && v.n >= 1000)], (h) =>
      mkTime(yearSeries(nv(h[1]!).n), 'year', false, { parts: { y: nv(h[1]!).n } }),
    ),
    rule('year/ad', [timeOf(['year']), seq(W.yearSuffixAD)], (h) => ({ type: 'time', v: { ...tv(h[0]!), latent: false } })),
    rule('year/in-ad', [seq(W.in), num((v) => v.digits !== null && v.n >= 1 && v.n <= 9999), seq(W.yearSuffixAD)], (h) =>
      mkTime(yearSeries(nv(h[1]!).n), 'year', false, { parts: { y: nv(h[1]!).n } }),
    ),
    rule('year/bc', [seq([...(W.in ?? []), ...(W.inYear ?? [])], { opt: true }), num((v) => v.digits !== null && v.n >= 1 && v.n <= 9999), seq(W.yearSuffixBC)], (h) =>
      mkTime(yearSeries(-nv(h[1]!).n), 'year', false, { parts: { y: -nv(h[1]!).n } }),
    ),

    // day + month (+ year): "15. Februar", "1 März", "erster März", "the 1st of March", "14april"
    rule('date/day-month', [seq(W.article, { opt: true }), dayOrOrd(), seq(W.ofMonth, { opt: true }), timeOf(['month'], (v) => v.parts?.y === undefined && v.parts?.mo !== undefined)], (h) =>
      dateOf({ mo: tv(h[3]!).parts!.mo!, d: ordOrDay(null, h[1]!) }),
    ),
    // month + day: "März 3", "February the 15th", "Aug 8", "march first"
    rule('date/month-day', [timeOf(['month'], (v) => v.parts?.y === undefined && v.parts?.mo !== undefined), seq(W.article, { opt: true }), dayOrOrd()], (h) =>
      dateOf({ mo: tv(h[0]!).parts!.mo!, d: ordOrDay(null, h[2]!) }),
    ),
    // ... + year: "märz 3 2015", "April 14, 2015", "14te April 15", "30. Mai 1980"
    rule('date/with-year', [timeOf(['date', 'month'], (v) => v.parts?.mo !== undefined && v.parts.y === undefined), punct(',', { opt: true }), yearNum(false)], (h) => {
      const p = tv(h[0]!).parts!;
      const y = nv(h[2]!);
      if (y.digits === 2 && p.d === undefined) return null; // "Oktober 14" is a day, not 2014
      return dateOf({ ...p, y: fullYear(y) });
    }),
    // "Oktober des Jahres 2014", "October of 2014"
    rule('date/of-year', [timeOf(['date', 'month'], (v) => v.parts?.mo !== undefined && v.parts.y === undefined), seq(W.ofYear), num((v) => v.digits === 4)], (h) =>
      dateOf({ ...tv(h[0]!).parts!, y: nv(h[2]!).n }),
    ),

    // numeric dates
    rule('date/dmy', [dayNum, punct('./', { tight: true }), monthNum(), punct('./', { tight: true }), yearNum()], (h) => {
      if (h[1]!.tok!.t !== h[3]!.tok!.t) return null;
      const [d, m] = T.numericDateOrder === 'dmy' ? [nv(h[0]!).n, nv(h[2]!).n] : [nv(h[2]!).n, nv(h[0]!).n];
      if (T.numericDateOrder === 'mdy' && (d > 31 || m > 12)) return null;
      return dateOf({ y: fullYear(nv(h[4]!)), mo: m, d });
    }, 2),
    rule('date/mdy', [num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 12)(v)), punct('/', { tight: true }), num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 31)(v), { tight: true }), punct('/', { tight: true }), yearNum()], (h) => {
      if (T.numericDateOrder !== 'mdy') return null;
      return dateOf({ y: fullYear(nv(h[4]!)), mo: nv(h[0]!).n, d: nv(h[2]!).n });
    }, 2),
    rule('date/md-slash', [num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 12)(v)), punct('/', { tight: true }), num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 31)(v), { tight: true })], (h, toks) => {
      if (T.numericDateOrder !== 'mdy') return null;
      const after = toks[h[2]!.j];
      if (after && !after.sp && (after.t === '/' || after.kind === 'n')) return null;
      return dateOf({ mo: nv(h[0]!).n, d: nv(h[2]!).n });
    }),
    rule('date/dm-dot', [dayNum, punct('.', { tight: true }), monthNum(), punct('.', { opt: true, tight: true })], (h, toks) => {
      if (T.numericDateOrder !== 'dmy') return null;
      const end = h[3] ? h[3].j : h[2]!.j;
      const after = toks[end];
      if (after && !after.sp && after.kind === 'n') return null; // "15.10.2018" is read whole by date/dmy
      if (!h[3] && after && !after.sp && after.t === '.' ) return null;
      return dateOf({ mo: nv(h[2]!).n, d: nv(h[0]!).n });
    }),
    rule('date/iso', [num((v) => v.digits === 4), punct('-', { tight: true }), monthNum(), punct('-', { tight: true }), num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 31)(v), { tight: true })], (h) =>
      dateOf({ y: nv(h[0]!).n, mo: nv(h[2]!).n, d: nv(h[4]!).n }),
    2),
    rule('date/year-month', [num((v) => v.digits === 4), punct('-/', { tight: true }), num((v) => v.digits === 2 && isInt(1, 12)(v), { tight: true })], (h, toks) => {
      const after = toks[h[2]!.j];
      if (after && !after.sp && (after.t === '-' || after.t === '/')) return null;
      if (T.numericDateOrder !== 'mdy' && h[1]!.tok!.t === '/') return null;
      return dateOf({ y: nv(h[0]!).n, mo: nv(h[2]!).n });
    }),
    rule('date/month-year-slash', [num((v) => v.digits !== null && v.digits <= 2 && isInt(1, 12)(v)), punct('/', { tight: true }), num((v) => v.digits === 4, { tight: true })], (h) => {
      if (T.numericDateOrder !== 'mdy') return null;
      return dateOf({ y: nv(h[2]!).n, mo: nv(h[0]!).n });
    }),
    // month + year: "Oktober 2014", "Februar 2022"
    rule('date/month-year', [timeOf(['month'], (v) => v.parts?.y === undefined && v.parts?.mo !== undefined), num((v) => v.digits === 4)], (h) =>
      dateOf({ mo: tv(h[0]!).parts!.mo!, y: nv(h[1]!).n }),
    ),

    // "am 15ten", "on the 15th", "the 1st": a day of the month on its own
    rule('dom/on', [seq(W.domPrefix), ord(isIntN(1, 31))], (h) => {
      // "am 15ten", "on the 15th", "the 1st"; after a bare article only a written-out digit counts ("der zweiten Hälfte" is no date)
      if ((W.article ?? []).includes(hitWords(h[0]!)) && h[1]!.node!.rule === 'ord/word') return null;
      return mkTime(dayOfMonth(h[1]!.node!.v as number), 'dom', true, { parts: { d: h[1]!.node!.v as number } });
    }),

    // "am Dienstag", "am 20. Januar", "an Weihnachten", "on Tuesday"
    rule('on', [seq(W.on), timeOf(['dow', 'date', 'dom', 'mixed', 'relday', 'weekend'])], (h) => ({ type: 'time', v: { ...tv(h[1]!), latent: false } })),
    // "im Oktober", "im Sommer", "in 2014", "during March"
    rule('in-month', [seq(W.inMonth), timeOf(['month', 'season', 'year', 'quarter'])], (h) => ({ type: 'time', v: { ...tv(h[1]!), latent: false } })),

    // seasons and weekend
    rule('season', [seq(Object.keys(T.seasons))], (h) => mkTime(season(T.seasons[hitWords(h[0]!)]!), 'season', true)),
    rule('weekend', [seq(T.weekend)], () => mkTime(weekend(), 'weekend', true)),

    // this / next / last + unit: "diese Woche", "letzten Monat", "nächstes Quartal", "übernächste Woche"
    rule('cycle/this', [seq(W.this), grainTok()], (h) => mkTime(relativeCycle(ctx, grainOf(hitTok(h[1]!)), 0), 'cycle', true)),
    rule('cycle/next', [seq(W.next), grainTok()], (h) => mkTime(relativeCycle(ctx, grainOf(hitTok(h[1]!)), 1), 'cycle', true)),
    rule('cycle/last', [seq(W.last), grainTok()], (h) => mkTime(relativeCycle(ctx, grainOf(hitTok(h[1]!)), -1), 'cycle', true)),
    rule('cycle/after-next', [seq(W.afterNext), grainTok()], (h) => mkTime(relativeCycle(ctx, grainOf(hitTok(h[1]!)), 2), 'cycle', true)),
    rule('cycle/before-last', [seq(W.beforeLast), grainTok()], (h) => mkTime(relativeCycle(ctx, grainOf(hitTok(h[1]!)), -2), 'cycle', true)),
    // "in der vergangenen Woche", "im vergangenen Jahr", "in den letzten zehn Tagen"
    rule('cycle/in-the', [seq(W.periodPrefix), time((v) => ['cycle', 'interval', 'weekend', 'season'].includes(v.form))], (h) => ({ type: 'time', v: { ...tv(h[1]!), latent: false } })),
    // "earlier this month" (from the unit's start to now), "later this year" (from now to its end)
    rule('cycle/earlier-this', [seq([...(W.earlier ?? []), ...(W.later ?? [])]), seq(W.this), grainTok((g) => g !== 'second' && g !== 'minute')], (h) => {
      const g = grainOf(hitTok(h[2]!));
      const start = truncate(ctx.ref, g);
      const earlier = (W.earlier ?? []).includes(hitWords(h[0]!));
      const iv = earlier ? { s: start, e: truncate(ctx.ref, 'second') } : { s: truncate(ctx.ref, 'second'), e: add(start, g, 1) };
      return iv.e > iv.s ? mkTime(fixed(iv, g === 'week' || g === 'month' ? 'day' : g === 'quarter' || g === 'year' ? 'month' : 'hour'), 'interval', true) : null;
    }, 1),

    // this / next / last + named member: "nächsten Dienstag", "letzten Sonntag", "diesen Sommer", "übernächsten März"
    ...(
      [
        ['this', 0],
        ['next', 1],
        ['last', -1],
        ['afterNext', 2],
        ['beforeLast', -2],
      ] as const
    ).map(([cls, n]) =>
      rule(`named/${cls}`, [seq(W[cls]), time((v) => ['dow', 'month', 'season', 'weekend', 'date', 'mixed', 'pod'].includes(v.form) && v.relative)], (h) => {
        const v = tv(h[1]!);
        if (n === 1 && v.form === 'dow' && T.nextWeekdayIsNextWeek) return mkTime(intersect(relativeCycle(ctx, 'week', 1), v.s), 'mixed', true);
        const s = nthMember(v.s, ctx, n);
        return s ? mkTime(s, v.form === 'pod' || v.form === 'weekend' || v.form === 'season' ? v.form : 'mixed', true, { parts: v.parts }) : null;
      }),
    ),
    // "Mittwoch nach dem nächsten", "friday after next"
    rule('named/after-next-post', [timeOf(['dow', 'month']), seq(W.afterNextPost)], (h) => {
      const s = nthMember(tv(h[0]!).s, ctx, 2);
      return s ? mkTime(s, 'mixed', true) : null;
    }),

    // the last / next n units: "letzte 2 Tage", "nächsten drei Wochen", "vergangenen zwei Jahren"
    rule('run/last', [seq(W.last), dur((d) => Number.isInteger(d.n) && d.n >= 1)], (h) => runOf(h[1]!.node!.v as Duration, -1)),
    rule('run/next', [seq(W.next), dur((d) => Number.isInteger(d.n) && d.n >= 1)], (h) => runOf(h[1]!.node!.v as Duration, 1)),

    // "in 3 Tagen", "vor drei Tagen", "3 days ago"
    rule('shift/in', [seq(W.in), dur()], (h) => mkTime(shifted(ctx, h[1]!.node!.v as Duration, 1), 'ago', true)),
    rule('shift/ago-prefix', [seq(W.agoPrefix), dur()], (h) => mkTime(shifted(ctx, h[1]!.node!.v as Duration, -1), 'ago', true)),
    rule('shift/ago-suffix', [dur(), seq(W.agoSuffix)], (h) => mkTime(shifted(ctx, h[0]!.node!.v as Duration, -1), 'ago', true)),
    rule('shift/hence', [dur(), seq([...(W.hence ?? []), ...(W.fromNow ?? [])])], (h) => mkTime(shifted(ctx, h[0]!.node!.v as Duration, 1), 'ago', true)),

    // "Mittwoch in 2 Wochen", "Mittwoch vor zwei Wochen": the weekday in the week so far away
    rule('dow/in-weeks', [timeOf(['dow']), seq([...(W.in ?? []), ...(W.agoPrefix ?? [])]), dur((d) => d.g === 'week' || d.g === 'day')], (h) => {
      const sign = (W.in ?? []).includes(hitWords(h[1]!)) ? 1 : -1;
      const d = h[2]!.node!.v as Duration;
      const target = shifted(ctx, d, sign);
      const wk = truncate(firstFwd(target, 0)!.s, 'week');
      const s = intersect(fixed({ s: wk, e: add(wk, 'week', 1) }, 'week'), tv(h[0]!).s);
      return mkTime(s, 'mixed', true);
    }),

    // nth member inside another: "letzter Montag im März", "dritter Tag im Oktober", "erste Woche im Oktober 2014"
    rule('nth/within', [seq(W.article, { opt: true }), nthWord(), innerOf(), seq(W.nthOf), time((v) => ['month', 'year', 'date', 'mixed', 'cycle', 'season', 'quarter'].includes(v.form))], (h) => {
      const n = nthValue(h[1]!);
      const inner = innerSeries(h[2]!);
      if (n === null || !inner) return null;
      return mkTime(nthWithin(inner, n, tv(h[4]!).s), 'mixed', tv(h[4]!).relative);
    }, 1),
    // "third last week of 2018", "the 5th last day of May"
    rule('nth/last-within', [seq(W.article, { opt: true }), ord(isIntN(1, 10)), seq(W.last), innerOf(), seq(W.nthOf), time((v) => ['month', 'year', 'date', 'mixed', 'cycle'].includes(v.form))], (h) => {
      const inner = innerSeries(h[3]!);
      if (!inner) return null;
      return mkTime(nthWithin(inner, -(h[1]!.node!.v as number), tv(h[5]!).s), 'mixed', tv(h[5]!).relative);
    }, 1),
    // "Tuesday 19th", "Thu 15th": a weekday and a bare ordinal day
    rule('dow/ordinal', [timeOf(['dow']), punct(',', { opt: true }), seq(W.article, { opt: true }), ord(isIntN(1, 31))], (h) =>
      mkTime(intersect(tv(h[0]!).s, dayOfMonth(h[3]!.node!.v as number)), 'mixed', true),
    ),
    // "20 of next month", "the 20th day of the current month"
    rule('dom/of-cycle', [seq(W.article, { opt: true }), dayOrOrd(), seq(['day'], { opt: true }), seq(W.nthOf), timeOf(['cycle', 'month'])], (h) => {
      const d = h[1]!.node!.type === 'ord' ? (h[1]!.node!.v as number) : (h[1]!.node!.v as NumV).n;
      return mkTime(intersect(tv(h[4]!).s, dayOfMonth(d)), 'mixed', tv(h[4]!).relative);
    }),
    // "the week of October 6th": the week containing that day
    rule('week-of', [seq(W.weekOf), time((v) => v.s.grain === 'day' && !v.latent)], (h) => {
      const iv = resolveIv(tv(h[1]!).s);
      if (!iv) return null;
      const w = truncate(iv.s, 'week');
      return mkTime(fixed({ s: w, e: add(w, 'week', 1) }, 'week'), 'cycle', tv(h[1]!).relative);
    }),
    // "3 years from today", "15 minutes from 1pm": a duration counted from a moment other than now
    rule('shift/from-anchor', [dur(), seq(W.fromAnchor), time((v) => !v.latent && v.form !== 'interval')], (h) => {
      const d = h[0]!.node!.v as Duration;
      const a = tv(h[2]!);
      const iv = resolveIv(a.s);
      if (!iv) return null;
      const g = grainIndex(d.g) < grainIndex(a.s.grain) ? d.g : a.s.grain;
      const t = truncate(addAmount(iv.s, d.g, d.n), g);
      return mkTime(fixed({ s: t, e: add(t, g, 1) }, g), 'ago', a.relative);
    }),
    // "3 fridays from now", "2 thursdays ago"
    rule('dow/count', [num(isInt(1, 20)), tok((t) => t.t.endsWith('s') && t.t.slice(0, -1) in T.weekdays), seq([...(W.hence ?? []), ...(W.agoSuffix ?? [])])], (h) => {
      const n = nv(h[0]!).n;
      const sign = (W.hence ?? []).includes(hitWords(h[2]!)) ? 1 : -1;
      const s = nthMember(dayOfWeek(T.weekdays[hitTok(h[1]!).t.slice(0, -1)]!), ctx, sign * n);
      return s ? mkTime(s, 'mixed', true) : null;
    }),
    // "EOM", "the BOY", "at the EOM"
    rule('edge/abbreviation', [seq([...(W.article ?? []), 'at the'], { opt: true }), tok((t) => t.t in T.edgeAbbreviations)], (h) => {
      const [which, g] = T.edgeAbbreviations[hitTok(h[1]!).t]!;
      return mkTime(edgeOf(relativeCycle(ctx, g, 0), which), 'interval', true, { edge: which });
    }),
    // "the first Monday of the month"
    rule('nth/within-cycle', [seq(W.article, { opt: true }), nthWord(), innerOf(), seq(W.nthOf), seq([...(W.article ?? []), ...(W.this ?? [])], { opt: true }), grainTok((g) => g !== 'day')], (h) => {
      const n = nthValue(h[1]!);
      const inner = innerSeries(h[2]!);
      if (n === null || !inner) return null;
      return mkTime(nthWithin(inner, n, relativeCycle(ctx, grainOf(hitTok(h[5]!)), 0)), 'mixed', true);
    }, 1),

    // quarters: "drittes Quartal", "4tes Quartal 2018", "Q4 2018", "2018Q4"
    rule('quarter/ord', [seq(W.article, { opt: true }), ord(isIntN(1, 4)), tok((t) => T.grains[t.t] === 'quarter' || (W.quarterWord ?? []).includes(t.t))], (h) =>
      mkTime(quarterOfYear(h[1]!.node!.v as number), 'quarter', true),
    ),
    rule('quarter/q', [tok((t) => t.t === 'q'), num(isInt(1, 4), { tight: true })], (h) => mkTime(quarterOfYear(nv(h[1]!).n), 'quarter', true)),
    rule('quarter/year-q', [num((v) => v.digits === 4 || v.digits === 2), tok((t) => t.t === 'q', { tight: true }), num(isInt(1, 4), { tight: true })], (h) =>
      mkTime(intersect(yearSeriesOf(nv(h[0]!)), quarterOfYear(nv(h[2]!).n)), 'quarter', false),
    ),
    rule('quarter/with-year', [timeOf(['quarter'], (v) => v.relative), seq(W.ofYear, { opt: true }), num((v) => v.digits === 4)], (h) =>
      mkTime(intersect(yearSeries(nv(h[2]!).n), tv(h[0]!).s), 'quarter', false),
    ),

    // start, middle, end: "Anfang August", "Mitte Dezember", "Ende des Monats", "early March", "end of 2012"
    ...(['beginning', 'middle', 'end'] as const).map((which) =>
      rule(`edge/${which}`, [seq(W[which]), seq(W.partOf, { opt: true }), time((v) => ['month', 'year', 'cycle', 'date', 'mixed'].includes(v.form) && v.s.rank >= RANK.week)], (h) => {
        const v = tv(h[2]!);
        return mkTime(edgeOf(v.s, which), 'interval', v.relative, { parts: v.parts, edge: which });
      }),
    ),
    ...(['beginning', 'middle', 'end'] as const).map((which) =>
      rule(`edge/${which}-cycle`, [seq(W[which]), seq(W.partOf, { opt: true }), grainTok((g) => g !== 'second' && g !== 'minute' && g !== 'hour')], (h) => {
        const words = hitWords(h[1]!);
        const n = (W.next ?? []).includes(words) ? 1 : (W.last ?? []).includes(words) ? -1 : 0;
        return mkTime(edgeOf(relativeCycle(ctx, grainOf(hitTok(h[2]!)), n), which), 'interval', true, { edge: which });
      }),
    ),
  ];
  return rules;

  function resolveIv(s: Series) {
    return resolve(s, ctx);
  }

  function runOf(d: Duration, dir: 1 | -1) {
    return mkTime(cycleRun(ctx, d.g, d.n, dir), 'interval', true);
  }

  function dayOrOrd() {
    return { k: 'node' as const, type: 'ord|num', test: (v: unknown) => (typeof v === 'number' ? isIntN(1, 31)(v) : isInt(1, 31)(v as NumV) && (v as NumV).digits !== 4) };
  }

  function nthWord() {
    return seq([...Object.keys(T.ordinals), ...(W.last ?? [])]);
  }

  function nthValue(h: Parameters<typeof hitWords>[0]): number | null {
    const w = hitWords(h);
    if ((W.last ?? []).includes(w)) return -1;
    if (w in T.ordinals) return T.ordinals[w]!;
    return null;
  }

  function innerOf() {
    return seq([...Object.keys(T.weekdays), ...Object.keys(T.grains).filter((k) => ['day', 'week'].includes(T.grains[k]!)), ...T.weekend]);
  }

  function innerSeries(h: Parameters<typeof hitWords>[0]): Series | null {
    const w = hitWords(h);
    if (w in T.weekdays) return dayOfWeek(T.weekdays[w]!);
    if (T.weekend.includes(w)) return weekend();
    const g = T.grains[w];
    return g ? cycle(g) : null;
  }
}

function isIntN(lo: number, hi: number) {
  return (v: number) => Number.isInteger(v) && v >= lo && v <= hi;
}

/** Beginning / middle / end of each member: thirds of a month by day, of a year by month, of a week by day. */
export function edgeOf(s: Series, which: 'beginning' | 'middle' | 'end'): Series {
  const map = (iv: { s: number; e: number }) => {
    const lenDays = (iv.e - iv.s) / 86_400_000;
    if (lenDays > 300) {
      const [a, b] = which === 'beginning' ? [0, 3] : which === 'middle' ? [4, 8] : [8, 12];
      return { s: add(iv.s, 'month', a), e: add(iv.s, 'month', b) };
    }
    if (lenDays > 80) {
      const [a, b] = which === 'beginning' ? [0, 1] : which === 'middle' ? [1, 2] : [2, 3];
      return { s: add(iv.s, 'month', a), e: add(iv.s, 'month', b) };
    }
    if (lenDays > 20) {
      if (which === 'beginning') return { s: iv.s, e: add(iv.s, 'day', 10) };
      if (which === 'middle') return { s: add(iv.s, 'day', 10), e: add(iv.s, 'day', 20) };
      return { s: add(iv.s, 'day', 20), e: iv.e };
    }
    if (lenDays >= 5) {
      if (which === 'beginning') return { s: iv.s, e: add(iv.s, 'day', 3) };
      if (which === 'middle') return { s: add(iv.s, 'day', 2), e: add(iv.s, 'day', 5) };
      return { s: add(iv.s, 'day', 4), e: iv.e };
    }
    return iv;
  };
  const grain: Grain = s.rank >= RANK.year ? 'month' : 'day';
  return {
    grain,
    rank: s.rank - 0.1,
    absolute: s.absolute,
    ...(s.bounds ? { bounds: s.bounds } : {}),
    fwd: (t, visit) => s.fwd(t, (iv) => visit(map(iv))),
    bwd: (t, visit) => s.bwd(t, (iv) => visit(map(iv))),
  };
}

/** A capitalised word that is no month or weekday name: beside one, a month abbreviation is part of a name. */
function isCapitalName(x: Tok | undefined, T: TimeTables): boolean {
  return !!x && x.kind === 'w' && /^\p{Lu}/u.test(x.raw) && !(x.t in T.months) && !(x.t in T.weekdays);
}
