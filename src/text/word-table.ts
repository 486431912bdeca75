/**
 * Interned token texts, found by a hash of the characters in place. Shared by the time lexer, the claims
 * tokenizer and the claim tables' word reader: each keeps its own table, with a slot per word for its own facts.
 */

/** How a token reads: a word, a number (digits: not lower-cased) or another character. */
export type WordKind = 'w' | 'n' | 'p';

/** A distinct token text, kept by a WordTable: its texts, and a slot for what a grammar makes of it. */
export interface Word<C> {
  raw: string;
  t: string;
  kind: WordKind;
  /** filled by the table's owner (the grammar's class of the word) */
  data: C | undefined;
}

/**
 * Token texts seen before, found by a hash of the characters in place: a known word costs no substring, no
 * lower-casing and no string hashing (news repeat their words), and its strings are shared, so later lookups by
 * token text find their hash computed. Open addressing; grows to MAX_WORDS, then starts afresh (a 1 MB line of
 * random words must not grow it without bound).
 */
export class WordTable<C> {
  private slots: (Word<C> | undefined)[] = new Array<Word<C> | undefined>(1 << 12).fill(undefined);
  private hashes = new Int32Array(1 << 12);
  private size = 0;

  /** The word for text[s, e) of a token of `kind` (`curly`: it holds a ’, which lower-casing rewrites). */
  find(text: string, s: number, e: number, kind: WordKind, curly: boolean): Word<C> {
    return this.findHashed(text, s, e, kind, curly, hashOf(text, s, e));
  }

  /** `find` for a caller that computed `hashOf(text, s, e)` while it scanned the token. */
  findHashed(text: string, s: number, e: number, kind: WordKind, curly: boolean, h: number): Word<C> {
    const mask = this.slots.length - 1;
    for (let idx = h & mask; ; idx = (idx + 1) & mask) {
      const w = this.slots[idx];
      if (w === undefined) break;
      if (this.hashes[idx] === h && sameText(w.raw, text, s, e)) return w;
    }
    // the table outlives the text: a slice of 13 or more characters would keep the whole text alive in V8
    const raw = ownCopy(text.slice(s, e));
    const t = kind === 'n' ? raw : curly ? raw.toLowerCase().replace('’', "'") : raw.toLowerCase();
    const w: Word<C> = { raw, t, kind, data: undefined };
    this.insert(w, h);
    return w;
  }

  private insert(w: Word<C>, h: number): void {
    if ((this.size + 1) * 2 > this.slots.length) {
      if (this.slots.length >= MAX_WORDS) this.rehash(this.slots.length, false);
      else this.rehash(this.slots.length * 2, true);
    }
    const mask = this.slots.length - 1;
    let idx = h & mask;
    while (this.slots[idx] !== undefined) idx = (idx + 1) & mask;
    this.slots[idx] = w;
    this.hashes[idx] = h;
    this.size++;
  }

  private rehash(capacity: number, keep: boolean): void {
    const old = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Array<Word<C> | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.size = 0;
    if (!keep) return;
    const mask = capacity - 1;
    for (let k = 0; k < old.length; k++) {
      const w = old[k];
      if (w === undefined) continue;
      let idx = oldHashes[k]! & mask;
      while (this.slots[idx] !== undefined) idx = (idx + 1) & mask;
      this.slots[idx] = w;
      this.hashes[idx] = oldHashes[k]!;
      this.size++;
    }
  }
}

/** V8 keeps a slice of 13 or more characters as a view of its parent; joining and cutting again flattens it. */
const SLICE_VIEW_MIN = 13;

/** The same characters in a string of their own, not a view of a longer one (a kept key must not hold its article). */
export function ownCopy(s: string): string {
  return s.length < SLICE_VIEW_MIN ? s : (' ' + s).slice(1);
}

/** FNV-1a over UTF-16 code units; `lex` computes the same while it scans (HASH_SEED, then `hashStep` per unit). */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

function hashOf(text: string, s: number, e: number): number {
  let h = HASH_SEED;
  for (let k = s; k < e; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}

/** Slots of a WordTable at most (half of them filled). */
const MAX_WORDS = 1 << 18;

/** Whether text[s, e) is `a` (startsWith compares in place, several times faster than charCodeAt by charCodeAt here). */
function sameText(a: string, text: string, s: number, e: number): boolean {
  return a.length === e - s && text.startsWith(a, s);
}
