import { lex, WordTable, type Tok, type Word } from './lexer.js';

/**
 * A small chart parser in Duckling's manner: rules are sequences of token tests and node tests; every rule is
 * tried at every token position against the tokens and the nodes found so far, until nothing new appears.
 * Composition ("Montag" + "18. Februar", "heute" + "abend" + "um 20 Uhr") falls out of re-applying rules to
 * their own results, so each rule stays small.
 *
 * Speed: the rules are compiled once (`compileGrammar`) into indexes, so that a token is classified once per
 * distinct word (which rule elements it can fill), text without any time word is skipped in O(1) per token
 * (`segments`), and inside a segment only the rules whose every required word occurs are tried.
 */
export interface Node {
  type: string;
  /** token range [i, j) */
  i: number;
  j: number;
  v: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each node type carries its own value shape
  rule: string;
  /** preference among nodes over the same tokens (a specific rule beats a generic combination) */
  prio: number;
  /** creation number within its chart */
  id: number;
  /** its type's bit (see Grammar.typeBits; 0: no rule reads the type) */
  bit: number;
}

export type Elem =
  | { k: 'tok'; test: (t: Tok) => boolean; tight?: boolean; opt?: boolean }
  | { k: 'seq'; words: string[][]; tight?: boolean; opt?: boolean }
  | { k: 'node'; type: string; test?: (v: any) => boolean; tight?: boolean; opt?: boolean; forms?: readonly string[] }; // eslint-disable-line @typescript-eslint/no-explicit-any

/*
 * `forms` on a node element: the values' `form` fields it can accept (its test must reject every other form). The
 * chart then gives nodes of that type one bit per such form, so that a rule waiting for a month is not tried at
 * every weekday, and is not rescanned when only weekdays are new.
 */

/**
 * What a pattern element matched: a token, a phrase (its words joined by spaces, and its first token), a node,
 * or nothing (optional).
 */
export type Hit = { tok?: Tok; phrase?: string; first?: Tok; node?: Node; i: number; j: number } | null;

export interface Produced {
  type: string;
  v: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface Rule {
  name: string;
  prio?: number;
  pattern: Elem[];
  /** Token tests (`tok` elements) may read only `t.t` and `t.kind`: the grammar classifies each distinct word once. */
  prod: (hits: Hit[], toks: Tok[]) => Produced | null;
}

const MAX_PASSES = 6;
/** Node types get one bit each; the 31st and later types share this one. */
const SHARED_BIT = 1 << 30;
/** Guards against combinatorial growth on pathological input (long runs of numbers). */
const MAX_NODES_PER_START = 200;
/** Distinct words remembered per grammar; past this the cache starts afresh (a 1 MB line of random words). */
const MAX_CLASSIFIED = 200_000;

/** An element with its indexes: node types as a set, phrases by first word, which words are punctuation. */
type CElem =
  | { k: 'tok'; test: (t: Tok) => boolean; id: number; tight: boolean; opt: boolean }
  | { k: 'seq'; byFirst: Map<string, CPhrase[]>; byWid: (CPhrase[] | undefined)[]; tight: boolean; opt: boolean }
  | { k: 'node'; types: Set<string>; bits: number; shared: boolean; test: ((v: any) => boolean) | undefined; tight: boolean; opt: boolean }; // eslint-disable-line @typescript-eslint/no-explicit-any

interface CPhrase {
  words: string[];
  punct: boolean[];
  /** the words joined by spaces, as rules read a phrase hit */
  text: string;
  /** the words' ids (Grammar.wordIds) */
  wids: number[];
}

interface CRule {
  rule: Rule;
  /** position in the grammar's rule list */
  index: number;
  /** bits of the node types that can start a match (node elements up to the first required element) */
  startBits: number;
  pattern: CElem[];
  hasNode: boolean;
  /** bits of the node types its pattern reads: a rule need not be tried again until a node of one of them appears */
  nodeBits: number;
  /** how many of its elements are required token tests or phrases (all must find a word in a segment) */
  required: number;
  /** index of its last node element (-1: none) */
  lastNode: number;
  /**
   * the type bits of each required node element: a match needs a node of each, so while the chart holds no node
   * of one of them the rule cannot match, and its scan is skipped (see Chart.run)
   */
  needBits: number[];
}

/** a required element: a token test (by its id in Grammar.tokTests) or a set of phrase words */
type ReqElem = { k: 'tok'; id: number } | { k: 'seq'; words: Set<string> };

/** What one distinct word (kind + lower-cased text) can be in the grammar. */
export interface WordClass {
  /** some rule element accepts it: it may be part of a time expression */
  relevant: boolean;
  /** it fills the anchor element of a rule made of words alone: every node contains such a word */
  seed: boolean;
  /** required elements it can fill, as global element ids */
  fills: number[];
  /** bit set over rules: those with one required element, which it fills (it alone makes them active) */
  single: Int32Array;
  /** whether `single` has any bit (most words of a segment make no rule active on their own) */
  anySingle: boolean;
  /** the fills of rules with two or more required elements (counted per segment) */
  multi: number[];
  /** rules (grammar indexes) whose match can start at this word without a node */
  starts: number[];
  /** its id among the words of phrases (-1: in none) */
  wid: number;
  /** bit set over Grammar.tokTests: which token tests it passes (a test reads only the word, so once per word) */
  tokOk: Int32Array;
  /**
   * the number of its (single, multi, starts): words that activate the same rules and start the same ones share
   * it ("Montag" and "Dienstag", all irrelevant words), so a segment's plan is found by the sequence of these
   */
  sig: number;
}

/**
 * What a segment's chart needs besides its tokens: the active rules (in rule order) and, per active rule a, the
 * positions where a match can start without a node, startPos[startAt[a] .. startAt[a+1]). It depends only on the
 * sequence of the tokens' `sig`s, and news repeat such sequences ("mindestens 12 Menschen", "am Montag"), so
 * plans are kept by that sequence.
 */
interface Plan {
  sigs: Int32Array;
  rules: CRule[];
  startAt: Int32Array;
  startPos: Int32Array;
  /** the active indexes of the rules that read nodes (only they can match after the first pass) */
  nodeRules: Int32Array;
}

export interface Grammar {
  rules: CRule[];
  /** node types read by some rule → one bit each (types no rule reads have none) */
  typeBits: Map<string, number>;
  /** per type with forms named by some element: form → its own bit (other forms of the type carry the type's bit) */
  formBits: Map<string, Map<string, number>>;
  /** required element id → rule index */
  elemRule: number[];
  /** classes of words seen so far, by token kind and lower-cased text */
  classes: Record<Tok['kind'], Map<string, WordClass>>;
  /** token texts seen so far, each with its class once asked (see `lexClassified`) */
  words: WordTable<WordClass>;
  /** all words of all phrases, for relevance */
  phraseWords: Set<string>;
  /** a number for each word of the phrases */
  wordIds: Map<string, number>;
  /** anchor words of word-only rules */
  anchorWords: Set<string>;
  /** token tests of all elements (an element's `id` is its index here), and the ids of anchors of word-only rules */
  tokTests: ((t: Tok) => boolean)[];
  anchorTests: number[];
  /** required token elements: id → element, for classifying a new word */
  requiredElems: ReqElem[];
  /** per rule, the token test ids and phrase first words that can start a match (elements up to the first required one) */
  startElems: { tests: number[]; firsts: Set<string> }[];
  /** bit set over rules: those with no required token element (active in every segment) */
  alwaysActive: Int32Array;
  /** the chart, reused from segment to segment */
  chart: Chart | null;
  // scratch space reused across segments (extraction is synchronous)
  stamp: number;
  elemStamp: Int32Array;
  ruleStamp: Int32Array;
  ruleCount: Int32Array;
  activeScratch: Int32Array;
  /** (single, multi, starts) of a word class → its `sig` (bounded by the grammar, not by the input) */
  sigIds: Map<string, number>;
  /** plans by a hash of their sig sequence (see Plan); MAX_PLANS at most, then started afresh */
  plans: Map<number, Plan[]>;
  planCount: number;
}

/**
 * Indexes a rule list once. The anchor of a rule made only of words and token tests is one required element,
 * chosen so that common words are rarely anchors: for a phrase list, the longest word of each phrase.
 */
export function compileGrammar(rules: Rule[]): Grammar {
  const typeBits = new Map<string, number>();
  const bitOf = (type: string): number => {
    let b = typeBits.get(type);
    if (b === undefined) typeBits.set(type, (b = typeBits.size < 30 ? 1 << typeBits.size : SHARED_BIT));
    return b;
  };
  // forms first: an element of the type that names none accepts all of them, so it needs all their bits
  const formBits = new Map<string, Map<string, number>>();
  for (const rule of rules) {
    for (const el of rule.pattern) {
      if (el.k !== 'node' || !el.forms) continue;
      const byForm = formBits.get(el.type) ?? new Map<string, number>();
      formBits.set(el.type, byForm);
      for (const f of el.forms) if (!byForm.has(f)) byForm.set(f, bitOf(`${el.type}:${f}`));
    }
  }
  /** the bits of nodes an element of `type` can accept: its forms' bits, or all bits of the type */
  const elemBits = (type: string, forms: readonly string[] | undefined): number => {
    const byForm = formBits.get(type);
    if (forms && byForm) {
      let b = 0;
      for (const f of forms) b |= byForm.get(f)!;
      return b;
    }
    let b = bitOf(type);
    if (byForm) for (const fb of byForm.values()) b |= fb;
    return b;
  };
  const phraseWords = new Set<string>();
  const anchorWords = new Set<string>();
  const tokTests: ((t: Tok) => boolean)[] = [];
  const anchorTests: number[] = [];
  const elemRule: number[] = [];
  const requiredElems: ReqElem[] = [];
  const startElems: Grammar['startElems'] = [];
  const compiled: CRule[] = rules.map((rule, r) => {
    let required = 0;
    const pattern = rule.pattern.map((el): CElem => {
      const tight = !!el.tight;
      const opt = !!el.opt;
      if (el.k === 'node') {
        const types = el.type.split('|');
        let bits = 0;
        for (const t of types) bits |= elemBits(t, types.length === 1 ? el.forms : undefined);
        return { k: 'node', types: new Set(types), bits, shared: (bits & SHARED_BIT) !== 0, test: el.test, tight, opt };
      }
      if (el.k === 'tok') {
        const id = tokTests.length;
        tokTests.push(el.test);
        if (!opt) {
          elemRule.push(r);
          requiredElems.push({ k: 'tok', id });
          required++;
        }
        return { k: 'tok', test: el.test, id, tight, opt };
      }
      const byFirst = new Map<string, CPhrase[]>();
      const all = new Set<string>();
      for (const words of el.words) {
        for (const w of words) {
          phraseWords.add(w);
          all.add(w);
        }
        const list = byFirst.get(words[0]!) ?? [];
        list.push({ words, punct: words.map(isPunctWord), text: words.join(' '), wids: [] });
        byFirst.set(words[0]!, list);
      }
      if (!opt) {
        elemRule.push(r);
        requiredElems.push({ k: 'seq', words: all });
        required++;
      }
      return { k: 'seq', byFirst, byWid: [], tight, opt };
    });
    const hasNode = pattern.some((e) => e.k === 'node');
    // a rule that needs no node builds nodes from words alone: its anchor word is in every node above it
    if (!pattern.some((e) => e.k === 'node' && !e.opt)) addAnchor(pattern);
    let startBits = 0;
    const starter = { tests: [] as number[], firsts: new Set<string>() };
    for (const el of pattern) {
      if (el.k === 'node') startBits |= el.bits;
      else if (el.k === 'tok') starter.tests.push(el.id);
      else for (const w of el.byFirst.keys()) starter.firsts.add(w);
      if (!el.opt) break;
    }
    startElems.push(starter);
    let nodeBits = 0;
    for (const el of pattern) if (el.k === 'node') nodeBits |= el.bits;
    let lastNode = -1;
    pattern.forEach((el, k) => {
      if (el.k === 'node') lastNode = k;
    });
    const needBits: number[] = [];
    for (const el of pattern) if (el.k === 'node' && !el.opt) needBits.push(el.bits);
    return { rule, pattern, hasNode, required, nodeBits, index: r, startBits, lastNode, needBits };
  });

  function addAnchor(pattern: CElem[]): void {
    const req = pattern.filter((e) => !e.opt && e.k !== 'node');
    // a rule of optional elements alone: every element is an anchor
    const anchors = req.length > 0 ? [pickAnchor(req)] : pattern;
    for (const el of anchors) {
      if (el.k === 'tok') anchorTests.push(el.id);
      else if (el.k === 'seq') for (const list of el.byFirst.values()) for (const p of list) anchorWords.add(longest(p.words));
    }
  }

  // phrases are matched by word ids, not by string: a token's id is looked up once, with its class
  const wordIds = new Map<string, number>();
  for (const w of phraseWords) wordIds.set(w, wordIds.size);
  for (const cr of compiled) {
    for (const el of cr.pattern) {
      if (el.k !== 'seq') continue;
      el.byWid = new Array<CPhrase[] | undefined>(wordIds.size).fill(undefined);
      for (const [w, list] of el.byFirst) {
        el.byWid[wordIds.get(w)!] = list;
        for (const p of list) p.wids = p.words.map((x) => wordIds.get(x)!);
      }
    }
  }

  const n = requiredElems.length;
  const alwaysActive = new Int32Array((rules.length + 31) >>> 5);
  for (const cr of compiled) if (cr.required === 0) alwaysActive[cr.index >>> 5]! |= 1 << (cr.index & 31);
  return {
    alwaysActive,
    chart: null,
    wordIds,
    rules: compiled,
    typeBits,
    formBits,
    elemRule,
    classes: { w: new Map(), n: new Map(), p: new Map() },
    words: new WordTable<WordClass>(),
    phraseWords,
    anchorWords,
    tokTests,
    anchorTests,
    requiredElems,
    startElems,
    stamp: 0,
    elemStamp: new Int32Array(n),
    ruleStamp: new Int32Array(rules.length),
    ruleCount: new Int32Array(rules.length),
    activeScratch: new Int32Array(alwaysActive.length),
    sigIds: new Map(),
    plans: new Map(),
    planCount: 0,
  };
}

/** A token test is usually narrower than a phrase list of function words; among phrases, the shortest list. */
function pickAnchor(req: CElem[]): CElem {
  const tokEl = req.find((e) => e.k === 'tok');
  if (tokEl) return tokEl;
  let best = req[0]!;
  for (const e of req) if (e.k === 'seq' && best.k === 'seq' && phraseCount(e) < phraseCount(best)) best = e;
  return best;
}

function phraseCount(el: CElem): number {
  let n = 0;
  if (el.k === 'seq') for (const list of el.byFirst.values()) n += list.length;
  return n;
}

function longest(words: string[]): string {
  let best = words[0]!;
  for (const w of words) if (w.length > best.length) best = w;
  return best;
}

/** How the grammar sees one token; computed once per distinct (kind, text). */
export function classify(g: Grammar, t: Tok): WordClass {
  const map = g.classes[t.kind];
  let c = map.get(t.t);
  if (c) return c;
  const tokOk = new Int32Array((g.tokTests.length + 31) >>> 5);
  let anyTok = false;
  g.tokTests.forEach((f, id) => {
    if (!safeTest(f, t)) return;
    tokOk[id >>> 5]! |= 1 << (id & 31);
    anyTok = true;
  });
  const ok = (id: number) => (tokOk[id >>> 5]! & (1 << (id & 31))) !== 0;
  const fills: number[] = [];
  g.requiredElems.forEach((el, id) => {
    if (el.k === 'tok' ? ok(el.id) : el.words.has(t.t)) fills.push(id);
  });
  const relevant = g.phraseWords.has(t.t) || anyTok;
  const seed = g.anchorWords.has(t.t) || g.anchorTests.some(ok);
  const starts: number[] = [];
  g.startElems.forEach((st, r) => {
    if (st.firsts.has(t.t) || st.tests.some(ok)) starts.push(r);
  });
  const single = new Int32Array(g.alwaysActive.length);
  const multi: number[] = [];
  for (const id of fills) {
    const r = g.elemRule[id]!;
    if (g.rules[r]!.required === 1) single[r >>> 5]! |= 1 << (r & 31);
    else multi.push(id);
  }
  const anySingle = single.some((w) => w !== 0);
  const sigKey = `${single.join(',')}|${multi.join(',')}|${starts.join(',')}`;
  let sig = g.sigIds.get(sigKey);
  if (sig === undefined) g.sigIds.set(sigKey, (sig = g.sigIds.size));
  c = { relevant, seed, fills, single, anySingle, multi, starts, wid: g.wordIds.get(t.t) ?? -1, tokOk, sig };
  if (map.size >= MAX_CLASSIFIED) map.clear();
  map.set(t.t, c);
  return c;
}

function safeTest(f: (t: Tok) => boolean, t: Tok): boolean {
  try {
    return f(t);
  } catch {
    return false;
  }
}

/**
 * Token ranges [a, b) of toks[from, to) worth parsing: runs of relevant tokens that hold a seed, with up to two
 * neighbouring tokens either side (rules look that far for context: "1.000", capitalised names). Runs closer
 * than that are merged, so that every rule sees exactly the neighbours it would see in the whole window, and
 * no node can reach across a boundary (irrelevant tokens take part in no rule).
 * The ranges are appended to `out` as flat pairs (a, b, a, b, ...): this runs for every window of every call.
 */
export function segments(g: Grammar, toks: Tok[], from: number, to: number, cls: WordClass[], out: number[]): void {
  const PAD = 2;
  let i = from;
  while (i < to) {
    // find the next relevant token
    while (i < to && !cls[i]!.relevant) i++;
    if (i >= to) break;
    const start = i;
    let seeded = false;
    let end = i;
    let gap = 0;
    // extend while gaps of irrelevant tokens stay shorter than the context rules read (two tokens)
    for (; i < to; i++) {
      const c = cls[i]!;
      if (c.relevant) {
        gap = 0;
        end = i + 1;
        if (c.seed) seeded = true;
      } else if (++gap >= PAD) break;
    }
    if (seeded) out.push(Math.max(from, start - PAD), Math.min(to, end + PAD));
  }
}

/**
 * Tokens of text[from, to) with their classes, through the grammar's word table: a word seen before brings its
 * class along, so a token costs neither a substring nor a lookup by string.
 */
export function lexClassified(g: Grammar, text: string, from: number, to: number): { toks: Tok[]; cls: WordClass[] } {
  const words: Word<WordClass>[] = [];
  const toks = lex(text, from, to, g.words, words);
  const cls = new Array<WordClass>(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const w = words[i]!;
    cls[i] = w.data ??= classify(g, toks[i]!);
  }
  return { toks, cls };
}

/** The class of every token, in order: each stage reads them, and a lookup by word is not free. */
export function classifyAll(g: Grammar, toks: Tok[]): WordClass[] {
  const out = new Array<WordClass>(toks.length);
  for (let i = 0; i < toks.length; i++) out[i] = classify(g, toks[i]!);
  return out;
}

/**
 * Rules that can match in this token list: each of their required token elements finds a token. Counted per
 * rule through the grammar's stamped scratch arrays; a rule whose count is complete joins a bit set, read out
 * in rule order (the order rules are tried in decides which of two equal nodes comes first).
 */
function activeRules(g: Grammar, cls: WordClass[]): CRule[] {
  const stamp = ++g.stamp;
  const active = g.activeScratch;
  active.set(g.alwaysActive);
  const words = active.length;
  for (let t = 0; t < cls.length; t++) {
    const c = cls[t]!;
    if (c.anySingle) {
      const single = c.single;
      for (let w = 0; w < words; w++) active[w]! |= single[w]!;
    }
    const fills = c.multi;
    for (let f = 0; f < fills.length; f++) {
      const id = fills[f]!;
      if (g.elemStamp[id] === stamp) continue;
      g.elemStamp[id] = stamp;
      const r = g.elemRule[id]!;
      if (g.ruleStamp[r] !== stamp) {
        g.ruleStamp[r] = stamp;
        g.ruleCount[r] = 0;
      }
      if (++g.ruleCount[r]! === g.rules[r]!.required) active[r >>> 5]! |= 1 << (r & 31);
    }
  }
  // a new list each time: truncating a reused one (length = 0) went through the runtime and cost more than
  // the allocation (makePlan keeps only its own filtered copy)
  const out: CRule[] = [];
  for (let w = 0; w < active.length; w++) {
    for (let b = active[w]!; b !== 0; b &= b - 1) out.push(g.rules[(w << 5) + 31 - Math.clz32(b & -b)]!);
  }
  return out;
}

/** Every node over `toks`; `cls`, when given, holds the tokens' classes (from `classifyAll`). */
export function parseChart(toks: Tok[], g: Grammar, cls: WordClass[] = classifyAll(g, toks)): Node[] {
  const chart = (g.chart ??= new Chart(g));
  return chart.run(toks, cls, planFor(g, cls));
}

/** Plans kept per grammar at most (a few hundred bytes each; a segment has at most a window of tokens). */
const MAX_PLANS = 4096;

/** The plan of a segment with these classes: a kept one with the same sig sequence, or a new one. */
function planFor(g: Grammar, cls: WordClass[]): Plan {
  const n = cls.length;
  let h = HASH_SEED;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ cls[i]!.sig, 16777619);
  let bucket = g.plans.get(h);
  if (bucket !== undefined) {
    for (let b = 0; b < bucket.length; b++) {
      const p = bucket[b]!;
      const sigs = p.sigs;
      if (sigs.length !== n) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (sigs[i] !== cls[i]!.sig) {
          same = false;
          break;
        }
      }
      if (same) return p;
    }
  }
  const plan = makePlan(g, cls);
  if (g.planCount >= MAX_PLANS) {
    g.plans.clear();
    g.planCount = 0;
    bucket = undefined;
  }
  if (bucket === undefined) g.plans.set(h, (bucket = []));
  bucket.push(plan);
  g.planCount++;
  return plan;
}

const HASH_SEED = 0x811c9dc5 | 0;

function makePlan(g: Grammar, cls: WordClass[]): Plan {
  const n = cls.length;
  const sigs = new Int32Array(n);
  for (let i = 0; i < n; i++) sigs[i] = cls[i]!.sig;
  const active = activeRules(g, cls);
  // word starts per active rule (by rule index, through the grammar's stamped scratch array)
  let stamp = ++g.stamp;
  for (let a = 0; a < active.length; a++) {
    g.ruleStamp[active[a]!.index] = stamp;
    g.ruleCount[active[a]!.index] = 0;
  }
  for (let i = 0; i < n; i++) {
    const starts = cls[i]!.starts;
    for (let k = 0; k < starts.length; k++) if (g.ruleStamp[starts[k]!] === stamp) g.ruleCount[starts[k]!]!++;
  }
  // a rule that can start neither on a node nor on a word of the segment never matches in it: not tried at all
  const rules: CRule[] = [];
  for (let a = 0; a < active.length; a++) {
    const cr = active[a]!;
    if (cr.startBits !== 0 || g.ruleCount[cr.index]! > 0) rules.push(cr);
  }
  const na = rules.length;
  // rule index → active index
  stamp = ++g.stamp;
  for (let a = 0; a < na; a++) {
    const cr = rules[a]!;
    g.ruleStamp[cr.index] = stamp;
    g.ruleCount[cr.index] = a;
  }
  // the word starts of each active rule: counted, then placed (positions ascending within each rule)
  const startAt = new Int32Array(na + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const starts = cls[i]!.starts;
    for (let k = 0; k < starts.length; k++) {
      const r = starts[k]!;
      if (g.ruleStamp[r] === stamp) {
        startAt[g.ruleCount[r]! + 1]!++;
        total++;
      }
    }
  }
  for (let a = 0; a < na; a++) startAt[a + 1]! += startAt[a]!;
  const startPos = new Int32Array(total);
  const fill = startAt.slice(0, na);
  for (let i = 0; i < n; i++) {
    const starts = cls[i]!.starts;
    for (let k = 0; k < starts.length; k++) {
      const r = starts[k]!;
      if (g.ruleStamp[r] === stamp) startPos[fill[g.ruleCount[r]!]!++] = i;
    }
  }
  const nodeRules: number[] = [];
  for (let a = 0; a < na; a++) if (rules[a]!.hasNode) nodeRules.push(a);
  return { sigs, rules, startAt, startPos, nodeRules: Int32Array.from(nodeRules) };
}

/**
 * The chart over one segment, kept by its grammar and reset for each segment (extraction is synchronous and
 * rules never parse): the loops below run for every rule at every position, and they should allocate nothing
 * but the nodes and hits they find.
 */
class Chart {
  private toks: Tok[] = [];
  private cls: WordClass[] = [];
  private rules: CRule[] = [];
  /** per position, the nodes that start there (NO_NODES until the first one: most positions never get one) */
  private readonly byStart: Node[][] = [];
  private all: Node[] = [];
  /**
   * per type bit (by its index), how many nodes existed after the newest node of a type with that bit was added
   * (types sharing the last bit share an entry: a rule may rescan needlessly, never miss a match)
   */
  private readonly newest = new Int32Array(31);
  // the scan in progress
  private r = 0;
  private i = 0;
  private added = 0;
  /**
   * Nodes created before this number existed when the current rule's previous scan began (-1: first scan). That
   * scan saw every match made of them alone (it visited every start they mark and every node in each bucket),
   * so a rescan gives its rule only matches holding a newer node: semi-naive evaluation, which replaces a set
   * of match keys (built as strings for every match) by one comparison per node hit.
   */
  private since = -1;
  /** in a rescan, how many node hits on the stack are newer than `since` (a match needs one) */
  private fresh = 0;
  /** the current rule's last node element */
  private lastNode = -1;
  /** the match search's stack of hits */
  private readonly acc: Hit[] = [];

  /** per position, the bits of the node types that start there; and all of them together */
  private masks = new Int32Array(64);
  private maskAll = 0;
  /** the plan's start positions of the active rules (see Plan; read only) */
  private startAt: Int32Array = new Int32Array(1);
  private startPos: Int32Array = new Int32Array(0);
  /** per active rule, how many nodes existed when its last scan began (-1: never scanned) */
  private scannedAt = new Int32Array(64);

  private readonly typeBits: Map<string, number>;
  private readonly formBits: Map<string, Map<string, number>>;

  constructor(private readonly g: Grammar) {
    this.typeBits = g.typeBits;
    this.formBits = g.formBits;
  }

  private reset(toks: Tok[], cls: WordClass[], plan: Plan): void {
    const rules = plan.rules;
    this.toks = toks;
    this.cls = cls;
    this.rules = rules;
    this.startAt = plan.startAt;
    this.startPos = plan.startPos;
    this.all = [];
    // matchAt pushes and pops in pairs: the list is empty here after a completed run (setting length costs a runtime call)
    if (this.acc.length !== 0) this.acc.length = 0;
    this.newest.fill(0);
    this.maskAll = 0;
    const n = toks.length;
    if (this.masks.length < n) this.masks = new Int32Array(Math.max(n, this.masks.length * 2));
    else this.masks.fill(0, 0, n);
    for (let i = 0; i < n; i++) this.byStart[i] = NO_NODES;
    const na = rules.length;
    if (this.scannedAt.length < na) this.scannedAt = new Int32Array(Math.max(na, this.scannedAt.length * 2));
    this.scannedAt.fill(-1, 0, na);
  }

  run(toks: Tok[], cls: WordClass[], plan: Plan): Node[] {
    this.reset(toks, cls, plan);
    const rules = plan.rules;
    const scannedAt = this.scannedAt;
    const nodeRules = plan.nodeRules;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      this.added = 0;
      // rules made of tokens alone find everything in the first pass
      const count = pass === 0 ? rules.length : nodeRules.length;
      for (let x = 0; x < count; x++) {
        const r = pass === 0 ? x : nodeRules[x]!;
        const cr = rules[r]!;
        // a scan finds every match among the nodes that existed when it began: with no newer node of a type the
        // rule reads, a new scan would find only matches already tried
        const since = scannedAt[r]!;
        if (since >= 0 && this.nothingNewFor(cr, since)) continue;
        // no node yet of a type it needs: no match now; its scan mark stays, so that a later scan covers every
        // node that appears (all of that type are newer than the mark)
        if (this.lacksNeeded(cr)) continue;
        scannedAt[r] = this.all.length;
        this.r = r;
        this.since = since;
        this.fresh = 0;
        this.lastNode = cr.lastNode;
        // a match starts on a word its first elements accept, or on a node of a type they read; nodes found
        // during the scan start at the scan position, so the later positions' masks stay as they are here
        const startPos = this.startPos;
        let w = this.startAt[r]!;
        const wEnd = this.startAt[r + 1]!;
        const bits = cr.startBits;
        if ((bits & this.maskAll) === 0) {
          // no node it can start on (nodes of this scan start at its own positions, which are word starts)
          for (; w < wEnd; w++) this.scanAt(cr, startPos[w]!);
        } else {
          for (let i = 0; i < toks.length; i++) {
            const onWord = w < wEnd && startPos[w] === i;
            if (onWord) w++;
            if (onWord || (this.masks[i]! & bits) !== 0) this.scanAt(cr, i);
          }
        }
      }
      if (this.added === 0) break;
    }
    return this.all;
  }

  private scanAt(cr: CRule, i: number): void {
    this.i = i;
    // matches are taken as they are found: a node added here is seen by the rest of this very match search
    this.matchAt(cr.pattern, 0, i, this.acc);
  }

  private lacksNeeded(cr: CRule): boolean {
    const need = cr.needBits;
    for (let k = 0; k < need.length; k++) if ((need[k]! & this.maskAll) === 0) return true;
    return false;
  }

  private nothingNewFor(cr: CRule, since: number): boolean {
    for (let b = cr.nodeBits; b !== 0; b &= b - 1) if (this.newest[31 - Math.clz32(b & -b)]! > since) return false;
    return true;
  }

  private matchAt(pattern: CElem[], k: number, pos: number, acc: Hit[]): void {
    // a rescan keeps only matches holding a newer node: past the last node element without one, none can follow
    if (this.fresh === 0 && this.since >= 0 && k > this.lastNode) return;
    if (k === pattern.length) {
      this.found(acc, pos);
      return;
    }
    const { toks, byStart } = this;
    const el = pattern[k]!;
    if (el.opt) {
      acc.push(null);
      this.matchAt(pattern, k + 1, pos, acc);
      acc.pop();
    }
    if (pos >= toks.length) return;
    const first = toks[pos]!;
    if (el.tight && k > 0 && first.sp) return;
    if (el.k === 'tok') {
      if ((this.cls[pos]!.tokOk[el.id >>> 5]! & (1 << (el.id & 31))) === 0) return;
      acc.push({ tok: first, i: pos, j: pos + 1 });
      this.matchAt(pattern, k + 1, pos + 1, acc);
      acc.pop();
    } else if (el.k === 'seq') {
      const wid = this.cls[pos]!.wid;
      const phrases = wid < 0 ? undefined : el.byWid[wid];
      if (!phrases) return;
      const cls = this.cls;
      for (let x = 0; x < phrases.length; x++) {
        const p = phrases[x]!;
        const words = p.words;
        if (pos + words.length > toks.length) continue;
        let ok = true;
        for (let w = 1; w < words.length; w++) {
          const tk = toks[pos + w]!;
          if (cls[pos + w]!.wid !== p.wids[w] || (el.tight && tk.sp && p.punct[w])) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        acc.push({ phrase: p.text, first, i: pos, j: pos + words.length });
        this.matchAt(pattern, k + 1, pos + words.length, acc);
        acc.pop();
      }
    } else {
      if ((this.masks[pos]! & el.bits) === 0) return;
      const bucket = byStart[pos]!;
      // in a rescan, the last node element must supply the newer node unless one is on the stack already
      const since = this.fresh === 0 && k === this.lastNode ? this.since : -1;
      // by index, re-reading the length: nodes added during this search are tried as well
      for (let x = 0; x < bucket.length; x++) {
        const n = bucket[x]!;
        // a node fits by its type's bit; past 30 types the last bit is shared, and the name decides
        if ((n.bit & el.bits) === 0 || (el.shared && n.bit === SHARED_BIT && !el.types.has(n.type))) continue;
        if (n.id < since) continue;
        if (el.test && !el.test(n.v)) continue;
        const isFresh = this.since >= 0 && n.id >= this.since;
        if (isFresh) this.fresh++;
        acc.push({ node: n, i: n.i, j: n.j });
        this.matchAt(pattern, k + 1, n.j, acc);
        acc.pop();
        if (isFresh) this.fresh--;
      }
    }
  }

  /**
   * A complete match of the current rule at the current start: build its value and keep the node. `hits` is the
   * search's own stack: rules read it while they run and keep none of it.
   */
  private found(hits: Hit[], end: number): void {
    const i = this.i;
    if (end === i) return;
    if (this.since >= 0 && !this.holdsNodeSince(hits, this.since)) return;
    const rule = this.rules[this.r]!.rule;
    let produced: Produced | null = null;
    try {
      produced = rule.prod(hits, this.toks);
    } catch {
      produced = null; // a rule that cannot build a value (an impossible date) simply does not match
    }
    if (produced && this.add(produced.type, i, end, produced.v, rule)) this.added++;
  }

  private holdsNodeSince(hits: Hit[], since: number): boolean {
    for (let k = 0; k < hits.length; k++) {
      const n = hits[k]?.node;
      if (n !== undefined && n.id >= since) return true;
    }
    return false;
  }

  /** A node's bit: its form's, when elements name forms of its type, else its type's. */
  private bitOfNode(type: string, v: unknown): number {
    const byForm = this.formBits.get(type);
    if (byForm !== undefined) {
      const form = (v as { form?: unknown } | null)?.form;
      const b = typeof form === 'string' ? byForm.get(form) : undefined;
      if (b !== undefined) return b;
    }
    return this.typeBits.get(type) ?? 0;
  }

  /** Keeps a new node; the same (type, range, rule) found again is kept once. */
  private add(type: string, i: number, j: number, v: unknown, rule: Rule): boolean {
    let bucket = this.byStart[i]!;
    for (let x = 0; x < bucket.length; x++) {
      const m = bucket[x]!;
      if (m.j === j && m.type === type && m.rule === rule.name) return false;
    }
    if (bucket.length >= MAX_NODES_PER_START) return false;
    const bit = this.bitOfNode(type, v);
    const n: Node = { type, i, j, v, rule: rule.name, prio: rule.prio ?? 0, id: this.all.length, bit };
    if (bucket === NO_NODES) this.byStart[i] = bucket = [];
    bucket.push(n);
    this.all.push(n);
    if (bit !== 0) this.newest[31 - Math.clz32(bit)] = this.all.length;
    this.masks[n.i]! |= bit;
    this.maskAll |= bit;
    return true;
  }
}

/** the bucket of a position without nodes (shared, never written) */
const NO_NODES: Node[] = [];

function isPunctWord(w: string): boolean {
  return !/[\p{L}\d]/u.test(w);
}
