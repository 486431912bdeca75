import type { CompiledTables } from './compile.js';
import { Combiner } from './combiner.js';
import { clean, readDigits, type DigitFigure } from './digits.js';
import { wordAtoms } from './number-words.js';
import type { QToken } from './tokens.js';

/**
 * A bare numeral found in the token stream: digits ("1,2 Mio."), words ("drei Millionen"), or both.
 * It carries no context: whether it is a figure, a year or an ordinal is decided by the matcher.
 */
export interface Numeral {
  startTok: number;
  /** exclusive */
  endTok: number;
  start: number;
  end: number;
  value: number;
  /** value of the last scale word applied (1e6 for "Millionen"), 1 if none */
  scale: number;
  /** digits as written when the numeral starts with digits */
  digits: DigitFigure | null;
  /** an article "ein/eine" read as one: only a figure before a unit or standing alone */
  article: boolean;
  /** "keiner": zero only standing alone */
  pronoun: boolean;
  negative: boolean;
  words: boolean;
}

export const DASHES: ReadonlySet<string> = new Set(['-', '−', '–']);

function glued(toks: QToken[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && !t.gapBefore;
}

/** A word glued right before digits makes them part of a name or code (MH17, A320, Covid-19). */
function codeBefore(toks: QToken[], i: number): boolean {
  if (i === 0 || toks[i]!.gapBefore) return false;
  const p = toks[i - 1]!;
  if (p.kind === 'word' || p.kind === 'digits') return true;
  if ((p.text === '-' || p.text === '/') && i >= 2 && !p.gapBefore && (toks[i - 2]!.kind === 'word')) return true;
  return false;
}

export interface NumeralReadOptions {
  /** token index where the analysed range begins ("- 5" with a space is negative only there) */
  rangeStartTok: number;
}

export function readNumeral(text: string, toks: QToken[], i: number, t: CompiledTables, opts: NumeralReadOptions): Numeral | null {
  let k = i;
  let negative = false;
  const tok = toks[k];
  if (!tok) return null;
  // Negative sign: "-5", "−5"; "- 5" only at the start of the text (Duckling writes it so; mid-text a
  // spaced hyphen is a dash).
  if (tok.kind === 'symbol' && DASHES.has(tok.text) && tok.text !== '–') {
    const next = toks[k + 1];
    const prev = toks[k - 1];
    const prevOk = !prev || tok.gapBefore || prev.text === '(';
    if (next && prevOk && (next.kind === 'digits' || (next.text === t.raw.decimalSeparator && glued(toks, k + 2))) && (!next.gapBefore || k === opts.rangeStartTok)) {
      negative = true;
      k++;
    } else return null;
  } else if (tok.kind === 'word' && t.negativeWords.has(tok.norm)) {
    const inner = readNumeral(text, toks, k + 1, t, opts);
    if (!inner || inner.negative || inner.article || inner.pronoun) return null;
    return { ...inner, startTok: i, start: tok.start, value: -inner.value, negative: true };
  }
  const first = toks[k]!;
  if (!first) return null;
  const comb = new Combiner(t.combinerOptions);
  let digits: DigitFigure | null = null;
  let article = false;
  let pronoun = false;
  let words = false;
  let j: number;
  let scale = 1;

  if (first.kind === 'word' && t.decimalWords.has(first.norm) && toks[k + 1]?.kind === 'digits' && !negative) {
    // "point 77": a decimal with no integer part
    const d = toks[k + 1]!;
    comb.accept({ kind: 'literal', value: Number(`0.${d.text}`) });
    j = k + 2;
  } else if (first.kind === 'digits' || (first.text === t.raw.decimalSeparator && (first.gapBefore || k === 0 || negative) && toks[k + 1]?.kind === 'digits' && glued(toks, k + 1))) {
    if (first.kind === 'digits' && codeBefore(toks, k)) return null;
    digits = readDigits(text, first.start, t.raw);
    if (!digits) return null;
    j = k;
    while (j < toks.length && toks[j]!.start < digits.end) j++;
    let value = digits.value;
    // 100K, 3M, 1,2M: a multiplier letter glued to the digits, not followed by more letters or a hyphen
    const suf = toks[j];
    const sufMul = suf && suf.kind === 'word' && !suf.gapBefore
      ? (t.raw.suffixMultipliers[suf.text] ?? (t.unitsBefore.matchEndingAt(toks, k, 3) ? t.raw.moneySuffixMultipliers[suf.text] : undefined))
      : undefined;
    if (sufMul !== undefined) {
      const after = toks[j + 1];
      if (!after || after.gapBefore || (after.kind === 'symbol' && after.text !== '-')) {
        const mul = sufMul;
        value = clean(value * mul);
        scale = mul;
        j++;
      }
    }
    // "1/5": a fraction when the numerator is smaller ("24/7" and "2022/23" are not) and the
    // denominator is a common one, or a unit follows ("5/16 Zoll"); "9/11" is a name, not 0.818
    const slash = toks[j];
    const den = toks[j + 1];
    if (!digits.grouped && !digits.decimal && scale === 1 && slash?.text === '/' && !slash.gapBefore && den?.kind === 'digits' && !den.gapBefore && toks[j + 2]?.text !== '/') {
      const d = Number(den.text);
      // a pair that could be month/day ("9/11", "3/15") needs a common denominator or a unit after it
      const dateShaped = digits.value >= 1 && digits.value <= 12 && d <= 31;
      const common = !dateShaped || t.fractionDenominators.has(d) || t.unitsAfter.matchAt(toks, j + 2) !== null;
      if (d > 0 && digits.value < d && common && !(toks[j + 2] && !toks[j + 2]!.gapBefore && toks[j + 2]!.kind !== 'symbol')) {
        value = clean(digits.value / d);
        j += 2;
      }
    }
    comb.accept({ kind: 'literal', value });
  } else if (first.kind === 'word') {
    const spoken = t.raw.impliedHundreds && !negative ? impliedHundreds(toks, k, t) : null;
    if (spoken) {
      return { startTok: i, endTok: spoken.end, start: toks[i]!.start, end: toks[spoken.end - 1]!.end, value: spoken.value, scale: 1, digits: null, article: false, pronoun: false, negative: false, words: true };
    }
    if (t.articleOne.has(first.norm)) {
      article = true;
      comb.accept({ kind: 'unit', value: 1 });
      j = k + 1;
    } else if (t.pronounZero.has(first.norm)) {
      pronoun = true;
      comb.accept({ kind: 'zero', value: 0 });
      j = k + 1;
    } else {
      const atoms = wordAtoms(first.norm, t);
      if (!atoms) return null;
      if (atoms.length === 1 && atoms[0]!.kind === 'scale' && !t.standaloneScales.has(first.norm)) return null;
      for (const a of atoms) if (!comb.accept(a)) return null;
      if (!comb.complete()) return null;
      words = true;
      j = k + 1;
    }
  } else if (t.raw.fractionChars[first.text] !== undefined) {
    comb.accept({ kind: 'literal', value: t.raw.fractionChars[first.text]! });
    j = k + 1;
    words = false;
  } else return null;

  // Continue over following words: more number words, scale words, fractions, "und"/"and", "Komma".
  let best = { comb: comb.clone(), end: j, scale };
  let decimalDone = false;
  let extra: number | null = null;
  while (j < toks.length) {
    const w = toks[j]!;
    // words join across spaces; a hyphen glued on both sides joins too ("twenty-one")
    let wi = j;
    if (w.kind === 'symbol' && w.text === '-' && !w.gapBefore && glued(toks, j + 1) && toks[j + 1]!.kind === 'word') wi = j + 1;
    const cur = toks[wi]!;
    if (cur.kind !== 'word') break;
    if (t.decimalWords.has(cur.norm) && !decimalDone && best.comb.complete() && best.scale === 1) {
      const frac = readDecimalTail(toks, wi + 1, t);
      if (!frac) break;
      extra = frac.value;
      decimalDone = true;
      const c2 = best.comb.clone();
      best = { comb: c2, end: frac.end, scale: best.scale };
      j = frac.end;
      continue;
    }
    const atoms = t.joiners.has(cur.norm)
      ? [{ kind: 'joiner' as const, value: 0 }]
      : (wordAtoms(cur.norm, t) ?? null);
    if (!atoms) break;
    let ok = true;
    let localScale = best.scale;
    const trial = (wi === j ? comb : comb).clone();
    for (const a of atoms) {
      if (!trial.accept(a)) { ok = false; break; }
      if (a.kind === 'scale') localScale = a.value;
    }
    if (!ok) break;
    // a decimal tail applies before the scale word: "two point two million"
    if (extra !== null && atoms.some((a) => a.kind === 'scale')) {
      // handled after the loop by scaling the decimal part too
    }
    comb.copyFrom(trial);
    j = wi + 1;
    // "Mio." / "Mrd.": the abbreviation's full stop belongs to it
    if (atoms.length === 1 && atoms[0]!.kind === 'scale' && toks[j]?.text === '.' && !toks[j]!.gapBefore && t.raw.scaleWords[`${cur.norm}.`] !== undefined) j++;
    if (comb.complete()) best = { comb: comb.clone(), end: j, scale: localScale };
    if (atoms.some((a) => a.kind !== 'joiner')) words = true;
  }
  let value = best.comb.value();
  if (extra !== null) {
    // the decimal tail was read before any scale word; a later scale multiplies the whole
    const whole = best.scale !== 1 && decimalDone ? clean((value / best.scale + extra) * best.scale) : value + extra;
    value = clean(whole);
  }
  if (best.comb.atoms === 1 && article && best.end === k + 1) {
    // bare article: the matcher decides
  } else if (article) article = false;
  if (pronoun && best.end !== k + 1) return null;
  const end = toks[best.end - 1]!.end;
  return {
    startTok: i,
    endTok: best.end,
    start: toks[i]!.start,
    end,
    value: clean(negative ? -value : value),
    scale: best.scale,
    digits,
    article,
    pronoun,
    negative,
    words,
  };
}

/** The single atom of a word that is one unit/teen/tens word, or null. */
function soleAtom(tok: QToken | undefined, t: CompiledTables) {
  if (!tok || tok.kind !== 'word') return null;
  const atoms = wordAtoms(tok.norm, t);
  return atoms && atoms.length === 1 ? atoms[0]! : null;
}

/**
 * Spoken English "one twenty two" = 122: unit, tens, unit with the hundred left out (Duckling reads it
 * so). All three words must be there ("one thirty" may be a clock reading), the tens and unit written
 * apart or hyphenated, and no more number words or a hyphenated noun may follow.
 */
function impliedHundreds(toks: QToken[], k: number, t: CompiledTables): { value: number; end: number } | null {
  const a = soleAtom(toks[k], t);
  if (!a || a.kind !== 'unit') return null;
  const b = soleAtom(toks[k + 1], t);
  if (!b || b.kind !== 'tens' || !toks[k + 1]!.gapBefore) return null;
  const hyphen = toks[k + 2]?.text === '-' && !toks[k + 2]!.gapBefore && glued(toks, k + 3);
  const ci = hyphen ? k + 3 : k + 2;
  const c = soleAtom(toks[ci], t);
  if (!c || c.kind !== 'unit' || (!hyphen && !toks[ci]!.gapBefore)) return null;
  const next = toks[ci + 1];
  if (next && (soleAtom(next, t) || t.scales.has(next.norm) || (next.text === '-' && !next.gapBefore))) return null;
  return { value: a.value * 100 + b.value + c.value, end: ci + 1 };
}

/** The part after "Komma"/"point": digits or a number word, read as decimal places ("fünfzehn" → .15). */
function readDecimalTail(toks: QToken[], i: number, t: CompiledTables): { value: number; end: number } | null {
  const tok = toks[i];
  if (!tok) return null;
  if (tok.kind === 'digits') return { value: Number(`0.${tok.text}`), end: i + 1 };
  if (tok.kind !== 'word') return null;
  const atoms = wordAtoms(tok.norm, t);
  if (!atoms) return null;
  const c = new Combiner(t.combinerOptions);
  for (const a of atoms) if (a.kind === 'scale' || !c.accept(a)) return null;
  let end = i + 1;
  // English reads decimals digit by digit ("point seven seven"); keep single digits coming
  let digitsStr = String(c.value());
  while (atoms.length === 1 && atoms[0]!.kind === 'unit' && toks[end]?.kind === 'word') {
    const more = wordAtoms(toks[end]!.norm, t);
    if (!more || more.length !== 1 || (more[0]!.kind !== 'unit' && more[0]!.kind !== 'zero')) break;
    digitsStr += String(more[0]!.value);
    end++;
  }
  return { value: Number(`0.${digitsStr}`), end };
}
