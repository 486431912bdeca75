/** English figure phrases: digits with comma separators, words, approximations, ranges, vague quantifiers. */
import type { Rng } from './random.js';

const WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 12: 'a dozen' };

export function enDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function dec(x: number): string {
  return x.toFixed(1).replace(/\.0$/, '');
}

function roundish(n: number): number {
  if (n < 20) return n;
  const mag = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
  return Math.round(n / mag) * mag;
}

function scaled(n: number): string {
  return n >= 1e9 ? `${dec(n / 1e9)} billion` : `${dec(n / 1e6)} million`;
}

export function enCount(n: number, rng: Rng): string {
  const r = rng.next();
  if (n <= 10 && n >= 2 && r < 0.5) return WORDS[n]!;
  if (n >= 1e6) return `${rng.pick(['about ', 'more than ', ''])}${scaled(n)}`;
  if (r < 0.55) return enDigits(n);
  if (r < 0.8) return `${rng.pick(['about', 'around', 'more than', 'at least', 'nearly', 'up to', 'some'])} ${enDigits(roundish(n))}`;
  if (r < 0.9 && n >= 10) {
    const lo = roundish(Math.floor(n * 0.85));
    const hi = roundish(Math.ceil(n * 1.15));
    if (lo < hi) return `between ${enDigits(lo)} and ${enDigits(hi)}`;
  }
  if (n >= 24 && n < 100) return 'dozens of';
  if (n >= 200 && n < 1000) return rng.pick(['hundreds of', 'several hundred']);
  if (n >= 2000 && n < 10000) return rng.pick(['thousands of', 'several thousand']);
  if (n >= 20000 && n < 100000) return 'tens of thousands of';
  return enDigits(n);
}

export function enMoney(amount: number, currency: string, rng: Rng): string {
  const approx = rng.pick(['', '', 'about ', 'more than ']);
  if (currency === 'USD') return `${approx}$${scaled(amount)}`;
  return rng.chance(0.5) ? `${approx}€${scaled(amount)}` : `${approx}${scaled(amount)} euros`;
}

export function enPercent(p: number, rng: Rng): string {
  return `${rng.pick(['', '', 'about ', 'nearly '])}${dec(p)}${rng.pick(['%', ' percent', ' per cent'])}`;
}

export function enArea(n: number, unit: string, rng: Rng): string {
  const num = rng.chance(0.2) ? `about ${enDigits(roundish(n))}` : enDigits(n);
  if (unit === 'ha') return `${num} hectares`;
  return `${num} ${rng.pick(['square kilometres', 'square miles', 'km2'])}`;
}
