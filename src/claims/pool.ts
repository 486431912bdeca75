/**
 * A pool of worker threads running extractClaims, so that ingest uses every core: extraction costs tens of times
 * more than storing an article, and it is pure (document in, claims out), so it parallelises without locks.
 *
 * Documents go to the workers as plain objects and claims come back as plain objects (structured clone), or, for
 * ingest (prepare), as the store's row parts with the claim JSON made on the worker: cheaper to copy across and
 * no work left for the writing thread. Each document gets its own outcome: an extractor error fails that
 * document alone. A worker that dies takes only the document it was working on with it (a worker handles its
 * queue in order, so that is the oldest one sent to it); the others it held go to the remaining workers and a
 * replacement is started.
 *
 * With threads = 1 there is no worker: extraction runs on the calling thread (no start-up, no copying).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/document.js';
import type { Claim } from '../core/claim.js';
import { claimParts, PreparedClaims, type ClaimParts } from '../store/claim-row.js';
import type { PoolReply, PoolRequest } from './pool-protocol.js';
import { siblingModule, workerTarget } from '../core/worker-target.js';

export type ExtractOutcome =
  | { ok: true; claims: Claim[]; /** ENGINE_VERSION of the code that extracted them */ engineVersion: string }
  | { ok: false; error: Error };

/** Claims made ready for the store on the extracting thread (see claim-row.ts). */
export type PrepareOutcome = { ok: true; prepared: PreparedClaims } | { ok: false; error: Error };

/** What a worker answered for one job, before it is given out as an ExtractOutcome or a PrepareOutcome. */
type Answer =
  | { ok: true; claims: Claim[] | null; parts: ClaimParts[] | null; engineVersion: string }
  | { ok: false; error: Error };

export interface PoolOptions {
  /** worker threads (default os.availableParallelism()); 1 extracts on the calling thread */
  threads?: number;
  /**
   * Documents handed to one worker at a time. Enough that a worker keeps busy while the main thread is blocked:
   * better-sqlite3 writes a batch synchronously, and replies (which send the next documents) wait until it is
   * done; with 8, profiles showed the workers idle a quarter of the time during ingest. Documents queued at a
   * worker cost only their text in memory, and a crash fails only the document being extracted (the rest are
   * re-sent), so a deep queue is cheap.
   */
  perWorker?: number;
  /**
   * The module each worker runs (default: pool-worker next to this file). It must answer PoolRequests with
   * PoolReplies as pool-worker does; tests use this to run a worker that crashes on purpose.
   */
  entry?: URL;
}

interface Job {
  doc: Document;
  /** answer with store parts (prepare) rather than claim objects (extract) */
  parts: boolean;
  resolve: (o: Answer) => void;
}

interface Slot {
  worker: Worker;
  /** jobs sent to this worker, oldest first: the worker answers them in this order */
  sent: Map<number, Job>;
  /** set once the worker has loaded the engine */
  engineVersion: string | null;
}

const DEFAULT_PER_WORKER = 64;

export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism());
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

export class ExtractPool {
  readonly threads: number;
  private readonly perWorker: number;
  private readonly entry: URL | undefined;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closing = false;
  /** a worker failed before it could extract anything (missing build, broken engine): every job fails with it */
  private broken: Error | null = null;
  private local: Promise<{ extract: (doc: Document) => Claim[]; version: string }> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(opts: PoolOptions = {}) {
    const threads = opts.threads ?? defaultThreads();
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`extraction pool: threads must be a positive integer, got ${threads}`);
    this.threads = threads;
    this.perWorker = Math.max(1, opts.perWorker ?? DEFAULT_PER_WORKER);
    this.entry = opts.entry;
  }

  /** Jobs not yet answered (queued or at a worker). */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.sent.size, 0);
  }

  /** Claims of one document; never rejects: failures come back as { ok: false }. */
  async extract(doc: Document): Promise<ExtractOutcome> {
    const a = await this.run(doc, false);
    if (!a.ok) return a;
    return { ok: true, claims: a.claims ?? a.parts!.map((p) => JSON.parse(p[7]) as Claim), engineVersion: a.engineVersion };
  }

  /**
   * Claims of one document as the store writes them (filter columns and JSON, made on the worker thread): for
   * ingest, where the claims only pass through to the store. Never rejects.
   */
  async prepare(doc: Document): Promise<PrepareOutcome> {
    const a = await this.run(doc, true);
    if (!a.ok) return a;
    return { ok: true, prepared: new PreparedClaims(a.parts ?? a.claims!.map(claimParts), a.engineVersion) };
  }

  private run(doc: Document, parts: boolean): Promise<Answer> {
    if (this.closing) return Promise.resolve({ ok: false, error: new Error('extraction pool is closed') });
    if (this.broken) return Promise.resolve({ ok: false, error: this.broken });
    if (this.threads === 1 && !this.entry) return this.extractHere(doc, parts);
    return new Promise((resolve) => {
      this.queue.push({ doc, parts, resolve });
      this.dispatch();
    });
  }

  /** Claims of several documents, in input order. */
  extractAll(docs: readonly Document[]): Promise<ExtractOutcome[]> {
    return Promise.all(docs.map((d) => this.extract(d)));
  }

  /**
   * Streams items through the pool with at most `window` of them read ahead and unanswered (back-pressure: the
   * source is not read further until the oldest is handed on); results come in input order. Items for which
   * docOf returns null pass through without extraction.
   */
  async *map<T>(source: AsyncIterable<T> | Iterable<T>, docOf: (item: T) => Document | null, window = this.threads * this.perWorker * 2): AsyncGenerator<{ item: T; outcome: ExtractOutcome | null }> {
    const ahead: { item: T; outcome: Promise<ExtractOutcome> | null }[] = [];
    for await (const item of source) {
      const doc = docOf(item);
      ahead.push({ item, outcome: doc ? this.extract(doc) : null });
      while (ahead.length >= Math.max(1, window)) {
        const head = ahead.shift()!;
        yield { item: head.item, outcome: head.outcome ? await head.outcome : null };
      }
    }
    while (ahead.length > 0) {
      const head = ahead.shift()!;
      yield { item: head.item, outcome: head.outcome ? await head.outcome : null };
    }
  }

  /** Waits for the jobs already given, then stops the workers. Later extract() calls fail. */
  async close(): Promise<void> {
    if (this.pending > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.closing = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private async extractHere(doc: Document, parts: boolean): Promise<Answer> {
    this.local ??= (async () => {
      const [{ extractClaims }, { ENGINE_VERSION }] = await Promise.all([import('./extract.js'), import('../version.js')]);
      return { extract: extractClaims, version: ENGINE_VERSION };
    })();
    try {
      const { extract, version } = await this.local;
      const claims = extract(doc);
      return parts ? { ok: true, claims: null, parts: claims.map(claimParts), engineVersion: version } : { ok: true, claims, parts: null, engineVersion: version };
    } catch (err) {
      return { ok: false, error: asError(err) };
    }
  }

  /** Sends queued jobs to the least busy workers, starting workers on first need. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.broken) {
      if (this.slots.length < this.threads) this.spawn();
      let best: Slot | null = null;
      for (const s of this.slots) if (s.sent.size < this.perWorker && (!best || s.sent.size < best.sent.size)) best = s;
      if (!best) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      best.sent.set(id, job);
      const msg: PoolRequest = job.parts ? { id, doc: job.doc, parts: true } : { id, doc: job.doc };
      best.worker.postMessage(msg);
    }
  }

  private spawn(): void {
    const target = workerTarget(this.entry ?? siblingModule('pool-worker', import.meta.url));
    const worker = new Worker(target.file, { workerData: target.workerData });
    const slot: Slot = { worker, sent: new Map(), engineVersion: null };
    this.slots.push(slot);
    let lastError: Error | null = null;
    worker.on('message', (m: PoolReply) => this.onReply(slot, m));
    worker.on('error', (err) => {
      lastError = asError(err);
    });
    worker.on('exit', (code) => this.onExit(slot, lastError ?? new Error(`extraction worker exited with code ${code}`)));
  }

  private onReply(slot: Slot, m: PoolReply): void {
    if (m.type === 'ready') {
      slot.engineVersion = m.engineVersion;
      return;
    }
    const job = slot.sent.get(m.id);
    if (!job) return;
    slot.sent.delete(m.id);
    if (m.type === 'claims') job.resolve({ ok: true, claims: m.claims, parts: null, engineVersion: slot.engineVersion ?? m.engineVersion });
    else if (m.type === 'parts') job.resolve({ ok: true, claims: null, parts: m.parts, engineVersion: slot.engineVersion ?? m.engineVersion });
    else job.resolve({ ok: false, error: new Error(m.error) });
    this.dispatch();
    this.checkIdle();
  }

  private onExit(slot: Slot, cause: Error): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (this.closing) return;
    const jobs = [...slot.sent.values()];
    slot.sent.clear();
    if (slot.engineVersion === null) {
      // it never loaded the engine: a replacement would fail the same way
      this.broken = new Error(`extraction worker could not start (one thread extracts without workers): ${cause.message}`);
      for (const j of [...jobs, ...this.queue.splice(0)]) j.resolve({ ok: false, error: this.broken });
      for (const s of this.slots.splice(0)) {
        for (const j of s.sent.values()) j.resolve({ ok: false, error: this.broken });
        s.sent.clear();
        void s.worker.terminate();
      }
    } else {
      // the oldest job is the one it was working on; the others were only waiting in its queue
      const [culprit, ...rest] = jobs;
      culprit?.resolve({ ok: false, error: new Error(`extraction worker died on this document: ${cause.message}`) });
      this.queue.unshift(...rest);
      this.dispatch();
    }
    this.checkIdle();
  }

  private checkIdle(): void {
    if (this.pending > 0) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }
}
