import type { BoundPhrase, NumberTables, UnitEntry, VagueEntry, VerbBound } from './tables.js';
import { fold } from './fold.js';
import { PhraseTrie } from './phrases.js';
import { WordMemo } from './tokens.js';
import type { CombinerOptions } from './combiner.js';

/** Categories of number-word atoms, used by the combiner's grammar (see number-words.ts). */
export type AtomKind = 'zero' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'fraction' | 'add' | 'mixed' | 'joiner' | 'literal';

export interface Atom {
  kind: AtomKind;
  value: number;
}

/** Tables turned into lookup structures once per language pack. */
export interface CompiledTables {
  raw: NumberTables;
  /** folded word → atom, for whole words */
  wordAtoms: Map<string, Atom>;
  /** folded piece → atom, for splitting compounds; sorted longest first */
  compoundAtoms: [string, Atom][];
  scales: Map<string, number>;
  standaloneScales: Set<string>;
  joiners: Set<string>;
  decimalWords: Set<string>;
  negativeWords: Set<string>;
  articleOne: Set<string>;
  pronounZero: Set<string>;
  pronounOne: Set<string>;
  approximators: PhraseTrie<BoundPhrase>;
  /** folded phrases */
  articleBounds: Set<string>;
  amountPrepositions: Set<string>;
  /** folded noun endings */
  amountNouns: string[];
  fractionDenominators: Set<number>;
  cardinalPrepositions: Set<string>;
  verbsBefore: PhraseTrie<VerbBound>;
  verbsAfter: PhraseTrie<VerbBound>;
  rangeOpeners: Map<string, string>;
  rangeInfixes: PhraseTrie<true>;
  vague: PhraseTrie<VagueEntry>;
  unitsAfter: PhraseTrie<UnitEntry>;
  unitsBefore: PhraseTrie<UnitEntry>;
  subunits: Set<string>;
  ordinalStems: Map<string, number>;
  ordinalDeterminers: Set<string>;
  sentenceStarts: Set<string>;
  months: Set<string>;
  clock: PhraseTrie<true>;
  references: PhraseTrie<true>;
  yearContext: Set<string>;
  agePrefixes: PhraseTrie<true>;
  ageSuffixes: PhraseTrie<true>;
  durations: PhraseTrie<string>;
  /** spellings of words seen in texts, with their folded form and whether they can start a match */
  words: WordMemo;
  /** memo of wordAtoms (number-words.ts) and ordinalWordValue (ordinal-words.ts) for these tables */
  atomMemo: Map<string, Atom[] | null>;
  ordinalMemo: Map<string, number | null>;
  /** the combiner's word-order switches, made once (a combiner is made for every numeral read) */
  combinerOptions: CombinerOptions;
  startFilter: StartFilter;
}

/**
 * A necessary condition for a word to start a match, read off its first two letters without folding it or
 * looking it up (the matcher's canStart is asked for every word of a text, and most are no number words).
 * Every word canStart accepts begins (folded) with the first two letters of a table entry: a number word,
 * a compound piece, an ordinal stem, an article, a vague quantifier ... (see startFilter for the ordinals).
 * Words of at most `minLen` letters are always looked up instead.
 * `pairs[a * 128 + b]` is 1 where the ASCII pair "ab" (lower case) begins some entry.
 */
export interface StartFilter {
  /** words this long or shorter are not filtered; Infinity when some entry is shorter than two letters */
  minLen: number;
  pairs: Uint8Array;
}

/**
 * `whole`: entries a word must equal (a one-letter one, English "a", is a short word, always looked up);
 * `heads`: entries a word may begin with (number words and pieces of compounds and ordinals, ordinal stems).
 */
function startFilter(whole: Iterable<string>, heads: Iterable<string>, t: NumberTables): StartFilter {
  const pairs = new Uint8Array(128 * 128);
  const headList = [...heads];
  // An ordinal reads P + suffix + ending and then the number base = P + replace. With a one-letter P the
  // word's second letter is not the base's: then words up to 1 + suffix + ending letters must be looked up.
  // A one-letter P can only work if base is a table word of 1 + |replace| letters, or long enough to be a
  // compound ordinal (a head and a stem, two letters each) or a compound (six letters).
  const oneLetterP = t.ordinalSuffixes.some((sfx) => {
    const r = sfx.replace ?? '';
    return r.length >= 3 || /[^a-z]/.test(r) || headList.some((w) => w.length === 1 + r.length && w.endsWith(r));
  });
  let minLen = !oneLetterP ? 1 : 1 + Math.max(0, ...t.ordinalSuffixes.map((s) => fold(s.suffix).length)) +
    Math.max(0, ...t.ordinalEndings.map((e) => fold(e).length));
  const entries = [...[...whole].filter((e) => e.length >= 2), ...headList];
  for (const e of entries) {
    if (e.length < 2) {
      minLen = Infinity; // a one-letter head would leave the second letter open
      continue;
    }
    const a = e.charCodeAt(0);
    const b = e.charCodeAt(1);
    // an entry beginning with other characters cannot rule out any ASCII-led word: no filter then
    if (a >= 128 || b >= 128) continue;
    pairs[a * 128 + b] = 1;
  }
  return { minLen, pairs };
}

const cache = new WeakMap<NumberTables, CompiledTables>();

function classify(value: number): AtomKind {
  if (value === 0) return 'zero';
  if (value < 10) return 'unit';
  if (value < 20) return 'teen';
  return 'tens';
}

function trieOf<T>(entries: [string, T][]): PhraseTrie<T> {
  const t = new PhraseTrie<T>();
  for (const [p, v] of entries) t.add(p, v);
  return t;
}

export function compileTables(t: NumberTables): CompiledTables {
  const hit = cache.get(t);
  if (hit) return hit;
  const wordAtoms = new Map<string, Atom>();
  const pieces = new Map<string, Atom>();
  for (const [w, v] of Object.entries(t.numberWords)) {
    wordAtoms.set(fold(w), { kind: classify(v), value: v });
    pieces.set(fold(w), { kind: classify(v), value: v });
  }
  for (const [w, v] of Object.entries(t.compoundOnlyWords)) pieces.set(fold(w), { kind: classify(v), value: v });
  for (const w of t.hundredWords) {
    wordAtoms.set(fold(w), { kind: 'hundred', value: 100 });
    pieces.set(fold(w), { kind: 'hundred', value: 100 });
  }
  const scales = new Map<string, number>();
  for (const [w, v] of Object.entries(t.scaleWords)) {
    scales.set(fold(w).replace(/\.$/, ''), v);
    wordAtoms.set(fold(w).replace(/\.$/, ''), { kind: 'scale', value: v });
  }
  for (const w of t.compoundScales) pieces.set(fold(w), { kind: 'scale', value: t.scaleWords[w] ?? 1000 });
  for (const [w, v] of Object.entries(t.fractionWords)) {
    wordAtoms.set(fold(w), { kind: 'fraction', value: v });
    pieces.set(fold(w), { kind: 'fraction', value: v });
  }
  for (const [w, v] of Object.entries(t.addWords)) {
    wordAtoms.set(fold(w), { kind: 'add', value: v });
    pieces.set(fold(w), { kind: 'add', value: v });
  }
  for (const [w, v] of Object.entries(t.mixedWords)) {
    wordAtoms.set(fold(w), { kind: 'mixed', value: v });
    pieces.set(fold(w), { kind: 'mixed', value: v });
  }
  for (const j of t.joiners) pieces.set(fold(j), { kind: 'joiner', value: 0 });
  const compoundAtoms = [...pieces.entries()].sort((a, b) => b[0].length - a[0].length);

  const ordinalStems = new Map<string, number>();
  for (const [w, v] of Object.entries(t.ordinals)) ordinalStems.set(fold(w), v);

  const units: [string, UnitEntry][] = [...t.currencies, ...t.units].map((u) => [u.phrase, u]);
  const compiled: CompiledTables = {
    raw: t,
    wordAtoms,
    compoundAtoms,
    scales,
    standaloneScales: new Set(t.standaloneScales.map(fold)),
    joiners: new Set(t.joiners.map(fold)),
    decimalWords: new Set(t.decimalWords.map(fold)),
    negativeWords: new Set(t.negativeWords.map(fold)),
    articleOne: new Set(t.articleOne.map(fold)),
    pronounZero: new Set(t.pronounZero.map(fold)),
    pronounOne: new Set(t.pronounOne.map(fold)),
    approximators: trieOf(t.approximators.map((a) => [a.phrase, a])),
    articleBounds: new Set(t.articleBounds.map(fold)),
    amountPrepositions: new Set(t.amountPrepositions.map(fold)),
    amountNouns: t.amountNouns.map(fold),
    fractionDenominators: new Set(t.fractionDenominators),
    cardinalPrepositions: new Set(t.cardinalPrepositions.map(fold)),
    verbsBefore: trieOf(t.verbBounds.filter((v) => v.position === 'before').map((v) => [v.phrase, v])),
    verbsAfter: trieOf(t.verbBounds.filter((v) => v.position === 'after').map((v) => [v.phrase, v])),
    rangeOpeners: new Map(t.rangeOpeners.map((r) => [fold(r.open), fold(r.mid)])),
    rangeInfixes: trieOf(t.rangeInfixes.map((r) => [r, true as const])),
    vague: trieOf(t.vague.map((v) => [v.phrase, v])),
    unitsAfter: trieOf(units.filter(([, u]) => u.position !== 'before')),
    unitsBefore: trieOf(units.filter(([, u]) => u.position !== 'after')),
    subunits: new Set(t.subunitWords.map(fold)),
    ordinalStems,
    ordinalDeterminers: new Set(t.ordinalDeterminers.map(fold)),
    sentenceStarts: new Set(t.sentenceStartWords),
    months: new Set(t.months.map(fold)),
    clock: trieOf(t.clockWords.map((c) => [c, true as const])),
    references: trieOf(t.referenceWords.map((c) => [c, true as const])),
    yearContext: new Set(t.yearContext.map(fold)),
    agePrefixes: trieOf(t.agePrefixes.map((c) => [c, true as const])),
    ageSuffixes: trieOf(t.ageSuffixes.map((c) => [c, true as const])),
    durations: trieOf(Object.entries(t.durationUnits)),
    words: new WordMemo(),
    atomMemo: new Map(),
    ordinalMemo: new Map(),
    combinerOptions: { unitsBeforeTens: t.unitsBeforeTens, tensBeforeUnits: t.tensBeforeUnits },
    startFilter: { minLen: Infinity, pairs: new Uint8Array(0) }, // set below, from the finished tables
  };
  compiled.startFilter = startFilter(
    [...compiled.vague.firstTokens(), ...compiled.articleOne, ...compiled.pronounZero, ...compiled.negativeWords, ...compiled.decimalWords],
    [...wordAtoms.keys(), ...compoundAtoms.map(([p]) => p), ...ordinalStems.keys()],
    t,
  );
  cache.set(t, compiled);
  return compiled;
}
