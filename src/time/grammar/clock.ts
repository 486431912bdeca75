import type { Rule } from '../chart.js';
import { partOfDay, timeOfDay } from '../series.js';
import type { Hit } from '../chart.js';
import { hitTok, hitWords, isInt, mkTime, num, nv, punct, rule, seq, time, timeOf, tok, tv, type Ctx, type NumV, type TV } from './helpers.js';

/** Clock times ("um 15 Uhr", "14:30", "halb vier", "3:15pm"), parts of the day and time zones. */
export function clockRules(ctx: Ctx): Rule[] {
  const T = ctx.tables;
  const W = T.words;
  const hourNum = (opts: { tight?: boolean } = {}) => num((v) => isInt(0, 24)(v) && (v.digits === null || v.digits <= 2), opts);
  const minuteNum = (opts: { tight?: boolean } = {}) => num((v) => v.digits === 2 && isInt(0, 59)(v), opts);
  /** a 12-hour reading is ambiguous unless the language writes 24-hour clocks and the hour is above 12 */
  const tod = (h: number, mi: number | null, sec: number | null, amb: boolean, latent = false) => {
    if (h === 24 && (mi ?? 0) === 0) h = 0;
    if (h > 23 || (mi !== null && mi > 59) || (sec !== null && sec > 59)) return null;
    const ambiguous = amb && h >= 1 && h <= 12;
    return mkTime(timeOfDay(h, mi, sec, ambiguous), 'tod', true, { tod: { h, mi, sec, amb: ambiguous }, latent });
  };
  /** an hour given as a number or as a bare clock time ("drei Uhr") in "viertel nach drei Uhr" */
  const hourOf = (h: Hit): { h: number; amb: boolean } | null => {
    const n = h!.node!;
    if (n.type === 'num') return isInt(0, 24)(n.v as NumV) ? { h: (n.v as NumV).n, amb: true } : null;
    const v = n.v as TV;
    if (v.form === 'tod' && v.tod && v.tod.mi === null) return { h: v.tod.h, amb: v.tod.amb };
    return null;
  };
  const hourish = () => ({ k: 'node' as const, type: 'num|time', test: (v: unknown) => ('n' in (v as object) ? isInt(0, 24)(v as NumV) && (v as NumV).digits !== 4 : (v as TV).form === 'tod' && (v as TV).tod?.mi === null) });

  /** "3 pm" → 15:00, "12 am" → 00:00; the single letters "a"/"p" only written onto the time ("3:18a") */
  function ampm(h: number, mi: number | null, sec: number | null, marker: Hit) {
    const w = hitWords(marker);
    const first = marker!.first ?? marker!.tok;
    if ((w === 'a' || w === 'p' || w === 'p .') && first?.sp) return null;
    const pm = (W.pm ?? []).includes(w);
    if (h > 12) return null;
    const hh = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    return tod(hh, mi, sec, false);
  }

  return [
    // 14:30, 3:18, 15:23:24, 18:30h
    rule('tod/hh:mm', [hourNum(), punct(':', { tight: true }), minuteNum({ tight: true })], (h) => tod(nv(h[0]!).n, nv(h[2]!).n, null, T.clockIs12h)),
    rule('tod/hh:mm:ss', [hourNum(), punct(':', { tight: true }), minuteNum({ tight: true }), punct(':', { tight: true }), minuteNum({ tight: true })], (h) =>
      tod(nv(h[0]!).n, nv(h[2]!).n, nv(h[4]!).n, T.clockIs12h),
    ),
    rule('tod/h-suffix', [timeOf(['tod'], (v) => !v.latent), tok((t) => (W.hourTight ?? []).includes(t.t), { tight: true })], (h) => ({ type: 'time', v: tv(h[0]!) })),
    // 15h, 14Uhr, 17h10, 15h30
    rule('tod/num-h', [hourNum(), tok((t) => (W.hourTight ?? []).includes(t.t), { tight: true })], (h) => tod(nv(h[0]!).n, T.hourSuffixGivesMinutes ? 0 : null, null, true)),
    rule('tod/num-h-mm', [hourNum(), tok((t) => t.t === 'h', { tight: true }), minuteNum({ tight: true })], (h) => tod(nv(h[0]!).n, nv(h[2]!).n, null, T.clockIs12h)),
    // "3 Uhr", "15 Uhr", "drei Uhr", "3 o'clock"
    rule('tod/num-oclock', [hourNum(), seq(W.oclock)], (h) => tod(nv(h[0]!).n, null, null, true)),
    // "3 Uhr 15", "15 uhr 20"
    rule('tod/num-oclock-num', [hourNum(), seq(W.oclock), num(isInt(0, 59))], (h) => tod(nv(h[0]!).n, nv(h[2]!).n, null, true)),
    // "14.30 Uhr" (German news), "um 10.10"
    rule('tod/dot-oclock', [hourNum(), punct('.', { tight: true }), minuteNum({ tight: true }), seq(W.oclock)], (h) => tod(nv(h[0]!).n, nv(h[2]!).n, null, false)),
    rule('tod/at-dot', [seq(W.at), hourNum(), punct('.', { tight: true }), minuteNum({ tight: true })], (h, toks) => {
      const after = toks[h[3]!.j];
      if (after && !after.sp && after.t === '.') return null;
      return tod(nv(h[1]!).n, nv(h[3]!).n, null, false);
    }),
    // "um 3", "um drei", "um 15", "at 7"
    rule('tod/at-num', [seq(W.at), hourNum()], (h) => tod(nv(h[1]!).n, null, null, true)),
    // "um 15 Uhr", "um viertel nach 3", "at 3pm"
    rule('tod/at', [seq(W.at), timeOf(['tod'])], (h) => ({ type: 'time', v: { ...tv(h[1]!), latent: false } })),
    // approximations do not change the value: "gegen 15 Uhr", "ca. um 15 Uhr", "so circa um 15 Uhr", "15 Uhr in etwa"
    rule('tod/approx', [seq(W.approx), timeOf(['tod'], (v) => !v.latent)], (h) => ({ type: 'time', v: tv(h[1]!) })),
    rule('tod/approx-num', [seq(W.approx), hourNum(), seq(W.oclock)], (h) => tod(nv(h[1]!).n, null, null, true)),
    rule('tod/approx-suffix', [timeOf(['tod'], (v) => !v.latent), seq(W.approxSuffix)], (h) => ({ type: 'time', v: tv(h[0]!) })),

    // "halb vier" = 3:30, "viertel nach 3", "viertel vor 12", "dreiviertel vier", "20 nach 3", "15 Minuten vor 12"
    rule('tod/half', [seq(W.clockHalf), hourish()], (h) => {
      const x = hourOf(h[1]!);
      return x ? tod((x.h + 23) % 24, 30, null, x.amb) : null;
    }),
    rule('tod/half-past', [seq(W.clockHalfPast), hourish()], (h) => {
      const x = hourOf(h[1]!);
      return x ? tod(x.h, 30, null, x.amb) : null;
    }),
    rule('tod/quarter-past', [seq(W.clockQuarter), seq(W.clockPast), hourish()], (h) => {
      const x = hourOf(h[2]!);
      return x ? tod(x.h, 15, null, x.amb) : null;
    }),
    rule('tod/quarter-to', [seq(W.clockQuarter), seq(W.clockTo), hourish()], (h) => {
      const x = hourOf(h[2]!);
      return x ? tod((x.h + 23) % 24, 45, null, x.amb) : null;
    }),
    rule('tod/three-quarter', [seq(W.clockThreeQuarter), hourish()], (h) => {
      const x = hourOf(h[1]!);
      return x ? tod((x.h + 23) % 24, 45, null, x.amb) : null;
    }),
    rule('tod/min-past', [num(isInt(1, 59)), seq(W.minutesWord, { opt: true }), seq(W.clockPast), hourish()], (h) => {
      const x = hourOf(h[3]!);
      return x ? tod(x.h, nv(h[0]!).n, null, x.amb) : null;
    }),
    rule('tod/min-to', [num(isInt(1, 59)), seq(W.minutesWord, { opt: true }), seq(W.clockTo), hourish()], (h) => {
      const x = hourOf(h[3]!);
      return x ? tod((x.h + 23) % 24, 60 - nv(h[0]!).n, null, x.amb) : null;
    }),
    // am / pm: "3pm", "3:30 p.m.", "at 3 AM", "330 p.m.", "9:01:10 AM", "3ish pm"
    rule('tod/ampm', [time((v) => v.form === 'tod' && !!v.tod && v.tod.h <= 12), seq([...(W.am ?? []), ...(W.pm ?? [])])], (h) => {
      const v = tv(h[0]!);
      return ampm(v.tod!.h, v.tod!.mi, v.tod!.sec, h[1]!);
    }),
    rule('tod/num-ampm', [num((v) => isInt(0, 12)(v) && (v.digits === null || v.digits <= 2)), seq([...(W.am ?? []), ...(W.pm ?? [])])], (h, toks) => {
      // "4a" alone is a label, "at 3p" a time: a single-letter marker after a bare hour needs "at" before it
      const w = hitWords(h[1]!);
      const prev = toks[h[0]!.i - 1];
      if ((w === 'a' || w === 'p' || w === 'p .') && !(prev && (W.at ?? []).includes(prev.t))) return null;
      return ampm(nv(h[0]!).n, null, null, h[1]!);
    }),
    rule('tod/hhmm-ampm', [num((v) => (v.digits === 3 || v.digits === 4) && v.n % 100 < 60 && Math.floor(v.n / 100) <= 12), seq([...(W.am ?? []), ...(W.pm ?? [])])], (h) =>
      ampm(Math.floor(nv(h[0]!).n / 100), nv(h[0]!).n % 100, null, h[1]!),
    ),
    // "1030", "730" after "at": a clock time written without a colon (latent alone: it may be a figure)
    rule('tod/hhmm', [num((v) => (v.digits === 3 || v.digits === 4) && v.n % 100 < 60 && Math.floor(v.n / 100) <= 23)], (h, toks) => {
      if (!T.clockIs12h) return null;
      const after = toks[h[0]!.j];
      if (after && !after.sp && after.kind === 'p' && toks[h[0]!.j + 1]?.kind === 'n') return null; // 650-650-6500, 650.650

      const n = nv(h[0]!).n;
      return tod(Math.floor(n / 100), n % 100, null, true, true);
    }),
    // "three twenty", "nine fifty nine": hour and minute words (latent alone: "two three" is not a time)
    rule('tod/words', [num((v) => !!v.word && isInt(1, 12)(v)), num((v) => !!v.word && isInt(10, 59)(v))], (h) => (T.clockIs12h ? tod(nv(h[0]!).n, nv(h[1]!).n, null, true, true) : null)),
    // "at 3 15"
    rule('tod/at-h-m', [seq(W.at), num((v) => isInt(1, 12)(v) && v.digits !== null && v.digits <= 2), num((v) => v.digits === 2 && isInt(0, 59)(v))], (h) => (T.clockIs12h ? tod(nv(h[1]!).n, nv(h[2]!).n, null, true) : null)),
    // "3ish", "150ish": an approximation written onto the number
    rule('num/ish', [num(), tok((t) => t.t === 'ish', { tight: true })], (h) => ({ type: 'num', v: nv(h[0]!) })),
    rule('tod/ish', [timeOf(['tod']), tok((t) => t.t === 'ish')], (h) => ({ type: 'time', v: tv(h[0]!) })),
    rule('tod/named', [seq(Object.keys(T.namedHours))], (h) => tod(T.namedHours[hitWords(h[0]!)]!, null, null, false), 1),

    // parts of the day
    rule('pod', [seq(Object.keys(T.partsOfDay))], (h) => {
      const [a, b] = T.partsOfDay[hitWords(h[0]!)]!;
      return mkTime(partOfDay(a, b), 'pod', true);
    }),

    // time zones: "16 Uhr CET", "Thursday 8:00 GMT" (the value is given in the reference's offset)
    rule('tod/zone', [time((v) => v.form === 'tod' && !!v.tod), punct('(', { opt: true }), tok((t) => t.t in T.zones), punct(')', { opt: true })], (h) => {
      const v = tv(h[0]!);
      const refOffset = ctx.zone.offsetAt(ctx.ref);
      const shift = refOffset - T.zones[hitTok(h[2]!).t]!;
      const total = (((v.tod!.h * 60 + (v.tod!.mi ?? 0) + shift) % 1440) + 1440) % 1440;
      const s = timeOfDay(Math.floor(total / 60), total % 60, v.tod!.sec, false);
      return mkTime({ ...s, grain: v.tod!.sec !== null ? 'second' : 'minute' }, 'tod', true, { tod: { h: Math.floor(total / 60), mi: total % 60, sec: v.tod!.sec, amb: false } });
    }),
  ];
}
