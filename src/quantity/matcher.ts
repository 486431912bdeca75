import type { NumberKind } from '../core/quantity.js';
import type { CompiledTables, StartFilter } from './compile.js';
import type { BoundEffect, UnitEntry } from './tables.js';
import { readNumeral, type Numeral } from './numeral.js';
import { ordinalWordValue } from './ordinal-words.js';
import type { QuantityShape } from './resolve.js';
import { isCapitalized, type QToken } from './tokens.js';
import { clean } from './digits.js';
import { fold } from './fold.js';
import { wordAtoms } from './number-words.js';
import { DASHES } from './numeral.js';

/** One match: a span of tokens, its kind, the rule, and the shape the resolver turns into a value. */
export interface Match {
  kind: NumberKind;
  startTok: number;
  endTok: number;
  rule: string;
  shape: QuantityShape;
}

interface Ctx {
  text: string;
  toks: QToken[];
  t: CompiledTables;
  /** tokens before this index belong to earlier matches */
  lower: number;
  rangeStartTok: number;
  /**
   * The last unitAfter answer (a pure function of the token index): classify, isYear, isSurname and quantity
   * all ask it for the token after the same figure.
   */
  unitAt: number;
  unit: { entry: UnitEntry; end: number } | null;
}

const STOPS = new Set(['.', '!', '?', ';', ':', '…', ')', '"', '“', '”', '»', '«', "'"]);
const DATE_RES = [
  /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])/y,
  /\d{4}-\d{2}-\d{2}(?!\d)/y,
  /\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/y,
];
const CLOCK_COLON = /(\d{1,2}):(\d{2})(?!\d)/y;
const CLOCK_DOT = /(\d{1,2})\.(\d{2})(?=\s*uhr\b)/iy;
const CLOCKS = [CLOCK_COLON, CLOCK_DOT];
/**
 * What each pattern needs at its start, checked before running it: the longest digit run it allows (DATE_RES[1]
 * needs exactly 4) and the character right after the run. Clocks allow 1-2 digits.
 */
const DATE_SHAPES: [number, number][] = [[2, 0x2e], [4, 0x2d], [2, 0x2f]];
const CLOCK_SEPS = [0x3a, 0x2e];

function point(n: number, unit: string | null = null): QuantityShape {
  return { low: n, high: null, bound: null, vague: false, unit };
}

function tokenIndexAt(toks: QToken[], from: number, offset: number): number {
  let j = from;
  while (j < toks.length && toks[j]!.start < offset) j++;
  return j;
}

/**
 * Whether a token can start a match at all: a word that is a number word, an ordinal, a vague quantifier,
 * an article, a sign word ...; any digits; and of the symbols only those readNumeral starts on (a minus
 * sign, a decimal separator, a fraction character). Every other symbol (".", ",", ":", "/") used to go
 * through readNumeral only to be refused. The verdict for a word is kept in its spelling's memo entry,
 * so that the common words of a text are dismissed with one lookup made by the tokenizer.
 */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function canStart(tok: QToken, t: CompiledTables): boolean {
  if (tok.kind === 'digits') return true;
  if (tok.kind === 'symbol') {
    const s = tok.text;
    return (DASHES.has(s) && s !== '–') || s === t.raw.decimalSeparator || t.raw.fractionChars[s] !== undefined;
  }
  if (tok.end - tok.start > t.startFilter.minLen && filterRejects(t.startFilter, tok.codeAt(0), tok.codeAt(1))) return false;
  const info = tok.info;
  const own = info !== null && info.memo === t.words;
  if (own && info.canStart !== undefined) return info.canStart;
  const ok = wordCanStart(tok.norm, t);
  if (own) info.canStart = ok;
  return ok;
}

/** Whether the first two letters a, b of a word longer than `minLen` rule it out (see StartFilter). */
export function filterRejects(f: StartFilter, a: number, b: number): boolean {
  return a < 128 && b < 128 && f.pairs[lowerAscii(a) * 128 + lowerAscii(b)] === 0;
}

/** The full answer for a folded word: a number word, an ordinal, a vague quantifier, an article ... */
export function wordCanStart(n: string, t: CompiledTables): boolean {
  return t.vague.startsWith(n) || t.wordAtoms.has(n) || t.articleOne.has(n) || t.pronounZero.has(n) ||
    t.negativeWords.has(n) || t.decimalWords.has(n) || wordAtoms(n, t) !== null || ordinalWordValue(n, t) !== null;
}

/** Tokens the matcher must not start on (inside URLs and e-mail addresses); asked in token order. */
export interface TokenSkip {
  skip(tok: QToken): boolean;
}

/**
 * Finds all matches in order, left to right, never overlapping. The tokens come from
 * qtokenize(text, from, to, t.words), so that their memo entries belong to these tables.
 */
export function findMatches(text: string, toks: QToken[], t: CompiledTables, skip: TokenSkip | null): Match[] {
  const out: Match[] = [];
  const ctx: Ctx = { text, toks, t, lower: 0, rangeStartTok: 0, unitAt: -1, unit: null };
  let i = 0;
  while (i < toks.length) {
    if (!canStart(toks[i]!, t) || (skip !== null && skip.skip(toks[i]!))) { i++; continue; }
    const m = matchAt(ctx, i);
    if (m && m.endTok > i) {
      out.push(m);
      i = m.endTok;
      ctx.lower = i;
    } else i++;
  }
  return out;
}

function matchAt(ctx: Ctx, i: number): Match | null {
  const { toks, t } = ctx;
  const tok = toks[i]!;
  if (tok.kind === 'digits') {
    const special = dateOrClock(ctx, i);
    if (special) return special;
  }
  if (tok.kind === 'word') {
    const vague = matchVague(ctx, i);
    if (vague) return vague;
    const ord = ordinalWordValue(tok.norm, t);
    if (ord !== null && !t.wordAtoms.has(tok.norm)) {
      return { kind: 'ordinal', startTok: i, endTok: i + 1, rule: 'ordinal-word', shape: point(ord) };
    }
  }
  const n = readNumeral(ctx.text, toks, i, t, { rangeStartTok: ctx.rangeStartTok });
  if (!n) return null;
  return classify(ctx, n);
}

function dateOrClock(ctx: Ctx, i: number): Match | null {
  const { text, toks, t } = ctx;
  const tok = toks[i]!;
  if (i > 0 && !tok.gapBefore && toks[i - 1]!.kind === 'word') return null;
  // Every pattern below is 1-2 or 4 digits and then one of . - / : right after them: most figures
  // ("300 Menschen", "1.000") are dismissed here without trying five regexes.
  // (the run is measured in the text: the regexes read past the end of a range cutting through digits)
  let e = tok.end;
  while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  const len = e - tok.start;
  const sep = text.charCodeAt(e);
  if (len === 3 || len > 4 || (sep !== 0x2e && sep !== 0x2d && sep !== 0x2f && sep !== 0x3a)) return null;
  for (let k = 0; k < DATE_RES.length; k++) {
    if (k === 0 && !t.raw.dotOrdinals) continue;
    if (len > DATE_SHAPES[k]![0] || (len < DATE_SHAPES[k]![0] && k === 1) || sep !== DATE_SHAPES[k]![1]) continue;
    const re = DATE_RES[k]!;
    re.lastIndex = tok.start;
    const m = re.exec(text);
    if (!m) continue;
    if (k === 0) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      if (!m[3] && /\d/.test(text[re.lastIndex] ?? '')) continue;
    }
    const end = tokenIndexAt(toks, i, re.lastIndex);
    return { kind: 'date', startTok: i, endTok: end, rule: 'date-digits', shape: point(Number(m[1] ?? 0)) };
  }
  if (len > 2) return null;
  for (let k = 0; k < CLOCKS.length; k++) {
    if (sep !== CLOCK_SEPS[k]) continue;
    const re = CLOCKS[k]!;
    re.lastIndex = tok.start;
    const m = re.exec(text);
    if (!m) continue;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59) continue;
    let end = tokenIndexAt(toks, i, re.lastIndex);
    const word = t.clock.matchAt(toks, end);
    if (word) end = word.end;
    return { kind: 'clock', startTok: i, endTok: end, rule: 'clock-digits', shape: point(h + min / 60) };
  }
  return null;
}

/** "mehrere hundert", "Dutzende", "Tausende", "ein paar Millionen Euro": ranges from the table. */
function matchVague(ctx: Ctx, i: number): Match | null {
  const { toks, t } = ctx;
  const v = t.vague.matchAt(toks, i);
  if (!v) return null;
  let end = v.end;
  let min = v.value.min;
  let max = v.value.max;
  if (v.value.scalable) {
    const next = toks[end];
    if (next && next.kind === 'word') {
      const s = t.scales.get(next.norm) ?? (t.raw.hundredWords.map((h) => h).some((h) => h === next.norm) ? 100 : undefined);
      const atom = t.wordAtoms.get(next.norm);
      const scale = s ?? (atom?.kind === 'hundred' ? 100 : undefined);
      if (scale !== undefined && scale > 12) {
        min = min * scale;
        max = (max + 1) * scale - 1;
        end++;
        // "Hunderte Millionen": a second scale word multiplies again
        const next2 = toks[end];
        const s2 = next2 ? t.scales.get(next2.norm) : undefined;
        if (s2 !== undefined && s2 > scale) {
          min *= s2;
          max = (max + 1) * s2 - 1;
          end++;
        }
      } else if (scale === 12) {
        // "mehrere Dutzend": 12 each
        min *= 12;
        max = (max + 1) * 12 - 1;
        end++;
      }
    }
  } else {
    // bare "Millionen" right after a numeral is never here (the numeral took it); it must not be
    // a word glued to a hyphen either ("Millionen-Deal" is still vague, fine)
  }
  // Vague scale words of their own may still take a scale: "Hunderte Millionen"
  if (!v.value.scalable) {
    // nothing
  } else if (end === v.end) {
    const s2 = toks[end] ? t.scales.get(toks[end]!.norm) : undefined;
    if (s2 !== undefined && s2 >= 1e6) {
      min *= s2;
      max = (max + 1) * s2 - 1;
      end++;
    }
  }
  const shape: QuantityShape = { low: min, high: max, bound: null, vague: true, unit: null };
  let startTok = i;
  const unit = unitAfter(ctx, end);
  if (unit) {
    shape.unit = unit.entry.unit;
    end = unit.end;
  }
  const bound = boundBefore(ctx, startTok);
  if (bound) {
    shape.bound = bound.effect;
    startTok = bound.start;
  }
  return { kind: 'quantity', startTok, endTok: end, rule: 'vague', shape };
}

function unitAfter(ctx: Ctx, j: number): { entry: UnitEntry; end: number } | null {
  if (ctx.unitAt !== j) {
    ctx.unit = readUnitAfter(ctx, j);
    ctx.unitAt = j;
  }
  return ctx.unit;
}

function readUnitAfter(ctx: Ctx, j: number): { entry: UnitEntry; end: number } | null {
  const { toks, t } = ctx;
  let k = j;
  // "siebenhundert-Euro"
  if (toks[k]?.text === '-' && !toks[k]!.gapBefore && toks[k + 1] && !toks[k + 1]!.gapBefore) k++;
  const m = t.unitsAfter.matchAt(toks, k);
  if (!m) return null;
  // a unit word must end there: "Euro-Zone" is a compound noun, not money
  const after = toks[m.end];
  if (after && !after.gapBefore && after.kind === 'word') return null;
  if (after && !after.gapBefore && after.text === '-' && toks[m.end + 1]?.kind === 'word' && !toks[m.end + 1]!.gapBefore) return null;
  return { entry: m.value, end: m.end };
}

function boundBefore(ctx: Ctx, startTok: number): { effect: BoundEffect; start: number; phrase: string } | null {
  const m = ctx.t.approximators.matchEndingAt(ctx.toks, startTok, 4, ctx.lower);
  if (!m) return null;
  const phrase = fold(m.value.phrase);
  if (ctx.t.amountPrepositions.has(phrase) && afterAmountNoun(ctx, m.start)) return null;
  return { effect: m.value.effect, start: m.start, phrase };
}

/** "ein Kredit über 1 Mio.": the word before the preposition names a sum, so "über" means "amounting to". */
function afterAmountNoun(ctx: Ctx, prepTok: number): boolean {
  const noun = prepTok > ctx.lower ? ctx.toks[prepTok - 1] : undefined;
  if (!noun || noun.kind !== 'word' || !isCapitalized(noun)) return false;
  const n = noun.norm;
  return ctx.t.amountNouns.some((end) => n.endsWith(end));
}

function isStandalone(ctx: Ctx, end: number): boolean {
  const next = ctx.toks[end];
  return !next || (next.kind === 'symbol' && STOPS.has(next.text) && next.text !== ')');
}

function classify(ctx: Ctx, n: Numeral): Match | null {
  const { toks, t } = ctx;
  // "ein"/"eine" and "keiner": figures only before a unit or standing alone (otherwise articles)
  if (n.article || n.pronoun) {
    // "einen Euro", "ein Prozent": only a unit written as a word ("a $20m" is no "one dollar")
    const unitRaw = n.article ? unitAfter(ctx, n.endTok) : null;
    const unit = unitRaw && toks[unitRaw.end - 1]!.kind === 'word' ? unitRaw : null;
    if (unit) return quantity(ctx, n, unit);
    const dur = n.article ? t.durations.matchAt(toks, n.endTok) : null;
    if (dur && !isCapitalized(toks[n.startTok])) return null; // "eine Woche": the time engine's business
    const standaloneOk = n.pronoun || t.pronounOne.has(toks[n.startTok]!.norm);
    if (standaloneOk && isStandalone(ctx, n.endTok)) {
      return { kind: 'quantity', startTok: n.startTok, endTok: n.endTok, rule: n.article ? 'one-standalone' : 'zero-pronoun', shape: point(n.value) };
    }
    if (n.article) return articleCounted(ctx, n);
    return null;
  }
  if (isSurname(ctx, n)) return null;
  const next = toks[n.endTok];
  // digits with letters glued on that are no unit or multiplier: "3D", "5G-Netz", "10er"
  if (n.digits && next && !next.gapBefore && next.kind === 'word' && !unitAfter(ctx, n.endTok) && !t.raw.digitOrdinalSuffixes.includes(next.norm)) {
    return { kind: 'article', startTok: n.startTok, endTok: n.endTok + 1, rule: 'code', shape: point(n.value) };
  }
  const ref = t.references.matchEndingAt(toks, n.startTok, 3, ctx.lower);
  if (ref && !n.negative) {
    return { kind: 'article', startTok: n.startTok, endTok: n.endTok, rule: 'reference-number', shape: point(n.value) };
  }
  const age = ageAround(ctx, n);
  if (age) return age;
  if (n.digits && !n.words) {
    const slashed = slashPair(ctx, n);
    if (slashed) return slashed;
    const dotted = dotReading(ctx, n);
    if (dotted) return dotted;
    if (next && !next.gapBefore && t.raw.digitOrdinalSuffixes.includes(next.norm)) {
      return { kind: 'ordinal', startTok: n.startTok, endTok: n.endTok + 1, rule: 'ordinal-digits', shape: point(n.value) };
    }
    if (isYear(ctx, n) && !countRange(ctx, n)) return { kind: 'year', startTok: n.startTok, endTok: n.endTok, rule: 'year', shape: point(n.value) };
  }
  const clock = t.clock.matchAt(toks, n.endTok);
  if (clock && Number.isInteger(n.value) && n.value >= 0 && n.value <= 24) {
    return { kind: 'clock', startTok: n.startTok, endTok: clock.end, rule: 'clock-hour', shape: point(n.value) };
  }
  return quantity(ctx, n, null);
}

/**
 * An article counts as the number one where the text counts: after a bound of a count ("mindestens ein
 * Toter" ≥ 1) or as the first figure of a range ("ein bis zwei Tage", "zwischen einem und drei").
 */
function articleCounted(ctx: Ctx, n: Numeral): Match | null {
  const { toks, t } = ctx;
  const bound = boundBefore(ctx, n.startTok);
  if (bound && t.articleBounds.has(bound.phrase)) {
    const next = toks[n.endTok];
    // "mehr als ein Jahr" is a duration (the time engine's); the article must stand before a noun or adjective
    if (next && next.kind === 'word' && !t.durations.matchAt(toks, n.endTok)) {
      return { kind: 'quantity', startTok: bound.start, endTok: n.endTok, rule: 'one-bounded', shape: { ...point(1), bound: bound.effect } };
    }
    return null;
  }
  const infix = toks[n.endTok];
  const prev = n.startTok > ctx.lower ? toks[n.startTok - 1] : undefined;
  const opens = prev && prev.kind === 'word' && t.rangeOpeners.get(prev.norm) === infix?.norm;
  if (!infix || infix.kind !== 'word' || !(opens || t.rangeInfixes.matchAt(toks, n.endTok))) return null;
  const m = quantity(ctx, { ...n, article: false }, null);
  return m && m.rule.startsWith('range') ? m : null;
}

/**
 * "Claudia Tausend wuchs ...": a capitalised scale word right after a capitalised name-like word, with
 * no noun after it, is a surname. (The numeral is written "tausend"; capitalised it starts a sentence,
 * follows a bound or a determiner, or stands before its noun: "Rund Tausend Menschen".)
 */
function isSurname(ctx: Ctx, n: Numeral): boolean {
  const { toks, t } = ctx;
  const tok = toks[n.startTok]!;
  if (!t.raw.nounsCapitalized || n.digits || n.endTok !== n.startTok + 1 || !isCapitalized(tok) || !t.standaloneScales.has(tok.norm)) return false;
  const prev = n.startTok > ctx.lower ? toks[n.startTok - 1] : undefined;
  if (!prev || prev.kind !== 'word' || !isCapitalized(prev)) return false;
  if (t.sentenceStarts.has(prev.text) || t.ordinalDeterminers.has(prev.norm) || wordAtoms(prev.norm, t) || t.vague.startsWith(prev.norm)) return false;
  if (boundBefore(ctx, n.startTok)) return false;
  const next = toks[n.endTok];
  if (next && next.kind === 'word' && isCapitalized(next)) return false;
  return unitAfter(ctx, n.endTok) === null;
}

/**
 * "9/11", "24/7", "2022/23": two numbers joined by a slash that the numeral reader did not take as a
 * fraction are one span, and no figure.
 */
function slashPair(ctx: Ctx, n: Numeral): Match | null {
  const { toks } = ctx;
  const slash = toks[n.endTok];
  const den = toks[n.endTok + 1];
  if (!slash || slash.text !== '/' || slash.gapBefore || !den || den.kind !== 'digits' || den.gapBefore) return null;
  const d = n.digits!;
  const year = !d.grouped && !d.decimal && d.intDigits === 4 && n.value >= 1900 && n.value <= 2100 && (den.text.length === 2 || den.text.length === 4);
  return { kind: year ? 'year' : 'article', startTok: n.startTok, endTok: n.endTok + 2, rule: year ? 'year-span' : 'slash-number', shape: point(n.value) };
}

/** "im Alter von 45 Jahren", "45-jährige", "45 Jahre alt" */
function ageAround(ctx: Ctx, n: Numeral): Match | null {
  const { toks, t } = ctx;
  const suffix = t.ageSuffixes.matchAt(toks, n.endTok);
  if (suffix) return { kind: 'age', startTok: n.startTok, endTok: suffix.end, rule: 'age-suffix', shape: point(n.value, 'year') };
  const prefix = t.agePrefixes.matchEndingAt(toks, n.startTok, 4, ctx.lower);
  if (!prefix) return null;
  const dur = t.durations.matchAt(toks, n.endTok);
  const years = dur && dur.value === 'year';
  if (!years && prefix.start === n.startTok - 1) return null; // "mit 300 Soldaten" is no age
  return { kind: 'age', startTok: n.startTok, endTok: years ? dur.end : n.endTok, rule: 'age-prefix', shape: point(n.value, 'year') };
}

function ordinalDot(n: Numeral): Match {
  return { kind: 'ordinal', startTok: n.startTok, endTok: n.endTok + 1, rule: 'ordinal-dot', shape: point(n.value) };
}

/** German "3." — a date ("20. Januar"), an ordinal ("die 3. Armee") or a figure ending a sentence. */
function dotReading(ctx: Ctx, n: Numeral): Match | null {
  const { toks, t } = ctx;
  if (!t.raw.dotOrdinals || !n.digits || n.digits.grouped || n.digits.decimal || n.negative) return null;
  const dot = toks[n.endTok];
  if (!dot || dot.text !== '.' || dot.gapBefore) return null;
  if (n.digits.intDigits > 3) return null;
  const after = toks[n.endTok + 1];
  if (after && after.kind === 'word' && t.months.has(after.norm)) {
    let end = n.endTok + 2;
    if (toks[end]?.text === '.' && !toks[end]!.gapBefore) end++;
    const year = toks[end];
    if (year && year.kind === 'digits' && year.text.length === 4) end++;
    return { kind: 'date', startTok: n.startTok, endTok: end, rule: 'date-day-month', shape: point(n.value) };
  }
  const prev = n.startTok > 0 ? toks[n.startTok - 1] : undefined;
  const ord = ordinalDot;
  if (prev && prev.kind === 'word' && t.ordinalDeterminers.has(prev.norm)) {
    // "stieg auf 3." ends a sentence with a figure; "auf 3. Stelle", "der 3." are ordinals
    const endsSentence = !after || (after.kind === 'symbol' && STOPS.has(after.text)) || (after.kind === 'word' && t.sentenceStarts.has(after.text));
    if (!(endsSentence && t.cardinalPrepositions.has(prev.norm))) return ord(n);
  }
  if (!after) return null;
  if (after.kind === 'word') {
    if (!isCapitalized(after)) return ord(n);
    if (t.sentenceStarts.has(after.text)) return null;
    return ord(n);
  }
  return null;
}

/**
 * "zwischen 2000 und 2500 Menschen", "2000 bis 3000 Soldaten": a year-shaped number opening a range is a count
 * when the other end is no year (2500) or a counted noun follows the range ("zwischen 1950 und 2010 Tote").
 * "zwischen 2000 und 2020", "von 1990 bis 2010" stay years.
 */
function countRange(ctx: Ctx, n: Numeral): boolean {
  const { toks, t } = ctx;
  const prev = n.startTok > ctx.lower ? toks[n.startTok - 1] : undefined;
  const mid = prev && prev.kind === 'word' ? t.rangeOpeners.get(prev.norm) : undefined;
  let k: number | null = null;
  if (mid && toks[n.endTok]?.norm === mid) k = n.endTok + 1;
  else {
    const inf = t.rangeInfixes.matchAt(toks, n.endTok);
    if (inf) k = inf.end;
  }
  if (k === null) return false;
  const b = readNumeral(ctx.text, toks, k, t, { rangeStartTok: -1 });
  if (!b || b.article || b.pronoun || b.negative || !b.digits) return false;
  const bd = b.digits;
  const bYear = !bd.grouped && !bd.decimal && bd.intDigits === 4 && b.value >= 1900 && b.value <= 2100 && b.scale === 1;
  if (!bYear) return b.value > n.value;
  if (unitAfter(ctx, b.endTok)) return true;
  const next = toks[b.endTok];
  if (!next || next.kind !== 'word') return false;
  if (t.raw.nounsCapitalized) return isCapitalized(next) && !t.sentenceStarts.has(next.text) && !t.months.has(next.norm);
  return /^[a-z]+s$/.test(next.text) && next.text.length > 3;
}

function isYear(ctx: Ctx, n: Numeral): boolean {
  const { toks, t } = ctx;
  const d = n.digits!;
  if (d.grouped || d.decimal || d.intDigits !== 4 || n.negative || n.scale !== 1 || n.endTok !== n.startTok + 1) return false;
  if (n.value < 1900 || n.value > 2100) return false;
  const prev = n.startTok > ctx.lower ? toks[n.startTok - 1] : undefined;
  if (prev && prev.kind === 'word' && (t.yearContext.has(prev.norm) || t.months.has(prev.norm))) return true;
  if (boundBefore(ctx, n.startTok)) return false;
  if (unitAfter(ctx, n.endTok) || t.durations.matchAt(toks, n.endTok)) return false;
  const next = toks[n.endTok];
  if (next && next.kind === 'word' && !next.gapBefore) return false;
  if (next && next.kind === 'word') {
    if (t.raw.nounsCapitalized) {
      if (isCapitalized(next) && !t.sentenceStarts.has(next.text) && !t.months.has(next.norm)) return false;
    } else if (/^[a-z]+s$/.test(next.text) && next.text.length > 3) return false;
  }
  return true;
}

function yearish(x: Numeral): boolean {
  return x.digits !== null && !x.digits.grouped && x.digits.intDigits === 4 && x.value >= 1900 && x.value <= 2100;
}

/** A figure: add currency prefix, unit, range, subunit, restatement, bounds around it. */
function quantity(ctx: Ctx, n: Numeral, unitIn: { entry: UnitEntry; end: number } | null): Match | null {
  const { toks, t } = ctx;
  let startTok = n.startTok;
  let endTok = n.endTok;
  let low = n.value;
  let high: number | null = null;
  let unit: string | null = null;
  let rule = n.digits ? 'figure-digits' : 'figure-words';
  let kind: NumberKind = 'quantity';

  const prefix = t.unitsBefore.matchEndingAt(toks, startTok, 3, ctx.lower);
  if (prefix) {
    unit = prefix.value.unit;
    startTok = prefix.start;
    // "$5.6bn": money prefixes allow the English money multipliers glued to the digits
  }
  const after = unitIn ?? unitAfter(ctx, endTok);
  if (after) {
    unit = after.entry.unit;
    endTok = after.end;
    if (after.entry.factor) low = clean(low * after.entry.factor);
  }
  const dur = !after ? t.durations.matchAt(toks, endTok) : null;
  if (dur && !n.article) {
    kind = 'duration';
    unit = dur.value;
    endTok = dur.end;
    rule = 'duration';
  }

  // ranges: "10.000 bis 12.000", "10.000–12.000", "zwischen 10.000 und 12.000"
  let opener: number | null = null;
  const prevTok = startTok > ctx.lower ? toks[startTok - 1] : undefined;
  const mid = prevTok && prevTok.kind === 'word' ? t.rangeOpeners.get(prevTok.norm) : undefined;
  let rangeEnd: number | null = null;
  if (kind === 'quantity' || kind === 'duration') {
    const k = endTok;
    let infixEnd: number | null = null;
    if (mid && toks[k]?.norm === mid) {
      infixEnd = k + 1;
      opener = startTok - 1;
    } else {
      const inf = t.rangeInfixes.matchAt(toks, k);
      if (inf && kind === 'quantity') infixEnd = inf.end;
      else if (inf && kind === 'duration') infixEnd = null;
    }
    if (infixEnd === null && kind === 'quantity' && !after && !prefix) {
      // "zwei bis drei Wochen": the unit comes after the second figure only
      const inf = t.rangeInfixes.matchAt(toks, k);
      if (inf) infixEnd = inf.end;
    }
    if (infixEnd !== null) {
      const bPrefix = t.unitsBefore.matchAt(toks, infixEnd);
      const bStart = bPrefix && unit && bPrefix.value.unit === unit ? bPrefix.end : infixEnd;
      const b = readNumeral(ctx.text, toks, bStart, t, { rangeStartTok: -1 });
      if (b && !b.article && !b.pronoun && !b.negative && b.value !== n.value) {
        let bEnd = b.endTok;
        let bKind: NumberKind = 'quantity';
        let bUnit: string | null = null;
        const bAfter = unitAfter(ctx, bEnd);
        const bDur = !bAfter ? t.durations.matchAt(toks, bEnd) : null;
        const isDigitsDash = toks[endTok]?.text !== undefined && t.rangeInfixes.matchAt(toks, endTok)?.end === endTok + 1 && toks[endTok]!.kind === 'symbol';
        const clockAfter = t.clock.matchAt(toks, bEnd);
        if (!(yearish(n) && yearish(b) && !countRange(ctx, n)) && !clockAfter && !(isDigitsDash && b.words !== n.words)) {
          if (bAfter) { bUnit = bAfter.entry.unit; bEnd = bAfter.end; }
          else if (bDur) { bKind = 'duration'; bUnit = bDur.value; bEnd = bDur.end; }
          if (kind === 'quantity' && bKind === 'duration' && !after) { kind = 'duration'; rule = 'duration'; }
          if (kind === bKind && (unit === null || bUnit === null || unit === bUnit)) {
            let a = low;
            // "100 bis 300 Milliarden": the scale word after the second figure belongs to both
            if (n.scale === 1 && b.scale > 1 && Math.abs(a) <= Math.abs(b.value / b.scale)) a = clean(a * b.scale);
            low = a;
            high = b.value;
            unit = unit ?? bUnit;
            endTok = bEnd;
            rangeEnd = bEnd;
            rule = opener !== null ? 'range-between' : 'range';
            if (opener !== null) startTok = opener;
          }
        }
      }
    }
  }
  if (rangeEnd === null && opener !== null) opener = null;

  // money: "2 Euro 50", "15 Dollar und 15 Cent"
  if (high === null && unit && /^[A-Z]{3}$/.test(unit) && kind === 'quantity' && Number.isInteger(low)) {
    const sub = subunit(ctx, endTok);
    if (sub) {
      low = clean(low + sub.value / 100);
      endTok = sub.end;
      rule = 'money-subunit';
    }
  }
  // "forty-five (45)": the same figure restated in brackets is one figure
  if (toks[endTok]?.text === '(') {
    const r = readNumeral(ctx.text, toks, endTok + 1, t, { rangeStartTok: -1 });
    if (r && toks[r.endTok]?.text === ')' && r.value === (high ?? low) && high === null) endTok = r.endTok + 1;
  }
  const shape: QuantityShape = { low, high, bound: null, vague: false, unit };
  const bound = boundBefore(ctx, startTok);
  if (bound) {
    shape.bound = bound.effect;
    startTok = bound.start;
  } else {
    const verb = t.verbsBefore.matchEndingAt(toks, startTok, 2, ctx.lower) ?? verbAfter(ctx, endTok);
    if (verb && high === null) {
      shape.bound = verb.value.effect;
      rule += '+verb-bound';
    }
  }
  if (kind === 'duration' && shape.bound === null && n.article) return null;
  return { kind, startTok, endTok, rule, shape };
}

function verbAfter(ctx: Ctx, endTok: number) {
  const { toks, t } = ctx;
  const direct = t.verbsAfter.matchAt(toks, endTok);
  if (direct) return direct;
  // one noun between figure and participle: "hat 3000 Tote überschritten" is rare; "die Marke von 3000 überschritten" is common
  const w = toks[endTok];
  if (w && w.kind === 'word') return t.verbsAfter.matchAt(toks, endTok + 1);
  return null;
}

function subunit(ctx: Ctx, j: number): { value: number; end: number } | null {
  const { toks, t } = ctx;
  let k = j;
  if (toks[k] && t.joiners.has(toks[k]!.norm)) k++;
  const n = readNumeral(ctx.text, toks, k, t, { rangeStartTok: -1 });
  if (!n || n.article || n.pronoun || n.negative || !Number.isInteger(n.value) || n.value <= 0 || n.value >= 100) return null;
  if (n.digits && (n.digits.decimal || n.digits.grouped)) return null;
  const w = toks[n.endTok];
  if (w && w.kind === 'word' && t.subunits.has(w.norm)) return { value: n.value, end: n.endTok + 1 };
  if (!w || (w.kind === 'symbol' && STOPS.has(w.text)) || w.text === ',') {
    // "2 Euro 50." — but not "15 Dollar und 15" followed by a noun
    return { value: n.value, end: n.endTok };
  }
  return null;
}
