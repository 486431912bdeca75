import type { Tok } from './lexer.js';

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
}

export type Elem =
  | { k: 'tok'; test: (t: Tok) => boolean; tight?: boolean; opt?: boolean }
  | { k: 'seq'; words: string[][]; tight?: boolean; opt?: boolean }
  | { k: 'node'; type: string; test?: (v: any) => boolean; tight?: boolean; opt?: boolean }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a pattern element matched: a token, a run of tokens (a multi-word phrase), a node, or nothing (optional). */
export type Hit = { tok?: Tok; toks?: Tok[]; node?: Node; i: number; j: number } | null;

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
/** Guards against combinatorial growth on pathological input (long runs of numbers). */
const MAX_NODES_PER_START = 200;
/** Distinct words remembered per grammar; past this the cache starts afresh (a 1 MB line of random words). */
const MAX_CLASSIFIED = 200_000;

/** An element with its indexes: node types as a set, phrases by first word, which words are punctuation. */
type CElem =
  | { k: 'tok'; test: (t: Tok) => boolean; tight: boolean; opt: boolean }
  | { k: 'seq'; byFirst: Map<string, CPhrase[]>; tight: boolean; opt: boolean }
  | { k: 'node'; types: Set<string>; test: ((v: any) => boolean) | undefined; tight: boolean; opt: boolean }; // eslint-disable-line @typescript-eslint/no-explicit-any

interface CPhrase {
  words: string[];
  punct: boolean[];
}

interface CRule {
  rule: Rule;
  pattern: CElem[];
  hasNode: boolean;
  /** how many of its elements are required token tests or phrases (all must find a word in a segment) */
  required: number;
}

type ReqElem = { k: 'tok'; test: (t: Tok) => boolean } | { k: 'seq'; words: Set<string> };

/** What one distinct word (kind + lower-cased text) can be in the grammar. */
interface WordClass {
  /** some rule element accepts it: it may be part of a time expression */
  relevant: boolean;
  /** it fills the anchor element of a rule made of words alone: every node contains such a word */
  seed: boolean;
  /** required elements it can fill, as global element ids */
  fills: number[];
}

export interface Grammar {
  rules: CRule[];
  /** required element id → rule index */
  elemRule: number[];
  classes: Map<string, WordClass>;
  /** all words of all phrases, for relevance */
  phraseWords: Set<string>;
  /** anchor words of word-only rules */
  anchorWords: Set<string>;
  /** token tests of all elements, and those of anchors of word-only rules */
  tokTests: ((t: Tok) => boolean)[];
  anchorTests: ((t: Tok) => boolean)[];
  /** required token elements: id → element, for classifying a new word */
  requiredElems: ReqElem[];
  // scratch space reused across segments (extraction is synchronous)
  stamp: number;
  elemStamp: Int32Array;
  ruleStamp: Int32Array;
  ruleCount: Int32Array;
}

/**
 * Indexes a rule list once. The anchor of a rule made only of words and token tests is one required element,
 * chosen so that common words are rarely anchors: for a phrase list, the longest word of each phrase.
 */
export function compileGrammar(rules: Rule[]): Grammar {
  const phraseWords = new Set<string>();
  const anchorWords = new Set<string>();
  const tokTests: ((t: Tok) => boolean)[] = [];
  const anchorTests: ((t: Tok) => boolean)[] = [];
  const elemRule: number[] = [];
  const requiredElems: ReqElem[] = [];
  const compiled: CRule[] = rules.map((rule, r) => {
    let required = 0;
    const pattern = rule.pattern.map((el): CElem => {
      const tight = !!el.tight;
      const opt = !!el.opt;
      if (el.k === 'node') return { k: 'node', types: new Set(el.type.split('|')), test: el.test, tight, opt };
      if (el.k === 'tok') {
        tokTests.push(el.test);
        if (!opt) {
          elemRule.push(r);
          requiredElems.push({ k: 'tok', test: el.test });
          required++;
        }
        return { k: 'tok', test: el.test, tight, opt };
      }
      const byFirst = new Map<string, CPhrase[]>();
      const all = new Set<string>();
      for (const words of el.words) {
        for (const w of words) {
          phraseWords.add(w);
          all.add(w);
        }
        const list = byFirst.get(words[0]!) ?? [];
        list.push({ words, punct: words.map(isPunctWord) });
        byFirst.set(words[0]!, list);
      }
      if (!opt) {
        elemRule.push(r);
        requiredElems.push({ k: 'seq', words: all });
        required++;
      }
      return { k: 'seq', byFirst, tight, opt };
    });
    const hasNode = pattern.some((e) => e.k === 'node');
    // a rule that needs no node builds nodes from words alone: its anchor word is in every node above it
    if (!pattern.some((e) => e.k === 'node' && !e.opt)) addAnchor(rule.pattern);
    return { rule, pattern, hasNode, required };
  });

  function addAnchor(pattern: Elem[]): void {
    const req = pattern.filter((e) => !e.opt && e.k !== 'node');
    // a rule of optional elements alone: every element is an anchor
    const anchors = req.length > 0 ? [pickAnchor(req)] : pattern;
    for (const el of anchors) {
      if (el.k === 'tok') anchorTests.push(el.test);
      else if (el.k === 'seq') for (const words of el.words) anchorWords.add(longest(words));
    }
  }

  const n = requiredElems.length;
  return {
    rules: compiled,
    elemRule,
    classes: new Map(),
    phraseWords,
    anchorWords,
    tokTests,
    anchorTests,
    requiredElems,
    stamp: 0,
    elemStamp: new Int32Array(n),
    ruleStamp: new Int32Array(rules.length),
    ruleCount: new Int32Array(rules.length),
  };
}

/** A token test is usually narrower than a phrase list of function words; among phrases, the shortest list. */
function pickAnchor(req: Elem[]): Elem {
  const tokEl = req.find((e) => e.k === 'tok');
  if (tokEl) return tokEl;
  let best = req[0]!;
  for (const e of req) if (e.k === 'seq' && best.k === 'seq' && e.words.length < best.words.length) best = e;
  return best;
}

function longest(words: string[]): string {
  let best = words[0]!;
  for (const w of words) if (w.length > best.length) best = w;
  return best;
}

/** How the grammar sees one token; computed once per distinct (kind, text). */
export function classify(g: Grammar, t: Tok): WordClass {
  const key = t.kind + t.t;
  let c = g.classes.get(key);
  if (c) return c;
  const fills: number[] = [];
  g.requiredElems.forEach((el, id) => {
    if (el.k === 'tok' ? safeTest(el.test, t) : el.words.has(t.t)) fills.push(id);
  });
  const relevant = g.phraseWords.has(t.t) || g.tokTests.some((f) => safeTest(f, t));
  const seed = g.anchorWords.has(t.t) || g.anchorTests.some((f) => safeTest(f, t));
  c = { relevant, seed, fills };
  if (g.classes.size >= MAX_CLASSIFIED) g.classes.clear();
  g.classes.set(key, c);
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
 */
export function segments(g: Grammar, toks: Tok[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const PAD = 2;
  let i = from;
  while (i < to) {
    // find the next relevant token
    while (i < to && !classify(g, toks[i]!).relevant) i++;
    if (i >= to) break;
    const start = i;
    let seeded = false;
    let end = i;
    let gap = 0;
    // extend while gaps of irrelevant tokens stay shorter than the context rules read (two tokens)
    for (; i < to; i++) {
      const c = classify(g, toks[i]!);
      if (c.relevant) {
        gap = 0;
        end = i + 1;
        if (c.seed) seeded = true;
      } else if (++gap >= PAD) break;
    }
    if (seeded) out.push([Math.max(from, start - PAD), Math.min(to, end + PAD)]);
  }
  return out;
}

/** Rules that can match in this token list: each of their required token elements finds a token. */
function activeRules(g: Grammar, toks: Tok[]): CRule[] {
  const stamp = ++g.stamp;
  for (const t of toks) {
    for (const id of classify(g, t).fills) {
      if (g.elemStamp[id] === stamp) continue;
      g.elemStamp[id] = stamp;
      const r = g.elemRule[id]!;
      if (g.ruleStamp[r] !== stamp) {
        g.ruleStamp[r] = stamp;
        g.ruleCount[r] = 0;
      }
      g.ruleCount[r]!++;
    }
  }
  const out: CRule[] = [];
  g.rules.forEach((cr, r) => {
    if (cr.required === 0 || (g.ruleStamp[r] === stamp && g.ruleCount[r] === cr.required)) out.push(cr);
  });
  return out;
}

export function parseChart(toks: Tok[], g: Grammar): Node[] {
  const byStart: Node[][] = toks.map(() => []);
  const seen = new Set<string>();
  const all: Node[] = [];
  const rules = activeRules(g, toks);
  const tried = new Set<string>();
  const ids = new Map<Node, number>();
  /** A match by rule, start and what each element took (nodes by creation number, tokens by position). */
  const matchKey = (r: number, i: number, hits: Hit[]): string => {
    let key = `${r}:${i}`;
    for (const h of hits) key += h === null ? '|-' : h.node ? `|n${ids.get(h.node)}` : `|${h.i}-${h.j}`;
    return key;
  };

  const add = (n: Node): boolean => {
    const key = `${n.type}|${n.i}|${n.j}|${n.rule}`;
    if (seen.has(key)) return false;
    const bucket = byStart[n.i]!;
    if (bucket.length >= MAX_NODES_PER_START) return false;
    seen.add(key);
    ids.set(n, all.length);
    bucket.push(n);
    all.push(n);
    return true;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let added = 0;
    for (let r = 0; r < rules.length; r++) {
      const cr = rules[r]!;
      // rules made of tokens alone find everything in the first pass
      if (pass > 0 && !cr.hasNode) continue;
      const { rule, pattern } = cr;
      const first = pattern[0]!;
      const prio = rule.prio ?? 0;
      for (let i = 0; i < toks.length; i++) {
        if (!first.opt && !canStart(first, toks[i]!, byStart[i]!)) continue;
        // matches are taken as they are found: a node added here is seen by the rest of this very match search
        matchAt(pattern, 0, i, toks, byStart, [], (hits, end) => {
          if (end === i) return;
          // every pass finds the earlier passes' matches again; a rule's value depends only on what it matched
          const key = matchKey(r, i, hits);
          if (tried.has(key)) return;
          tried.add(key);
          let produced: Produced | null = null;
          try {
            produced = rule.prod(hits, toks);
          } catch {
            produced = null; // a rule that cannot build a value (an impossible date) simply does not match
          }
          if (produced && add({ type: produced.type, i, j: end, v: produced.v, rule: rule.name, prio })) added++;
        });
      }
    }
    if (added === 0) break;
  }
  return all;
}

type OnMatch = (hits: Hit[], end: number) => void;

function matchAt(pattern: CElem[], k: number, pos: number, toks: Tok[], byStart: Node[][], acc: Hit[], on: OnMatch): void {
  if (k === pattern.length) {
    on(acc.slice(), pos);
    return;
  }
  const el = pattern[k]!;
  if (el.opt) {
    acc.push(null);
    matchAt(pattern, k + 1, pos, toks, byStart, acc, on);
    acc.pop();
  }
  if (pos >= toks.length) return;
  const first = toks[pos]!;
  if (el.tight && k > 0 && first.sp) return;
  if (el.k === 'tok') {
    if (!el.test(first)) return;
    acc.push({ tok: first, i: pos, j: pos + 1 });
    matchAt(pattern, k + 1, pos + 1, toks, byStart, acc, on);
    acc.pop();
  } else if (el.k === 'seq') {
    const phrases = el.byFirst.get(first.t);
    if (!phrases) return;
    for (const p of phrases) {
      const words = p.words;
      if (pos + words.length > toks.length) continue;
      let ok = true;
      for (let w = 0; w < words.length; w++) {
        const tk = toks[pos + w]!;
        if (tk.t !== words[w] || (w > 0 && el.tight && tk.sp && p.punct[w])) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      acc.push({ toks: toks.slice(pos, pos + words.length), i: pos, j: pos + words.length });
      matchAt(pattern, k + 1, pos + words.length, toks, byStart, acc, on);
      acc.pop();
    }
  } else {
    const bucket = byStart[pos]!;
    // by index, re-reading the length: nodes added during this search are tried as well
    for (let x = 0; x < bucket.length; x++) {
      const n = bucket[x]!;
      if (!el.types.has(n.type)) continue;
      if (el.test && !el.test(n.v)) continue;
      acc.push({ node: n, i: n.i, j: n.j });
      matchAt(pattern, k + 1, n.j, toks, byStart, acc, on);
      acc.pop();
    }
  }
}

/** A cheap test of a rule's first element, so that most positions are skipped without starting a match. */
function canStart(el: CElem, t: Tok, nodes: Node[]): boolean {
  if (el.k === 'tok') return el.test(t);
  if (el.k === 'seq') return el.byFirst.has(t.t);
  for (const n of nodes) if (el.types.has(n.type)) return true;
  return false;
}

function isPunctWord(w: string): boolean {
  return !/[\p{L}\d]/u.test(w);
}
