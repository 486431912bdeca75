/**
 * Document frequencies of hashed keys in bounded memory: a count-min sketch (Cormode & Muthukrishnan) with
 * saturating 8-bit counters. A stream of a million articles holds tens of millions of distinct sentences;
 * a Map per sentence would grow without bound, the sketch stays a few megabytes. It can over-count (two keys
 * sharing every cell), never under-count: a rare sentence may look common, which only costs a little recall.
 */
import { fmix32 } from './hash.js';

export class CountSketch {
  private readonly cells: Uint8Array;
  private readonly mask: number;

  /** `bits`: log2 of the counters per row; `rows`: independent hash rows */
  constructor(bits = 22, private readonly rows = 2) {
    this.mask = (1 << bits) - 1;
    this.cells = new Uint8Array(rows << bits);
  }

  private cell(key: number, row: number): number {
    return (row * (this.mask + 1)) + (fmix32(key ^ Math.imul(row + 1, 0x9e3779b1)) & this.mask);
  }

  /** Count one more occurrence of `key`. */
  add(key: number): void {
    for (let r = 0; r < this.rows; r++) {
      const i = this.cell(key, r);
      if (this.cells[i]! < 255) this.cells[i]!++;
    }
  }

  /** Estimated count of `key` (never below the true count, up to 255). */
  count(key: number): number {
    let min = 255;
    for (let r = 0; r < this.rows; r++) min = Math.min(min, this.cells[this.cell(key, r)]!);
    return min;
  }
}
