/**
 * Posting lists keyed by a 32-bit feature hash whose documents leave at a time horizon: each list is a growable
 * Int32Array of document numbers in insertion order (newest at the end, scans go backwards), like PostingLists in
 * buffers.ts, plus `sweep(firstKept)`, which drops the postings of documents numbered below `firstKept` and the
 * lists left empty. Documents come in publication order, so the documents older than a horizon are a prefix of
 * the numbers and a sweep keeps the index at the horizon's size however long the stream runs.
 */
import { GrowableInt32 } from './buffers.js';

export class HorizonPostingLists {
  private lists = new Map<number, GrowableInt32>();
  /** a list longer than this drops its oldest half (a very common feature carries no signal anyway) */
  constructor(private readonly maxLength = 1 << 16) {}
  add(key: number, doc: number): void {
    let list = this.lists.get(key);
    if (!list) {
      list = new GrowableInt32(4);
      this.lists.set(key, list);
    }
    if (list.length >= this.maxLength) {
      const half = list.length >> 1;
      list.data.copyWithin(0, half, list.length);
      list.length -= half;
    }
    list.push(doc);
  }
  get(key: number): GrowableInt32 | undefined {
    return this.lists.get(key);
  }
  /** Keep only postings of documents `>= firstKept`; a list that shrank a lot is reallocated to its size. */
  sweep(firstKept: number): void {
    for (const [key, list] of this.lists) {
      const d = list.data;
      if (list.length === 0 || d[list.length - 1]! < firstKept) {
        this.lists.delete(key);
        continue;
      }
      let cut = 0;
      while (cut < list.length && d[cut]! < firstKept) cut++;
      if (cut === 0) continue;
      list.length -= cut;
      if (list.length * 4 < d.length && d.length > 16) list.data = d.slice(cut, cut + Math.max(16, list.length * 2));
      else d.copyWithin(0, cut, cut + list.length);
    }
  }
  /** number of keys with postings */
  get size(): number {
    return this.lists.size;
  }
  /** total postings held (for tests of the bound) */
  postings(): number {
    let n = 0;
    for (const l of this.lists.values()) n += l.length;
    return n;
  }
}
