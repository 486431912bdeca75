import { qtokenize, type QToken } from './tokens.js';

/** A trie of token sequences: multi-word table phrases ("bis zu", "ca.", "US-Dollar") matched over tokens. */
export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  value?: T;
}

export class PhraseTrie<T> {
  private root: PhraseNode<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    const toks = qtokenize(phrase, 0, phrase.length);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.norm);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t.norm, child);
      }
      node = child;
    }
    // First entry wins: tables list the preferred reading first.
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at token i: [end token index (exclusive), value]. */
  matchAt(toks: QToken[], i: number, limit = toks.length): { end: number; value: T } | null {
    let node: PhraseNode<T> | undefined = this.root;
    let best: { end: number; value: T } | null = null;
    for (let k = i; k < limit && node; k++) {
      node = node.next.get(toks[k]!.norm);
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
