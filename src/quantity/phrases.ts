import { qtokenize, type QToken } from './tokens.js';

/** A trie of token sequences: multi-word table phrases ("bis zu", "ca.", "US-Dollar") matched over tokens. */
export interface PhraseNode<T> {
  /** the next token, written right after this one (or the first token of a phrase) */
  next: Map<string, PhraseNode<T>>;
  /** the next token after white space */
  nextGap: Map<string, PhraseNode<T>>;
  value?: T;
}

/**
 * Spacing inside a phrase is significant ("A$" is not "a $"); its amount is not. Two maps per node, one for
 * each kind of edge, keyed by the folded token alone (no key string is built per lookup).
 */
function edges<T>(node: PhraseNode<T>, t: QToken, first: boolean): Map<string, PhraseNode<T>> {
  return first || !t.gapBefore ? node.next : node.nextGap;
}

function markPair(pairs: Uint8Array, norm: string): void {
  if (norm.length < 2) return; // a word of two letters or more never folds to it
  const a = norm.charCodeAt(0);
  const b = norm.charCodeAt(1);
  if (a < 128 && b < 128) pairs[a * 128 + b] = 1;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A word whose first two raw letters (ASCII) begin no folded key of `pairs` cannot equal any of them. */
function ruledOut(tok: QToken, pairs: Uint8Array): boolean {
  if (tok.kind !== 'word' || tok.end - tok.start < 2) return false;
  const a = tok.codeAt(0);
  const b = tok.codeAt(1);
  return a < 128 && b < 128 && pairs[lowerAscii(a) * 128 + lowerAscii(b)] === 0;
}

export class PhraseTrie<T> {
  private root: PhraseNode<T> = { next: new Map(), nextGap: new Map() };
  /**
   * Folded last tokens of all phrases: matchEndingAt looks back from a figure for several start tokens,
   * and most figures have no phrase of a given table before them; one lookup of the token before the figure
   * dismisses them all.
   */
  private lastTokens = new Set<string>();
  /**
   * First two letters (ASCII, lower case) of the first and of the last tokens of all phrases, so that a word
   * can be ruled out by its raw letters before it is folded and looked up (most words next to a figure are
   * no unit, bound or verb of a table). A word of two or more letters folds to at least as many letters,
   * and its first two folded letters are its first two raw letters in lower case when those are ASCII.
   */
  private firstPairs = new Uint8Array(128 * 128);
  private lastPairs = new Uint8Array(128 * 128);

  add(phrase: string, value: T): void {
    const toks = qtokenize(phrase, 0, phrase.length);
    if (toks.length === 0) return;
    let node = this.root;
    for (const [k, t] of toks.entries()) {
      const map = edges(node, t, k === 0);
      let child = map.get(t.norm);
      if (!child) {
        child = { next: new Map(), nextGap: new Map() };
        map.set(t.norm, child);
      }
      node = child;
    }
    this.lastTokens.add(toks[toks.length - 1]!.norm);
    markPair(this.firstPairs, toks[0]!.norm);
    markPair(this.lastPairs, toks[toks.length - 1]!.norm);
    // First entry wins: tables list the preferred reading first.
    if (node.value === undefined) node.value = value;
  }

  /** The folded first tokens of all phrases. */
  firstTokens(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Whether some phrase starts with this folded word. */
  startsWith(norm: string): boolean {
    return this.root.next.has(norm);
  }

  /** Longest phrase starting at token i: [end token index (exclusive), value]. */
  matchAt(toks: QToken[], i: number, limit = toks.length): { end: number; value: T } | null {
    let node: PhraseNode<T> | undefined = this.root;
    // the result object is made once at the end: most walks stop at the first token
    let end = -1;
    let value: T | undefined;
    if (i < limit && ruledOut(toks[i]!, this.firstPairs)) return null;
    for (let k = i; k < limit && node; k++) {
      const t = toks[k]!;
      node = edges(node, t, k === i).get(t.norm);
      if (node?.value !== undefined) {
        end = k + 1;
        value = node.value;
      }
    }
    return end < 0 ? null : { end, value: value as T };
  }

  /** Longest phrase ending right before token j (exclusive end = j): [start token index, value]. */
  matchEndingAt(toks: QToken[], j: number, maxLen = 4, lower = 0): { start: number; value: T } | null {
    const last = toks[j - 1];
    if (last === undefined || j - 1 < lower || ruledOut(last, this.lastPairs) || !this.lastTokens.has(last.norm)) return null;
    for (let s = Math.max(lower, j - maxLen); s < j; s++) {
      const m = this.matchAt(toks, s, j);
      // the earliest start is the longest phrase
      if (m && m.end === j) return { start: s, value: m.value };
    }
    return null;
  }
}
