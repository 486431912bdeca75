/**
 * Ingest throughput: generated articles into a store (SQLite file or PostgreSQL schema) through
 * openStore/addArticles, as `claimledger ingest` does: with one thread the store extracts each batch itself;
 * with more, an extraction pool of worker threads extracts while the main thread writes (PooledWriter, a few
 * batches in flight). Then, up to a size limit, the store's analysis (stories, syndication, reconciled ledger).
 */
import { fork } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../src/generate/index.js';
import { engineBuild, guard, loadExtractClaims, loadOpenStore, type Failures } from './engines.js';
import { mb, MemorySampler, type MemoryReport } from './memory.js';
import type { AddItem, AddOutcome } from '../src/store/types.js';

/**
 * The extraction pool and the pipelined writer from the same build as the store and the extractor (engines.ts):
 * the compiled dist/ as `claimledger ingest` runs them, so that the worker threads run compiled code too (from
 * src/ they would run through tsx, measurably slower).
 */
async function loadPipeline(): Promise<{ ExtractPool: typeof import('../src/claims/pool.js').ExtractPool; PooledWriter: typeof import('../src/store/pooled-writer.js').PooledWriter }> {
  const from = (rel: string) => new URL(engineBuild.from === 'dist' ? `../dist/${rel}.js` : `../src/${rel}.ts`, import.meta.url).href;
  const [pool, writer] = await Promise.all([import(from('claims/pool')), import(from('store/pooled-writer'))]);
  return { ExtractPool: pool.ExtractPool, PooledWriter: writer.PooledWriter };
}

/** Batches in flight with a pool, as in `claimledger ingest`. */
const PIPELINE_DEPTH = 3;

export interface IngestArgs {
  size: number;
  seed: number;
  backend: 'sqlite' | 'postgres';
  url?: string;
  /** run store.analysis() only up to this corpus size */
  analysisMax: number;
  /** false: store articles with no claims (measures the store alone) */
  extract: boolean;
  /** articles per addArticles call (default 200; `claimledger ingest` writes 100 per transaction); 1: one addArticle each */
  batch?: number;
  /** extraction threads (default 1: the store extracts on the main thread); > 1: an extraction pool */
  threads?: number;
  /** SQLite: write to this file and keep it (bench/make-store.ts), instead of a temporary file removed afterwards */
  keepFile?: string;
}

export interface Checkpoint {
  articles: number;
  /** articles per second over the stretch since the previous checkpoint */
  articlesPerSec: number;
}

export interface IngestResult {
  backend: string;
  size: number;
  threads: number;
  extractor: string;
  extractFailures: Failures;
  seconds: number;
  articlesPerSec: number;
  /**
   * articles/s over the second half of the run: without the start (worker start-up, engine load, and the JIT
   * warming up, which makes the first thousand articles about three times dearer), what a long run goes at
   */
  secondHalfArticlesPerSec: number;
  claims: number;
  statuses: Record<string, number>;
  checkpoints: Checkpoint[];
  analysis: AnalysisStep | { skipped: string };
  dbMB: number | null;
  memory: MemoryReport;
}

/**
 * store.analysis() measured on its own: run in a fresh process that only opens the store and analyses, so that
 * its peak RSS is not hidden under the ingest's (in one process the kernel's maxRSS would mostly show the ingest,
 * and a timer never samples inside a long synchronous stretch). CPU seconds are the child's user + system time:
 * on a shared machine they say more than wall-clock seconds.
 */
export interface AnalysisStep {
  seconds: number;
  cpuSeconds: number;
  /** resident set size after opening the store, before the analysis */
  baseRssMB: number;
  /** the child's maximum resident set size (kernel figure) */
  peakRssMB: number;
  /** peakRssMB - baseRssMB: the memory the analysis itself took at its peak */
  deltaRssMB: number;
  /** heap in use after the analysis and a full garbage collection, with the result held: the result's own size, roughly */
  resultHeapMB: number;
  /** the same before the analysis (modules loaded, store open) */
  baseHeapMB: number;
  stories: number;
  syndicationGroups: number;
  /** null above COUNT_CLAIM_GROUPS_UP_TO stories (counting reads every story back) */
  claimGroups: number | null;
}

interface AnalysisTarget {
  target: string;
  pgSchema?: string;
  /**
   * 'persisted' (default): the run that writes the analysis to the store's tables, as the web app and export
   * trigger it (one page of stories is read to start it); 'whole': store.analysis(), the run plus the whole
   * analysis read back into one object (what the web app held before the analysis was persisted)
   */
  mode?: 'persisted' | 'whole';
}

/**
 * Claim groups are counted by reading every story back, after the clock: at 1M articles (~190k stories) that is
 * minutes of reading that measure nothing, so larger results report null.
 */
const COUNT_CLAIM_GROUPS_UP_TO = 50_000;

function analyseInChild(t: AnalysisTarget): Promise<AnalysisStep> {
  return new Promise((resolve, reject) => {
    const p = fork(new URL(import.meta.url), ['--analysis-only', JSON.stringify(t)], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    p.on('message', (m: { ok: boolean; result?: AnalysisStep; error?: string }) => {
      settled = true;
      if (m.ok) resolve(m.result!);
      else reject(new Error(m.error));
    });
    p.on('exit', (code) => {
      if (!settled) reject(new Error(`analysis child exited with code ${code}`));
    });
  });
}

async function analysisOnly(t: AnalysisTarget): Promise<AnalysisStep> {
  const openStore = await loadOpenStore();
  if (!openStore.ok) throw new Error(openStore.reason);
  const store = await openStore.value(t.target, { extract: () => [], pgSchema: t.pgSchema, reextractOnOpen: false });
  try {
    await import('../src/analysis/analyze.js'); // module loading is not the analysis
    await store.count();
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
    gc();
    const base = process.memoryUsage().rss;
    const baseHeap = process.memoryUsage().heapUsed;
    const cpu0 = process.cpuUsage();
    const a0 = process.hrtime.bigint();
    let counts: { stories: number; syndicationGroups: number; claimGroups: number | null };
    let held: unknown = null;
    if (t.mode === 'whole') {
      const a = await store.analysis();
      held = a;
      counts = { stories: a.stories.length, syndicationGroups: a.syndication.length, claimGroups: a.stories.reduce((n, s) => n + s.claimGroups.length, 0) };
    } else {
      const page = await store.listStories({ limit: 1 });
      // the other counts are read a page at a time after the clock and the memory figures (below)
      counts = { stories: page.total, syndicationGroups: 0, claimGroups: 0 };
    }
    const seconds = Number(process.hrtime.bigint() - a0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const peak = Math.max(process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
    gc();
    const resultHeap = process.memoryUsage().heapUsed;
    void held;
    if (t.mode !== 'whole') {
      for (let got = -1; got !== 0; ) {
        got = (await store.listSyndication({ limit: 5000, offset: counts.syndicationGroups })).length;
        counts.syndicationGroups += got;
      }
      if (counts.stories > COUNT_CLAIM_GROUPS_UP_TO) counts.claimGroups = null;
      else {
        let n = 0;
        for (let offset = 0; offset < counts.stories; offset += 200) {
          for (const s of await store.getStories({ limit: 200, offset })) n += s.claimGroups.length;
        }
        counts.claimGroups = n;
      }
    }
    return {
      seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6,
      baseRssMB: mb(base), peakRssMB: mb(peak), deltaRssMB: mb(peak - base), resultHeapMB: mb(resultHeap), baseHeapMB: mb(baseHeap),
      ...counts,
    };
  } finally {
    await store.close();
  }
}

// forked by analyseInChild, or by hand on a kept database (prints the figures):
//   node --import tsx --expose-gc bench/ingest.ts --analysis-only '{"target":"corpus.sqlite"}'
if (process.argv[2] === '--analysis-only') {
  const reply = (m: { ok: boolean; result?: AnalysisStep; error?: string }, code: number) => {
    if (process.send) process.send(m, () => process.exit(code));
    else {
      process.stdout.write(`${JSON.stringify(m.result ?? m.error)}\n`);
      process.exit(code);
    }
  };
  analysisOnly(JSON.parse(process.argv[3]!) as AnalysisTarget).then(
    (result) => reply({ ok: true, result }, 0),
    (err: unknown) => reply({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, 1),
  );
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function runIngest(args: IngestArgs): Promise<IngestResult> {
  const openStore = await loadOpenStore();
  if (!openStore.ok) throw new Error(openStore.reason);
  const claims = args.extract ? await loadExtractClaims() : ({ ok: false, reason: 'disabled by --no-extract' } as const);
  const threads = claims.ok ? Math.max(1, args.threads ?? 1) : 1;
  const extractor = claims.ok ? `extractClaims (${engineBuild.from}), ${threads === 1 ? 'main thread' : `${threads} worker threads`}` : `none (${claims.reason})`;
  const failures: Failures = { count: 0, first: null };
  const extract = claims.ok ? guard(claims.value, [], failures) : () => [];
  const { ExtractPool, PooledWriter } = await loadPipeline();
  const pool = threads > 1 ? new ExtractPool({ threads }) : null;

  const file = args.keepFile ?? join(tmpdir(), `claimledger-bench-${process.pid}-${args.size}.sqlite`);
  const schema = `bench_${process.pid}_${args.size}`;
  const target = args.backend === 'postgres' ? args.url! : file;
  const mem = new MemorySampler().start();
  const store = await openStore.value(target, { extract, pgSchema: args.backend === 'postgres' ? schema : undefined, reextractOnOpen: false });
  try {
    const corpus = new Corpus({ size: args.size, seed: args.seed });
    const statuses: Record<string, number> = {};
    const checkpoints: Checkpoint[] = [];
    const every = Math.max(1, Math.floor(args.size / 10));
    let nClaims = 0;
    const t0 = process.hrtime.bigint();
    let last = t0;
    // as `claimledger ingest` does: batches of INGEST_BATCH articles, one transaction each (addArticles)
    const batchSize = args.batch ?? 200;
    let nextCheckpoint = every;
    let lastDone = 0;
    // set inside `record` (a callback), so TypeScript must not narrow it to its initial null
    let half = null as { at: bigint; done: number } | null;
    let done = 0;
    const writer = pool ? new PooledWriter(store, pool) : null;
    const write = (docs: AddItem[]): Promise<AddOutcome[]> =>
      writer ? writer.write(docs) : batchSize > 1 ? store.addArticles(docs) : store.addArticle(docs[0]!).then((result) => [{ ok: true as const, result }]);
    const record = (outcomes: AddOutcome[]) => {
      for (const o of outcomes) {
        if (!o.ok) {
          // with a pool, an article whose extraction failed comes back failed (the store never saw it)
          if (!pool) throw o.error;
          failures.count++;
          failures.first ??= o.error.message;
          continue;
        }
        statuses[o.result.status] = (statuses[o.result.status] ?? 0) + 1;
        nClaims += o.result.claims;
      }
      mem.sample();
      done += outcomes.length;
      if (!half && done >= args.size / 2) half = { at: process.hrtime.bigint(), done };
      if (done >= nextCheckpoint) {
        const now = process.hrtime.bigint();
        checkpoints.push({ articles: done, articlesPerSec: (done - lastDone) / (Number(now - last) / 1e9) });
        last = now;
        lastDone = done;
        nextCheckpoint = (Math.floor(done / every) + 1) * every;
      }
    };
    const open: Promise<void>[] = [];
    for (let i = 0; i < args.size; i += batchSize) {
      const docs: AddItem[] = [];
      for (let k = i; k < Math.min(args.size, i + batchSize); k++) docs.push({ doc: corpus.document(k) });
      open.push(write(docs).then(record));
      while (open.length >= (pool ? PIPELINE_DEPTH : 1)) await open.shift();
    }
    while (open.length > 0) await open.shift();
    const end = process.hrtime.bigint();
    const seconds = Number(end - t0) / 1e9;
    const secondHalfArticlesPerSec = half && end > half.at ? (args.size - half.done) / (Number(end - half.at) / 1e9) : args.size / seconds;

    let analysis: IngestResult['analysis'] = { skipped: `corpus larger than --analysis-max ${args.analysisMax}` };
    if (args.size <= args.analysisMax) {
      analysis = await analyseInChild({ target, pgSchema: args.backend === 'postgres' ? schema : undefined });
      process.stderr.write(
        `  analysis ${args.backend} ${args.size}: ${analysis.seconds.toFixed(1)} s (${analysis.cpuSeconds.toFixed(1)} s CPU), ` +
          `peak RSS ${analysis.peakRssMB} MB (+${analysis.deltaRssMB} MB over ${analysis.baseRssMB} MB after open), heap ${analysis.baseHeapMB} MB before, ${analysis.resultHeapMB} MB after GC holding the result\n`,
      );
    }
    let dbMB: number | null = null;
    if (args.backend === 'sqlite') {
      try {
        // with the write-ahead log: up to 32 MB of the last commits are there until the next checkpoint
        const wal = (() => { try { return statSync(`${file}-wal`).size; } catch { return 0; } })();
        dbMB = Math.round((statSync(file).size + wal) / 104857.6) / 10;
      } catch {
        dbMB = null;
      }
    }
    return {
      backend: args.backend, size: args.size, threads, extractor, extractFailures: failures, seconds, articlesPerSec: args.size / seconds, secondHalfArticlesPerSec,
      claims: nClaims, statuses, checkpoints, analysis, dbMB, memory: mem.stop(),
    };
  } finally {
    await pool?.close();
    await store.close();
    if (args.backend === 'sqlite') {
      if (!args.keepFile) for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
    } else await dropSchema(args.url!, schema).catch(() => {});
  }
}
