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

export class PhraseTrie<T> {
  private root: PhraseNode<T> = { next: new Map(), nextGap: new Map() };

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
    // First entry wins: tables list the preferred reading first.
    if (node.value === undefined) node.value = value;
  }

  /** Whether some phrase starts with this folded word. */
  startsWith(norm: string): boolean {
    return this.root.next.has(norm);
  }

  /** Longest phrase starting at token i: [end token index (exclusive), value]. */
  matchAt(toks: QToken[], i: number, limit = toks.length): { end: number; value: T } | null {
    let node: PhraseNode<T> | undefined = this.root;
    let best: { end: number; value: T } | null = null;
    for (let k = i; k < limit && node; k++) {
      const t = toks[k]!;
      node = edges(node, t, k === i).get(t.norm);
      if (node?.value !== undefined) best = { end: k + 1, value: node.value };
    }
    return best;
  }

  /** Longest phrase ending right before token j (exclusive end = j): [start token index, value]. */
  matchEndingAt(toks: QToken[], j: number, maxLen = 4, lower = 0): { start: number; value: T } | null {
    let best: { start: number; value: T } | null = null;
    for (let s = Math.max(lower, j - maxLen); s < j; s++) {
      const m = this.matchAt(toks, s, j);
      if (m && m.end === j) {
        best = { start: s, value: m.value };
        break; // the earliest start is the longest phrase
      }
    }
    return best;
  }
}
