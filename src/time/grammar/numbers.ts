import type { Rule } from '../chart.js';
import type { TimeTables } from '../tables.js';
import { dur, hitTok, hitWords, isInt, num, nv, ord, punct, rule, seq, tok, type Ctx, type Duration, type NumV } from './helpers.js';

/**
 * Numbers inside time expressions: digits, number words ("drei", "dreiundzwanzig", "twenty-three"), ordinals
 * ("15.", "15ten", "third") and durations ("zwei Wochen", "a couple of hours"). Only what time phrases need;
 * figures in general are the quantity engine's business.
 */
export function numberRules(ctx: Ctx): Rule[] {
  const T = ctx.tables;
  const W = T.words;
  return [
    rule('num/digits', [tok((t) => t.kind === 'n' && t.t.length <= 9)], (h, toks) => {
      const t = hitTok(h[0]!);
      // "1,000" / "1.000": the start of a grouped figure is no hour, day or year
      const sep = toks[h[0]!.j];
      const group = toks[h[0]!.j + 1];
      const thousands = (W.decimalMark ?? [',']).includes(',') ? '.' : ',';
      if (sep && !sep.sp && sep.t === thousands && group && !group.sp && group.kind === 'n' && group.t.length === 3) return null;
      const before = toks[h[0]!.i - 1];
      const before2 = toks[h[0]!.i - 2];
      if (before && !t.sp && before.t === thousands && before2 && !before.sp && before2.kind === 'n' && t.t.length === 3) return null;
      return { type: 'num', v: { n: Number(t.t), digits: t.t.length } satisfies NumV };
    }),
    rule('num/word', [tok((t) => t.kind === 'w' && numberWord(t.t, T) !== null)], (h) => ({
      type: 'num',
      v: { n: numberWord(hitTok(h[0]!).t, T)!, digits: null, word: true } satisfies NumV,
    })),
    // "twenty-three", "twenty three" (English writes compounds apart)
    rule('num/tens-units', [num((v) => !!v.word && v.n >= 20 && v.n <= 90 && v.n % 10 === 0), punct('-', { opt: true, tight: true }), num((v) => !!v.word && v.n >= 1 && v.n <= 9)], (h) => {
      if (!T.numberCompound.tensFirst) return null;
      return { type: 'num', v: { n: nv(h[0]!).n + nv(h[2]!).n, digits: null, word: true } satisfies NumV };
    }),
    rule('num/decimal', [num((v) => v.digits !== null), punct(W.decimalMark?.join('') ?? ',', { tight: true }), num((v) => v.digits !== null, { tight: true })], (h) => {
      const frac = nv(h[2]!);
      return { type: 'num', v: { n: nv(h[0]!).n + frac.n / 10 ** frac.digits!, digits: null } satisfies NumV };
    }),
    // "zwei ein halb", "zweieinhalb", "2 and a half"
    rule('num/and-half', [num(), seq(W.andHalf)], (h) => ({ type: 'num', v: { n: nv(h[0]!).n + 0.5, digits: null } satisfies NumV })),

    // ordinals
    rule('ord/suffix', [num((v) => v.digits !== null && v.digits <= 2), tok((t) => T.ordinalSuffixes.includes(t.t), { tight: true })], (h) => ({ type: 'ord', v: nv(h[0]!).n })),
    rule('ord/dot', [num((v) => v.digits !== null && v.digits <= 2 && v.n >= 1 && v.n <= 31), punct('.', { tight: true })], (h) => (T.ordinalDot ? { type: 'ord', v: nv(h[0]!).n } : null)),
    rule('ord/word', [tok((t) => t.kind === 'w' && ordinalWord(t.t, T) !== null)], (h) => ({ type: 'ord', v: ordinalWord(hitTok(h[0]!).t, T)! })),
    rule('ord/tens-units', [num((v) => !!v.word && v.n >= 20 && v.n <= 90 && v.n % 10 === 0), punct('-', { opt: true, tight: true }), ord((v) => v >= 1 && v <= 9)], (h) => {
      if (!T.numberCompound.tensFirst) return null;
      return { type: 'ord', v: nv(h[0]!).n + (h[2]!.node!.v as number) };
    }),

    // durations
    rule('dur/num-unit', [num((v) => v.n >= 0 && v.n < 10000), seq(W.more, { opt: true }), tok((t) => t.t in T.grains)], (h) => ({
      type: 'duration',
      v: whole(nv(h[0]!).n, T.grains[hitTok(h[2]!).t]!),
    })),
    // "zirka einer halben Stunde", "about 2 hours": the approximation does not change the value
    rule('dur/approx', [seq(W.approx), dur()], (h) => ({ type: 'duration', v: h[1]!.node!.v as Duration })),
    rule('dur/num-unit-tight', [num((v) => v.digits !== null && v.n < 10000), tok((t) => t.t in T.grainAbbreviations, { tight: true })], (h) => ({
      type: 'duration',
      v: { n: nv(h[0]!).n, g: T.grainAbbreviations[hitTok(h[1]!).t]! } satisfies Duration,
    })),
    rule('dur/article-unit', [seq(W.indefinite), tok((t) => t.t in T.grains)], (h) => ({
      type: 'duration',
      v: { n: 1, g: T.grains[hitTok(h[1]!).t]! } satisfies Duration,
    })),
    rule('dur/multiple', [seq([...(W.indefinite ?? []), 'ein', 'one', '1'], { opt: true }), tok((t) => t.t in T.grainMultiples)], (h) => {
      const [n, g] = T.grainMultiples[hitTok(h[1]!).t]!;
      return { type: 'duration', v: { n, g } satisfies Duration };
    }),
    rule('dur/num-multiple', [num((v) => v.n >= 1 && v.n < 100), tok((t) => t.t in T.grainMultiples)], (h) => {
      const [n, g] = T.grainMultiples[hitTok(h[1]!).t]!;
      return { type: 'duration', v: { n: n * nv(h[0]!).n, g } satisfies Duration };
    }),
    rule('dur/vague', [seq([...(W.vagueTwo ?? []), ...(W.vagueThree ?? [])]), tok((t) => t.t in T.grains)], (h) => {
      const n = (W.vagueTwo ?? []).includes(hitWords(h[0]!)) ? 2 : 3;
      return { type: 'duration', v: { n, g: T.grains[hitTok(h[1]!).t]!, vague: true } satisfies Duration };
    }),
    // "einer halben Stunde", "half an hour", "a quarter of an hour", "three-quarters of an hour"
    rule('dur/fraction', [seq(W.indefinite, { opt: true }), seq([...(W.half ?? []), ...(W.quarterOf ?? []), ...(W.threeQuartersOf ?? [])]), seq(W.indefinite, { opt: true }), tok((t) => t.t in T.grains)], (h) => {
      const w = hitWords(h[1]!);
      const f = (W.half ?? []).includes(w) ? 0.5 : (W.quarterOf ?? []).includes(w) ? 0.25 : 0.75;
      return { type: 'duration', v: fraction(f, T.grains[hitTok(h[3]!).t]!) };
    }),
    // "1/4h", "3/4 hour"
    rule('dur/slash-fraction', [num(isInt(1, 3)), punct('/', { tight: true }), num((v) => v.n === 2 || v.n === 4, { tight: true }), tok((t) => t.t in T.grains || t.t in T.grainAbbreviations)], (h, _toks) => {
      const f = nv(h[0]!).n / nv(h[2]!).n;
      if (f >= 1) return null;
      const t = hitTok(h[3]!).t;
      return { type: 'duration', v: fraction(f, (T.grains[t] ?? T.grainAbbreviations[t])!) };
    }),
    // 1" (one second), 15' (fifteen minutes)
    rule('dur/prime', [num((v) => v.digits !== null), punct('"\'', { tight: true })], (h) => {
      const mark = h[1]!.tok!.t;
      return { type: 'duration', v: { n: nv(h[0]!).n, g: mark === '"' ? 'second' : 'minute' } satisfies Duration };
    }),
  ];
}

/** "2,5 Stunden" is 150 minutes: a fractional amount moves to the next finer unit when that makes it whole. */
function whole(n: number, g: Duration['g']): Duration {
  if (Number.isInteger(n)) return { n, g };
  const f = fraction(n, g);
  return f.g === g ? { n, g } : f;
}

/** Half an hour is 30 minutes: fractions are carried in the next finer unit so that resolution stays whole. */
function fraction(f: number, g: Duration['g']): Duration {
  if (g === 'hour') return { n: f * 60, g: 'minute' };
  if (g === 'minute') return { n: f * 60, g: 'second' };
  if (g === 'day') return { n: f * 24, g: 'hour' };
  return { n: f, g };
}

/** A number word, including German compounds written as one word ("dreiundzwanzig"). */
export function numberWord(w: string, T: TimeTables): number | null {
  const direct = T.numbers[w];
  if (direct !== undefined) return direct;
  const { joiner, tensFirst } = T.numberCompound;
  if (tensFirst || !joiner) return null;
  const k = w.indexOf(joiner);
  if (k <= 0) return null;
  const unit = T.numbers[w.slice(0, k)];
  const tens = T.numbers[w.slice(k + joiner.length)];
  if (unit === undefined || tens === undefined || unit < 1 || unit > 9 || tens < 20 || tens > 90 || tens % 10 !== 0) return null;
  return tens + unit;
}

/** An ordinal word, including German compounds ("einunddreißigster"). */
export function ordinalWord(w: string, T: TimeTables): number | null {
  const direct = T.ordinals[w];
  if (direct !== undefined) return direct;
  const { joiner, tensFirst } = T.numberCompound;
  if (tensFirst || !joiner) return null;
  const k = w.indexOf(joiner);
  if (k <= 0) return null;
  const unit = T.numbers[w.slice(0, k)];
  const tens = T.ordinals[w.slice(k + joiner.length)];
  if (unit === undefined || tens === undefined || unit < 1 || unit > 9 || tens < 20) return null;
  return tens + unit;
}
