/**
 * Batches into a store with claims extracted elsewhere (the extraction pool's worker threads), pipelined: a batch
 * is handed to the extractor as soon as it is given, while earlier batches are still being extracted or written,
 * and batches are written strictly one after the other, in the order given. So the workers extract batch k+1
 * while the main thread writes batch k and reads the articles of batch k+2.
 *
 * Articles the store already holds unchanged are not extracted at all (re-ingesting a corpus stays cheap).
 */
import type { Document } from '../core/document.js';
import type { ExtractOutcome, PrepareOutcome } from '../claims/pool.js';
import type { AddItem, AddOutcome, PrecomputedClaims, Store } from './types.js';

export interface ClaimExtractor {
  extract(doc: Document): Promise<ExtractOutcome>;
  /** the claims ready for the store (made on the extracting thread); used instead of extract when there */
  prepare?(doc: Document): Promise<PrepareOutcome>;
}

type Extracted = { ok: true; extracted: PrecomputedClaims } | { ok: false; error: Error };

export class PooledWriter {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Store, private readonly extractor: ClaimExtractor) {}

  /**
   * Starts extracting the batch now and writes it after every batch given before it. Outcomes come in input
   * order; an article whose extraction failed fails alone, with the extractor's error. The caller bounds how
   * many batches it keeps open (each holds its documents and claims in memory).
   */
  write(items: readonly AddItem[]): Promise<AddOutcome[]> {
    const extracted = this.extractNew(items);
    const run = this.tail.then(async () => {
      const outcomes = await extracted;
      const out: AddOutcome[] = new Array(items.length);
      const toStore: AddItem[] = [];
      const at: number[] = [];
      items.forEach((item, i) => {
        const o = outcomes[i];
        if (o && !o.ok) out[i] = { ok: false, error: o.error };
        else {
          toStore.push(o ? { ...item, extracted: o.extracted } : item);
          at.push(i);
        }
      });
      if (toStore.length > 0) (await this.store.addArticles(toStore)).forEach((o, k) => (out[at[k]!] = o));
      return out;
    });
    this.tail = run.catch(() => {});
    return run;
  }

  /** Waits until every batch given so far is written. */
  async drain(): Promise<void> {
    await this.tail;
  }

  /** Extraction outcomes per item; null where the store has the article unchanged (or the item is invalid). */
  private async extractNew(items: readonly AddItem[]): Promise<(Extracted | null)[]> {
    let known: boolean[];
    try {
      known = await this.store.findUnchanged(items);
    } catch {
      known = items.map(() => false); // only a hint: the write decides again
    }
    return Promise.all(items.map((item, i) => (known[i] || !item?.doc || typeof item.doc.text !== 'string' ? null : this.extractOne(item.doc))));
  }

  private async extractOne(doc: Document): Promise<Extracted> {
    if (this.extractor.prepare) {
      const o = await this.extractor.prepare(doc);
      return o.ok ? { ok: true, extracted: o.prepared } : o;
    }
    const o = await this.extractor.extract(doc);
    return o.ok ? { ok: true, extracted: { claims: o.claims, engineVersion: o.engineVersion } } : o;
  }
}
