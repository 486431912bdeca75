/**
 * Ingest throughput: generated articles into a store (SQLite file or PostgreSQL schema) through
 * openStore/addArticle, which extracts and stores the claims of each article in one transaction;
 * then, up to a size limit, the store's analysis (stories, syndication, reconciled ledger).
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../src/generate/index.js';
import { guard, loadExtractClaims, loadOpenStore, type Failures } from './engines.js';
import { MemorySampler, type MemoryReport } from './memory.js';

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
}

export interface Checkpoint {
  articles: number;
  /** articles per second over the stretch since the previous checkpoint */
  articlesPerSec: number;
}

export interface IngestResult {
  backend: string;
  size: number;
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
  const extractor = claims.ok ? 'extractClaims' : `none (${claims.reason})`;
  const failures: Failures = { count: 0, first: null };
  const extract = claims.ok ? guard(claims.value, [], failures) : () => [];

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
    for (let i = 0; i < args.size; i += batchSize) {
      const docs = [];
      for (let k = i; k < Math.min(args.size, i + batchSize); k++) docs.push({ doc: corpus.document(k) });
      const outcomes = batchSize > 1 ? await store.addArticles(docs) : [{ ok: true as const, result: await store.addArticle(docs[0]!) }];
      for (const o of outcomes) {
        if (!o.ok) throw o.error;
        statuses[o.result.status] = (statuses[o.result.status] ?? 0) + 1;
        nClaims += o.result.claims;
      }
      mem.sample();
      const done = i + docs.length;
      if (done >= nextCheckpoint) {
        const now = process.hrtime.bigint();
        checkpoints.push({ articles: done, articlesPerSec: (done - lastDone) / (Number(now - last) / 1e9) });
        last = now;
        lastDone = done;
        nextCheckpoint = (Math.floor(done / every) + 1) * every;
      }
    }
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
      backend: args.backend, size: args.size, extractor, extractFailures: failures, seconds, articlesPerSec: args.size / seconds,
      claims: nClaims, statuses, checkpoints, analysis, dbMB, memory: mem.stop(),
    };
  } finally {
    await store.close();
    if (args.backend === 'sqlite') for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
    else await dropSchema(args.url!, schema).catch(() => {});
  }
}
