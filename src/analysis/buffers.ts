/**
 * Growable typed arrays: the indexes keep per-document data in flat typed arrays (a few bytes per document)
 * instead of JavaScript objects, so that a stream of a million articles stays within bounded memory.
 * One class per element type, on purpose: a single generic class would make `push`/`get` see five array types
 * and turn their inline caches polymorphic in the indexes' hottest loops.
 */
export class GrowableUint32 {
  data: Uint32Array;
  length = 0;
  constructor(initial = 16) {
    this.data = new Uint32Array(initial);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  grow(min: number): void {
    let cap = Math.max(16, this.data.length * 2);
    while (cap < min) cap *= 2;
    const next = new Uint32Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
}

export class GrowableInt32 {
  data: Int32Array;
  length = 0;
  constructor(initial = 16) {
    this.data = new Int32Array(initial);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  grow(min: number): void {
    let cap = Math.max(16, this.data.length * 2);
    while (cap < min) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
}

export class GrowableFloat64 {
  data: Float64Array;
  length = 0;
  constructor(initial = 16) {
    this.data = new Float64Array(initial);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i]!;
  }
}

/**
 * Posting lists keyed by a 32-bit feature hash. Each list is a growable Int32Array of document numbers in
 * insertion order, so the most recent postings are at the end (scans go backwards and stop at a cap).
 * A list longer than `maxLength` drops its oldest half: very common features carry no signal anyway, and
 * this bounds memory for a long stream. Documents come in publication order, so the documents older than a time
 * horizon are a prefix of the numbers: `sweep(firstKept)` drops their postings and keeps the index at the
 * horizon's size however long the stream runs.
 */
export class PostingLists {
  private lists = new Map<number, GrowableInt32>();
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

export class GrowableUint16 {
  data: Uint16Array;
  length = 0;
  constructor(initial = 1024) {
    this.data = new Uint16Array(initial);
  }
  /** Reserve `n` more slots and return the offset of the first. */
  reserve(n: number): number {
    const off = this.length;
    if (off + n > this.data.length) {
      let cap = Math.max(1024, this.data.length * 2);
      while (cap < off + n) cap *= 2;
      const next = new Uint16Array(cap);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.length += n;
    return off;
  }
}

/** Union-find over document numbers, with path halving; the root of a set is its smallest number (earliest). */
export class UnionFind {
  private parent = new GrowableInt32(1024);
  add(): number {
    const n = this.parent.length;
    this.parent.push(n);
    return n;
  }
  find(x: number): number {
    const p = this.parent;
    while (p.get(x) !== x) {
      p.set(x, p.get(p.get(x)));
      x = p.get(x);
    }
    return x;
  }
  /** Join two sets; returns the new root (the smaller, i.e. earlier, number). */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    return root;
  }
  get size(): number {
    return this.parent.length;
  }
}

export class GrowableFloat32 {
  data: Float32Array;
  length = 0;
  constructor(initial = 16) {
    this.data = new Float32Array(initial);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float32Array(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** One posting list: document numbers in insertion order with the feature's weight in each document. */
export interface WeightedList {
  docs: GrowableInt32;
  weights: GrowableFloat32;
}

/**
 * Posting lists keyed by a 32-bit feature hash, with a weight per posting (so that a scan yields weighted
 * dot products without keeping the documents' vectors). `sweep(keep)` drops the postings of documents the
 * caller no longer needs (older than its time window) and empty lists, so a long stream in publication order
 * keeps only the window's postings in memory.
 */
export class WeightedPostingLists {
  private lists = new Map<number, WeightedList>();
  add(key: number, doc: number, weight: number): void {
    let list = this.lists.get(key);
    if (!list) {
      list = { docs: new GrowableInt32(2), weights: new GrowableFloat32(2) };
      this.lists.set(key, list);
    }
    list.docs.push(doc);
    list.weights.push(weight);
  }
  get(key: number): WeightedList | undefined {
    return this.lists.get(key);
  }
  /** Keep only postings of documents `>= firstKept`. */
  sweep(firstKept: number): void {
    for (const [key, list] of this.lists) {
      const d = list.docs;
      if (d.length === 0 || d.data[d.length - 1]! < firstKept) {
        this.lists.delete(key);
        continue;
      }
      let cut = 0;
      while (cut < d.length && d.data[cut]! < firstKept) cut++;
      if (cut === 0) continue;
      d.data.copyWithin(0, cut, d.length);
      list.weights.data.copyWithin(0, cut, d.length);
      d.length -= cut;
      list.weights.length -= cut;
    }
  }
  get size(): number {
    return this.lists.size;
  }
}

/** Drop the first `k` elements of a growable typed array, reallocating it when it would be mostly empty. */
export function shift(a: GrowableUint16 | GrowableUint32 | GrowableFloat64, k: number): void {
  const rest = a.length - k;
  const d = a.data;
  if (rest * 4 < d.length && d.length > 4096) {
    const next = new (d.constructor as new (n: number) => typeof d)(Math.max(4096, rest * 2));
    next.set(d.subarray(k, a.length) as never);
    a.data = next as never;
  } else d.copyWithin(0, k, a.length);
  a.length = rest;
}
