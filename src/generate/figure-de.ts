/**
 * German figure phrases: digits with thousands dots, number words, approximations, ranges, vague
 * quantifiers, money, percent and area, in the shapes German news uses them.
 */
import type { Rng } from './random.js';

const WORDS: Record<number, string> = {
  2: 'zwei', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn',
  11: 'elf', 12: 'zwölf', 20: 'zwanzig', 30: 'dreißig', 40: 'vierzig', 50: 'fünfzig', 100: 'hundert',
};

export function deDigits(n: number, rng: Rng | null = null): string {
  const s = String(Math.round(n));
  // four-digit numbers appear both as "1234" and "1.234"
  if (s.length === 4 && rng && rng.chance(0.4)) return s;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function deDecimal(x: number, digits = 1): string {
  const r = x.toFixed(digits).replace(/\.?0+$/, '');
  return r.replace('.', ',');
}

/** round to two significant digits (what "rund" and "mehr als" are followed by) */
function roundish(n: number, mode: 'round' | 'floor' | 'ceil'): number {
  if (n < 20) return n;
  const mag = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
  const f = mode === 'floor' ? Math.floor : mode === 'ceil' ? Math.ceil : Math.round;
  return f(n / mag) * mag;
}

function vague(n: number, rng: Rng): string | null {
  if (n >= 24 && n < 100) return rng.pick(['Dutzende', 'mehrere Dutzend']);
  if (n >= 200 && n < 1000) return rng.pick(['Hunderte', 'mehrere hundert', 'einige hundert']);
  if (n >= 2000 && n < 10000) return rng.pick(['Tausende', 'mehrere tausend', 'mehrere Tausend']);
  if (n >= 20000 && n < 100000) return 'Zehntausende';
  if (n >= 200000 && n < 1000000) return 'Hunderttausende';
  return null;
}

function millions(n: number, rng: Rng): string {
  if (n >= 1e9) return `${deDecimal(n / 1e9)} ${rng.pick(['Milliarden', 'Mrd.'])}`;
  return `${deDecimal(n / 1e6)} ${rng.pick(['Millionen', 'Millionen', 'Mio.'])}`;
}

/** A count of people or things. */
export function deCount(n: number, rng: Rng): string {
  const r = rng.next();
  if (n <= 12 && n >= 2 && r < 0.4) return WORDS[n]!;
  if (n >= 1e6 && r < 0.8) return `${rng.pick(['rund ', 'mehr als ', '', ''])}${millions(n, rng)}`;
  if (r < 0.55) return deDigits(n, rng);
  if (r < 0.75) {
    const [word, mode] = rng.pick([
      ['rund', 'round'], ['etwa', 'round'], ['ungefähr', 'round'], ['ca.', 'round'], ['mehr als', 'floor'],
      ['über', 'floor'], ['mindestens', 'floor'], ['fast', 'ceil'], ['knapp', 'ceil'], ['bis zu', 'ceil'],
    ] as const);
    return `${word} ${deDigits(roundish(n, mode), rng)}`;
  }
  if (r < 0.85 && n >= 10) {
    const lo = roundish(Math.floor(n * 0.85), 'floor');
    const hi = roundish(Math.ceil(n * 1.15), 'ceil');
    if (lo < hi) return rng.chance(0.5) ? `zwischen ${deDigits(lo)} und ${deDigits(hi)}` : `${deDigits(lo)} bis ${deDigits(hi)}`;
  }
  if (r < 0.95) {
    const v = vague(n, rng);
    if (v) return v;
  }
  if (n === 20 || n === 30 || n === 40 || n === 50 || n === 100) return WORDS[n]!;
  return deDigits(n, rng);
}

export function deMoney(amount: number, currency: string, rng: Rng): string {
  const cur = currency === 'EUR' ? rng.pick(['Euro', 'Euro', 'Euro', 'EUR']) : rng.pick(['US-Dollar', 'Dollar', 'Dollar']);
  const approx = rng.pick(['', '', '', 'rund ', 'mehr als ', 'knapp ']);
  if (currency === 'EUR' && rng.chance(0.1)) return `${approx}${millions(amount, rng)} €`;
  return `${approx}${millions(amount, rng)} ${cur}`;
}

export function dePercent(p: number, rng: Rng): string {
  const num = deDecimal(p);
  return `${rng.pick(['', '', '', 'rund ', 'knapp ', 'gut '])}${num}${rng.pick([' Prozent', ' Prozent', ' %', '%'])}`;
}

export function deArea(n: number, unit: string, rng: Rng): string {
  const num = deCount(n, rng);
  if (unit === 'ha') return `${num} Hektar`;
  return `${num} ${rng.pick(['Quadratkilometer', 'Quadratkilometer', 'km²'])}`;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
