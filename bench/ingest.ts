/**
 * Ingest throughput: generated articles into a store (SQLite file or PostgreSQL schema) through
 * openStore/addArticles, as `claimledger ingest` does: with one thread the store extracts each batch itself;
 * with more, an extraction pool of worker threads extracts while the main thread writes (PooledWriter, a few
 * batches in flight). Then, up to a size limit, the store's analysis (stories, syndication, reconciled ledger).
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../src/generate/index.js';
import { guard, loadExtractClaims, loadOpenStore, type Failures } from './engines.js';
import { MemorySampler, type MemoryReport } from './memory.js';
import { ExtractPool } from '../src/claims/pool.js';
import { PooledWriter } from '../src/store/pooled-writer.js';
import type { AddItem, AddOutcome } from '../src/store/types.js';

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
  /** articles per addArticles call (default 200, as the ingest command); 1: one addArticle each */
  batch?: number;
  /** extraction threads (default 1: the store extracts on the main thread); > 1: an extraction pool */
  threads?: number;
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
  claims: number;
  statuses: Record<string, number>;
  checkpoints: Checkpoint[];
  analysis: { seconds: number; stories: number; syndicationGroups: number; claimGroups: number } | { skipped: string };
  dbMB: number | null;
  memory: MemoryReport;
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
  const extractor = claims.ok ? `extractClaims, ${threads === 1 ? 'main thread' : `${threads} worker threads`}` : `none (${claims.reason})`;
  const failures: Failures = { count: 0, first: null };
  const extract = claims.ok ? guard(claims.value, [], failures) : () => [];
  const pool = threads > 1 ? new ExtractPool({ threads }) : null;

  const file = join(tmpdir(), `claimledger-bench-${process.pid}-${args.size}.sqlite`);
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
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

    let analysis: IngestResult['analysis'] = { skipped: `corpus larger than --analysis-max ${args.analysisMax}` };
    if (args.size <= args.analysisMax) {
      const a0 = process.hrtime.bigint();
      const a = await store.analysis();
      analysis = {
        seconds: Number(process.hrtime.bigint() - a0) / 1e9,
        stories: a.stories.length, syndicationGroups: a.syndication.length,
        claimGroups: a.stories.reduce((n, s) => n + s.claimGroups.length, 0),
      };
    }
    let dbMB: number | null = null;
    if (args.backend === 'sqlite') {
      try {
        dbMB = Math.round(statSync(file).size / 104857.6) / 10;
      } catch {
        dbMB = null;
      }
    }
    return {
      backend: args.backend, size: args.size, threads, extractor, extractFailures: failures, seconds, articlesPerSec: args.size / seconds,
      claims: nClaims, statuses, checkpoints, analysis, dbMB, memory: mem.stop(),
    };
  } finally {
    await pool?.close();
    await store.close();
    if (args.backend === 'sqlite') for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
    else await dropSchema(args.url!, schema).catch(() => {});
  }
}
