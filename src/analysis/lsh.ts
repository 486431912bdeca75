/**
 * Locality-sensitive hashing by banding: a signature of `bands * rows` minima is cut into bands; two documents
 * become candidates when any band is identical. With b bands of r rows the chance of becoming a candidate is
 * 1 - (1 - J^r)^b, a steep curve around J ≈ (1/b)^(1/r). Only candidates are compared, never all pairs.
 *
 * Buckets live in an open-addressing hash table over typed arrays (key → latest document) with a chain array
 * (document → previous document in the same bucket), about 20 bytes per document and band instead of a
 * JavaScript Map entry per bucket.
 *
 * `sweep(firstKept)` forgets the documents numbered below `firstKept` (those older than the caller's time
 * horizon, a prefix of the numbers in a stream in publication order): their chain entries go, and buckets whose
 * latest document is forgotten are emptied, so the index holds the horizon's documents, not the stream's.
 */
import { combine32 } from './hash.js';
import { GrowableInt32 } from './buffers.js';

class BucketTable {
  private keys: Uint32Array;
  private heads: Int32Array;
  private used = 0;
  constructor(capacity = 1024) {
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity).fill(-1);
  }
  /** Insert `doc` as the head of bucket `key`; returns the previous head (-1 if none). */
  push(key: number, doc: number): number {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.heads[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    const prev = this.heads[i]!;
    if (prev === -1) this.used++;
    this.keys[i] = key;
    this.heads[i] = doc;
    return prev;
  }
  /** Keep only buckets whose head is `>= firstKept`, in a table sized for them. */
  sweep(firstKept: number): void {
    let live = 0;
    for (let j = 0; j < this.keys.length; j++) if (this.heads[j]! >= firstKept) live++;
    let cap = 1024;
    while (cap < live * 4) cap *= 2;
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(cap);
    this.heads = new Int32Array(cap).fill(-1);
    this.used = 0;
    const mask = cap - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldHeads[j]! < firstKept) continue;
      let i = oldKeys[j]! & mask;
      while (this.heads[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = oldKeys[j]!;
      this.heads[i] = oldHeads[j]!;
      this.used++;
    }
  }
  head(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.heads[i] !== -1) {
      if (this.keys[i] === key) return this.heads[i]!;
      i = (i + 1) & mask;
    }
    return -1;
  }
  private rehash(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldHeads[j] === -1) continue;
      let i = oldKeys[j]! & mask;
      while (this.heads[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = oldKeys[j]!;
      this.heads[i] = oldHeads[j]!;
    }
  }
}

export class LshIndex {
  private tables: BucketTable[];
  /** chain[(doc - first) * bands + band] = previous document in the same bucket */
  private chain = new GrowableInt32(1024);
  /** documents added so far; document numbers are 0..count-1 in insertion order */
  count = 0;
  /** documents below this number have been swept */
  private first = 0;

  constructor(readonly bands: number, readonly rows: number) {
    this.tables = Array.from({ length: bands }, () => new BucketTable());
  }

  private bandKey(minima: Uint32Array, band: number): number {
    let h = band + 1;
    for (let r = 0; r < this.rows; r++) h = combine32(h, minima[band * this.rows + r]!);
    return h;
  }

  /**
   * Documents sharing at least one band with `minima`, newest first, each once; at most `limit` of them
   * (a huge bucket means boilerplate, and scanning it all would make the index quadratic).
   */
  candidates(minima: Uint32Array, limit = 200): number[] {
    const seen = new Set<number>();
    for (let b = 0; b < this.bands; b++) {
      let d = this.tables[b]!.head(this.bandKey(minima, b));
      let steps = 0;
      // -1 ends a chain, and so does a swept document (all older ones are swept too)
      while (d >= this.first && steps++ < limit) {
        seen.add(d);
        d = this.chain.get((d - this.first) * this.bands + b);
      }
      if (seen.size >= limit) break;
    }
    return [...seen];
  }

  /** Add a document's minima; returns its document number. */
  add(minima: Uint32Array): number {
    const doc = this.count++;
    for (let b = 0; b < this.bands; b++) {
      const prev = this.tables[b]!.push(this.bandKey(minima, b), doc);
      this.chain.push(prev);
    }
    return doc;
  }

  /** Forget the documents numbered below `firstKept`. */
  sweep(firstKept: number): void {
    firstKept = Math.min(firstKept, this.count);
    if (firstKept <= this.first) return;
    const cut = (firstKept - this.first) * this.bands;
    const c = this.chain;
    const rest = c.length - cut;
    if (rest * 4 < c.data.length && c.data.length > 1024) {
      const next = new Int32Array(Math.max(1024, rest * 2));
      next.set(c.data.subarray(cut, c.length));
      c.data = next;
    } else c.data.copyWithin(0, cut, c.length);
    c.length = rest;
    this.first = firstKept;
    for (const t of this.tables) t.sweep(firstKept);
  }

  /** documents held (added and not swept) */
  get held(): number {
    return this.count - this.first;
  }
}
