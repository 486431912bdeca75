/**
 * Extraction on all cores: one worker thread per core, each with its own slice of the corpus; the clock
 * runs from "go" to the last worker done (generation and warm-up are outside it).
 */
import { Worker } from 'node:worker_threads';
import { MemorySampler, type MemoryReport } from './memory.js';
import type { Failures } from './engines.js';

export interface WorkersArgs {
  articles: number;
  seed: number;
  threads: number;
}

export interface WorkersResult {
  threads: number;
  extractor: string;
  articles: number;
  mb: number;
  seconds: number;
  mbPerSec: number;
  articlesPerSec: number;
  mbPerSecPerThread: number;
  failures: Failures;
  memory: MemoryReport;
}

type Msg = { type: 'ready'; extractor: string } | { type: 'done'; seconds: number; bytes: number; articles: number; failures: Failures } | { type: 'error'; error: string };

export async function runWorkers(args: WorkersArgs): Promise<WorkersResult> {
  const mem = new MemorySampler().start();
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const per = Math.ceil(args.articles / args.threads);
  const workers = Array.from({ length: args.threads }, (_, k) => new Worker(boot, { workerData: { entry, from: k * per, count: per, seed: args.seed } }));
  const next = (w: Worker): Promise<Msg> => new Promise((resolve, reject) => {
    w.once('message', (m: Msg) => (m.type === 'error' ? reject(new Error(m.error)) : resolve(m)));
    w.once('error', reject);
  });
  try {
    const ready = await Promise.all(workers.map(next));
    const extractor = (ready[0] as { extractor: string }).extractor;
    const t0 = process.hrtime.bigint();
    const done = workers.map(next);
    for (const w of workers) w.postMessage('go');
    const results = (await Promise.all(done)) as Extract<Msg, { type: 'done' }>[];
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const bytes = results.reduce((n, r) => n + r.bytes, 0);
    const articles = results.reduce((n, r) => n + r.articles, 0);
    return {
      threads: args.threads, extractor, articles, mb: bytes / 1e6, seconds,
      mbPerSec: bytes / 1e6 / seconds, articlesPerSec: articles / seconds, mbPerSecPerThread: bytes / 1e6 / seconds / args.threads,
      failures: { count: results.reduce((n, r) => n + r.failures.count, 0), first: results.find((r) => r.failures.first)?.failures.first ?? null },
      memory: mem.stop(),
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
