import type { NumberTables } from './tables.js';

/** A figure written in digits, read at a position of the text. */
export interface DigitFigure {
  end: number;
  value: number;
  /** integer part had thousands separators ("10.000", "10 000") */
  grouped: boolean;
  /** had a decimal part */
  decimal: boolean;
  /** number of integer digits as written, without separators ("2022" → 4) */
  intDigits: number;
}

const SPACE_GROUP = '[ \\u00a0\\u202f\\u2009]';
const reCache = new WeakMap<NumberTables, RegExp>();

/** One sticky regex per language: grouped with the group separator, grouped with spaces, or plain. */
function digitRe(t: NumberTables): RegExp {
  let re = reCache.get(t);
  if (re) return re;
  const g = t.groupSeparator === '.' ? '\\.' : ',';
  const d = t.decimalSeparator === ',' ? ',' : '\\.';
  const frac = `(?:${d}(\\d+))?`;
  re = new RegExp(
    `(\\d{1,3}(?:${g}\\d{3})+)(?!\\d)${frac}` +
      `|(\\d{1,3}(?:${SPACE_GROUP}\\d{3})+)(?![\\d])${frac}` +
      `|(\\d+)${frac}` +
      `|${d}(\\d+)`,
    'y',
  );
  reCache.set(t, re);
  return re;
}

export function readDigits(text: string, pos: number, t: NumberTables): DigitFigure | null {
  const re = digitRe(t);
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  let intPart: string;
  let fracPart: string | undefined;
  let grouped = false;
  if (m[1] !== undefined) {
    intPart = m[1].replace(/\D/g, '');
    fracPart = m[2];
    grouped = true;
  } else if (m[3] !== undefined) {
    intPart = m[3].replace(/\D/g, '');
    fracPart = m[4];
    grouped = true;
  } else if (m[5] !== undefined) {
    intPart = m[5];
    fracPart = m[6];
  } else {
    intPart = '0';
    fracPart = m[7];
  }
  // A decimal separator must be followed by digits that are not the start of a new group
  // (German "5,6" yes; a trailing comma of an enumeration is not part of the figure).
  const value = Number(`${intPart}${fracPart !== undefined ? '.' + fracPart : ''}`);
  if (!Number.isFinite(value)) return null;
  return { end: pos + m[0].length, value, grouped, decimal: fracPart !== undefined, intDigits: m[7] !== undefined ? 0 : intPart.length };
}

/** Rounds away binary noise from multiplications such as 5.6 × 1e9. */
export function clean(n: number): number {
  if (!Number.isFinite(n) || Number.isSafeInteger(n)) return n;
  return Number(n.toPrecision(15));
}
