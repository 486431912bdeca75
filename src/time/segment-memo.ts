import { HASH_SEED, hashStep, ownCopy } from '../text/word-table.js';

/**
 * Segment results remembered by what they depend on besides the options: the segment's characters and how its
 * first token is set off (0 nothing, 1 a space, 2 a line break). Found by a hash of the characters in place: a
 * lookup builds no key string (a slice, a concatenation, and the copy a Map makes to hash it), and a segment is
 * looked up for every figure of every sentence whose times are read. Open addressing; bounded: when `limit`
 * entries are kept it starts afresh (arbitrary input must not grow it without end).
 */
export class SegmentMemo<V> {
  private keys: (string | undefined)[];
  private leads: Uint8Array;
  private hashes: Int32Array;
  private values: (V | undefined)[];
  private size = 0;

  constructor(private readonly limit: number) {
    this.keys = [];
    this.leads = new Uint8Array(0);
    this.hashes = new Int32Array(0);
    this.values = [];
    this.reset();
  }

  /** The value kept for text[s, e) set off by `lead`, or undefined. */
  get(text: string, s: number, e: number, lead: number): V | undefined {
    const h = hashOf(text, s, e, lead);
    const mask = this.keys.length - 1;
    for (let idx = h & mask; ; idx = (idx + 1) & mask) {
      const k = this.keys[idx];
      if (k === undefined) return undefined;
      if (this.hashes[idx] === h && this.leads[idx] === lead && k.length === e - s && text.startsWith(k, s)) return this.values[idx];
    }
  }

  /** Keeps `value` for text[s, e) set off by `lead` (not already kept: callers ask `get` first). */
  set(text: string, s: number, e: number, lead: number, value: V): void {
    if (this.size >= this.limit) this.reset();
    const h = hashOf(text, s, e, lead);
    const mask = this.keys.length - 1;
    let idx = h & mask;
    while (this.keys[idx] !== undefined) idx = (idx + 1) & mask;
    // a key of its own characters: a slice of 13 or more would keep the whole article alive in V8
    this.keys[idx] = ownCopy(text.slice(s, e));
    this.leads[idx] = lead;
    this.hashes[idx] = h;
    this.values[idx] = value;
    this.size++;
  }

  /** Empty, with room for `limit` entries at most half the slots full. */
  private reset(): void {
    let cap = 16;
    while (cap < this.limit * 2) cap *= 2;
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.leads = new Uint8Array(cap);
    this.hashes = new Int32Array(cap);
    this.values = new Array<V | undefined>(cap).fill(undefined);
    this.size = 0;
  }
}

function hashOf(text: string, s: number, e: number, lead: number): number {
  let h = hashStep(HASH_SEED, lead);
  for (let k = s; k < e; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}
