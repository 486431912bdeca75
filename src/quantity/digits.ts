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

/** Space characters that may group thousands (SPACE_GROUP). */
function isSpaceGroup(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function readDigits(text: string, pos: number, t: NumberTables): DigitFigure | null {
  // Fast path for a plain run of digits ("300 Menschen"), the common case, read without the regex. It is
  // taken only where the regex could match nothing longer: no decimal separator with a digit after the
  // run, and no group separator (or grouping space) after a run of at most 3 digits that 3 digits follow.
  if (isDigit(text.charCodeAt(pos))) {
    let e = pos + 1;
    while (isDigit(text.charCodeAt(e))) e++;
    const c = text.charCodeAt(e);
    const dec = t.decimalSeparator.charCodeAt(0);
    const grp = t.groupSeparator.charCodeAt(0);
    const decimalAfter = c === dec && isDigit(text.charCodeAt(e + 1));
    const groupAfter = (c === grp || isSpaceGroup(c)) && e - pos <= 3 && isDigit(text.charCodeAt(e + 1)) &&
      isDigit(text.charCodeAt(e + 2)) && isDigit(text.charCodeAt(e + 3));
    if (!decimalAfter && !groupAfter) {
      const value = Number(text.slice(pos, e));
      if (!Number.isFinite(value)) return null;
      return { end: e, value, grouped: false, decimal: false, intDigits: e - pos };
    }
  }
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
