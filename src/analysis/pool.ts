/**
 * AnalysisPool: the pure, per-article and per-story parts of analysing a stored corpus, on worker threads, so
 * that the analysis uses more than one core. The store's thread reads the database, links the articles in
 * publication order (the indexes are sequential: each article is linked to the ones before) and writes the
 * stories; it hands out, page by page,
 * - each article's input to the indexes (ArticleInput: words, features, shingles, fingerprints; most of the cost
 *   of adding an article), and
 * - the evidence of each syndication group (shared passages and figures, from the texts read again), and
 * - the building of each story from its members' claims (parsing, the ledger, reconciliation),
 * and while a worker computes one page it reads the next and links or writes the one before. Answers come back
 * in the order the pages were given. Claims travel as stored (JSON) and are parsed on the worker.
 *
 * Without a second core (or CLAIMLEDGER_ANALYSIS_THREADS=0) there is no pool: the caller does the same work in
 * place (answerInPlace), with the same results.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { siblingModule, workerTarget } from '../core/worker-target.js';
import { articleInput, type ArticleInput } from './input.js';
import { buildStoryOf, groupEvidence, type GroupEvidence, type MemberLink } from './stream.js';
import type { SyndicationInputConfig } from './syndication.js';
import type { ArticleSummary, Story } from './types.js';

/** An article as the store reads it: the document and its claims as stored (JSON, one string per claim). */
export interface ArticleRow {
  doc: Document;
  claims: string[];
}

/** One story to build: its members in the story's order, each with its link to the plan (stream.ts). */
export interface StoryJob {
  id: string;
  members: { article: ArticleRow; link: MemberLink }[];
}

export interface BuiltStory {
  story: Story;
  articles: ArticleSummary[];
}

/** One syndication group's articles, the original first (as StreamingAnalysis.evidenceNeeded() lists them). */
export type EvidenceJob = ArticleRow[];

type Result = ArticleInput[] | BuiltStory[] | GroupEvidence[];

export type PoolRequest =
  | { id: number; kind: 'inputs'; rows: ArticleRow[]; config: SyndicationInputConfig }
  | { id: number; kind: 'stories'; jobs: StoryJob[] }
  | { id: number; kind: 'evidence'; jobs: EvidenceJob[]; minPassageWords: number };

export type PoolReply = { id: number; ok: true; result: Result } | { id: number; ok: false; error: string };

const parseClaims = (claims: readonly string[]): Claim[] => claims.map((c) => JSON.parse(c) as Claim);

export function inputsInPlace(rows: readonly ArticleRow[], config: SyndicationInputConfig): ArticleInput[] {
  return rows.map((r) => articleInput(r.doc, parseClaims(r.claims), config));
}

export function storiesInPlace(jobs: readonly StoryJob[]): BuiltStory[] {
  return jobs.map((j) => buildStoryOf(j.id, j.members.map((m) => ({ article: { doc: m.article.doc, claims: parseClaims(m.article.claims) }, link: m.link }))));
}

export function evidenceInPlace(jobs: readonly EvidenceJob[], minPassageWords: number): GroupEvidence[] {
  return jobs.map((docs) => groupEvidence(docs.map((d) => ({ doc: d.doc, claims: parseClaims(d.claims) })), minPassageWords));
}

/** A request answered in place, as a worker answers it. */
export function answerInPlace(req: PoolRequest): Result {
  switch (req.kind) {
    case 'inputs':
      return inputsInPlace(req.rows, req.config);
    case 'stories':
      return storiesInPlace(req.jobs);
    case 'evidence':
      return evidenceInPlace(req.jobs, req.minPassageWords);
  }
}

function defaultThreads(): number {
  const set = process.env.CLAIMLEDGER_ANALYSIS_THREADS;
  if (set === undefined || set === '') return os.availableParallelism() - 1;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 0) throw new Error(`CLAIMLEDGER_ANALYSIS_THREADS must be a whole number >= 0, got "${set}"`);
  return n;
}

interface Pending {
  resolve: (result: Result) => void;
  reject: (err: Error) => void;
}

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failed: Error | null = null;

  /**
   * A pool of `threads` workers, or null when that is none. The default is CLAIMLEDGER_ANALYSIS_THREADS when set
   * (0: none), else one less than the cores, so that the store's thread keeps one.
   */
  static create(threads = defaultThreads()): AnalysisPool | null {
    if (threads < 1) return null;
    return new AnalysisPool(threads);
  }

  private constructor(threads: number) {
    const target = workerTarget(siblingModule('pool-worker', import.meta.url));
    for (let i = 0; i < threads; i++) {
      const w = new Worker(target.file, { workerData: target.workerData });
      w.on('message', (m: PoolReply) => this.answer(m));
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`analysis worker exited with code ${code}`));
      });
      this.workers.push(w);
    }
  }

  /**
   * Can a worker take a page now without waiting (at most two pages queued per worker)? When not, the store's
   * thread does the page itself: the workers are behind, so its own core would otherwise wait for them.
   */
  hasRoom(): boolean {
    return this.pending.size < 2 * this.workers.length;
  }

  /** The inputs of one page of articles, in their order. Pages may be asked for before earlier ones are answered. */
  inputs(rows: ArticleRow[], config: SyndicationInputConfig): Promise<ArticleInput[]> {
    return this.ask((id) => ({ id, kind: 'inputs', rows, config })) as Promise<ArticleInput[]>;
  }

  /** The given stories built, in their order. */
  stories(jobs: StoryJob[]): Promise<BuiltStory[]> {
    return this.ask((id) => ({ id, kind: 'stories', jobs })) as Promise<BuiltStory[]>;
  }

  /** The evidence of the given syndication groups, in their order. */
  evidence(jobs: EvidenceJob[], minPassageWords: number): Promise<GroupEvidence[]> {
    return this.ask((id) => ({ id, kind: 'evidence', jobs, minPassageWords })) as Promise<GroupEvidence[]>;
  }

  private ask(request: (id: number) => PoolRequest): Promise<Result> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage(request(id));
    });
  }

  private answer(m: PoolReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(`analysis worker: ${m.error}`));
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
