/**
 * InputPool: computes ArticleInputs (input.ts) on worker threads for a stream that is fed page by page, so that
 * the analysis of a stored corpus uses a second core: the thread that reads the database and links the articles
 * (the indexes are sequential: each article is linked to the ones before) hands each page to a worker and, while
 * the worker computes it, reads the next page and links the previous one. Inputs come back in the order the
 * pages were given. Most of the cost of adding an article is its input (words, features, shingles,
 * fingerprints), so the linking thread is left with the reading and the linking.
 *
 * Without a second core (or when a worker cannot start) there is no pool: the caller computes inputs itself.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/document.js';
import { siblingModule, workerTarget } from '../core/worker-target.js';
import type { ArticleInput } from './input.js';
import type { SyndicationInputConfig } from './syndication.js';

/** An article as the store reads it: the document and its claims as stored (JSON, one string per claim). */
export interface InputRow {
  doc: Document;
  claims: string[];
}

export interface InputRequest {
  id: number;
  rows: InputRow[];
  config: SyndicationInputConfig;
}

export type InputReply = { id: number; ok: true; inputs: ArticleInput[] } | { id: number; ok: false; error: string };

function defaultThreads(): number {
  const set = process.env.CLAIMLEDGER_ANALYSIS_THREADS;
  if (set === undefined || set === '') return os.availableParallelism() - 1;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 0) throw new Error(`CLAIMLEDGER_ANALYSIS_THREADS must be a whole number >= 0, got "${set}"`);
  return n;
}

interface Pending {
  resolve: (inputs: ArticleInput[]) => void;
  reject: (err: Error) => void;
}

export class InputPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failed: Error | null = null;

  /**
   * A pool of `threads` workers, or null when that is none. The default is CLAIMLEDGER_ANALYSIS_THREADS when set
   * (0: none), else one less than the cores, so that the linking thread keeps one.
   */
  static create(config: SyndicationInputConfig, threads = defaultThreads()): InputPool | null {
    if (threads < 1) return null;
    return new InputPool(config, threads);
  }

  private constructor(private readonly config: SyndicationInputConfig, threads: number) {
    const target = workerTarget(siblingModule('input-worker', import.meta.url));
    for (let i = 0; i < threads; i++) {
      const w = new Worker(target.file, { workerData: target.workerData });
      w.on('message', (m: InputReply) => this.answer(m));
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`analysis input worker exited with code ${code}`));
      });
      this.workers.push(w);
    }
  }

  /** The inputs of one page of articles, in their order. Pages may be asked for before earlier ones are answered. */
  compute(rows: InputRow[]): Promise<ArticleInput[]> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, rows, config: this.config } satisfies InputRequest);
    });
  }

  private answer(m: InputReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.inputs);
    else p.reject(new Error(`analysis input worker: ${m.error}`));
  }

  private fail(err: Error): void {
    this.failed ??= err;
    for (const p of this.pending.values()) p.reject(this.failed);
    this.pending.clear();
  }

  async close(): Promise<void> {
    const ws = this.workers.splice(0);
    for (const w of ws) w.removeAllListeners('exit');
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
