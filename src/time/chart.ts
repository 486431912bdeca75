import type { Tok } from './lexer.js';

/**
 * A small chart parser in Duckling's manner: rules are sequences of token tests and node tests; every rule is
 * tried at every token position against the tokens and the nodes found so far, until nothing new appears.
 * Composition ("Montag" + "18. Februar", "heute" + "abend" + "um 20 Uhr") falls out of re-applying rules to
 * their own results, so each rule stays small.
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
  prod: (hits: Hit[], toks: Tok[]) => Produced | null;
}

const MAX_PASSES = 6;
/** Guards against combinatorial growth on pathological input (long runs of numbers). */
const MAX_NODES_PER_START = 200;

export function parseChart(toks: Tok[], rules: Rule[]): Node[] {
  const byStart: Node[][] = toks.map(() => []);
  const seen = new Set<string>();
  const all: Node[] = [];

  const add = (n: Node): boolean => {
    const key = `${n.type}|${n.i}|${n.j}|${n.rule}`;
    if (seen.has(key)) return false;
    const bucket = byStart[n.i]!;
    if (bucket.length >= MAX_NODES_PER_START) return false;
    seen.add(key);
    bucket.push(n);
    all.push(n);
    return true;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let added = 0;
    for (const rule of rules) {
      for (let i = 0; i < toks.length; i++) {
        for (const m of matchAt(rule.pattern, 0, i, toks, byStart, [])) {
          if (m.end === i) continue;
          let produced: Produced | null = null;
          try {
            produced = rule.prod(m.hits, toks);
          } catch {
            produced = null; // a rule that cannot build a value (an impossible date) simply does not match
          }
          if (produced && add({ type: produced.type, i, j: m.end, v: produced.v, rule: rule.name, prio: rule.prio ?? 0 })) added++;
        }
      }
    }
    if (added === 0) break;
  }
  return all;
}

interface Match {
  hits: Hit[];
  end: number;
}

function* matchAt(pattern: Elem[], k: number, pos: number, toks: Tok[], byStart: Node[][], acc: Hit[]): Generator<Match> {
  if (k === pattern.length) {
    yield { hits: acc.slice(), end: pos };
    return;
  }
  const el = pattern[k]!;
  if (el.opt) {
    acc.push(null);
    yield* matchAt(pattern, k + 1, pos, toks, byStart, acc);
    acc.pop();
  }
  if (pos >= toks.length) return;
  const first = toks[pos]!;
  if (el.tight && k > 0 && first.sp) return;
  if (el.k === 'tok') {
    if (!el.test(first)) return;
    acc.push({ tok: first, i: pos, j: pos + 1 });
    yield* matchAt(pattern, k + 1, pos + 1, toks, byStart, acc);
    acc.pop();
  } else if (el.k === 'seq') {
    for (const words of el.words) {
      if (pos + words.length > toks.length) continue;
      let ok = true;
      for (let w = 0; w < words.length; w++) {
        const tk = toks[pos + w]!;
        if (tk.t !== words[w] || (w > 0 && el.tight && tk.sp && isPunctWord(words[w]!))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      acc.push({ toks: toks.slice(pos, pos + words.length), i: pos, j: pos + words.length });
      yield* matchAt(pattern, k + 1, pos + words.length, toks, byStart, acc);
      acc.pop();
    }
  } else {
    const types = el.type.split('|');
    for (const n of byStart[pos]!) {
      if (!types.includes(n.type)) continue;
      if (el.test && !el.test(n.v)) continue;
      acc.push({ node: n, i: n.i, j: n.j });
      yield* matchAt(pattern, k + 1, n.j, toks, byStart, acc);
      acc.pop();
    }
  }
}

function isPunctWord(w: string): boolean {
  return !/[\p{L}\d]/u.test(w);
}
