/**
 * An ingest worker: takes jobs from the PostgreSQL queue (graphile-worker) and stores articles and claims.
 * Start any number of them, on any number of machines, against one database: jobs are handed out with
 * SKIP LOCKED by graphile-worker, articles are deduplicated by the store's unique keys, and the heartbeat
 * returns the jobs of crashed workers to the queue.
 */
import { EventEmitter } from 'node:events';
import { run, makeWorkerUtils, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import { makeDocument, type Document } from '../core/document.js';
import { openStore } from '../store/open.js';
import type { OpenOptions, Store } from '../store/types.js';
import { INGEST_DOCUMENT, INGEST_SOURCE, type DocumentJob, type SourceJob } from './jobs.js';
import { queueTarget } from './target.js';
import { queueLogger } from './logger.js';
import { Heartbeat } from './heartbeat.js';
import { storedRevisionOf } from './retry.js';

export interface WorkerOptions {
  db: string;
  concurrency?: number;
  /** how often this process records that its workers are alive (default 10 s) */
  heartbeatMs?: number;
  /** after how long without a heartbeat a worker counts as dead and its jobs are unlocked (default 60 s) */
  deadAfterMs?: number;
  /** polling fallback for jobs scheduled in the future; new jobs arrive through LISTEN/NOTIFY at once */
  pollIntervalMs?: number;
  log?: NodeJS.WritableStream;
  /** let graphile-worker shut down gracefully on SIGINT/SIGTERM (default true) */
  handleSignals?: boolean;
  store?: OpenOptions;
}

export interface WorkerStats {
  jobs: number;
  added: number;
  unchanged: number;
  revised: number;
  failed: number;
}

export interface RunningWorker {
  stats: WorkerStats;
  /** settles when the worker has stopped (after stop() or a signal) */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Articles of one source (a feed) stored per transaction. */
const SOURCE_BATCH = 50;

function isSourceJob(p: unknown): p is SourceJob {
  return typeof p === 'object' && p !== null && typeof (p as SourceJob).source === 'string';
}

function isDocumentJob(p: unknown): p is DocumentJob {
  const d = (p as DocumentJob | null)?.doc;
  return typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.text === 'string';
}

function taskList(store: Store, stats: WorkerStats, log: NodeJS.WritableStream): TaskList {
  const record = (status: 'added' | 'unchanged' | 'revised', id: string, source: string) => {
    stats[status]++;
    log.write(`worker: ${status} ${id} (${source})\n`);
  };
  return {
    [INGEST_SOURCE]: async (payload) => {
      if (!isSourceJob(payload)) throw new Error(`malformed ${INGEST_SOURCE} job: ${JSON.stringify(payload).slice(0, 200)}`);
      stats.jobs++;
      // loaded on first use: a worker that only stores queued documents never loads the HTML and feed readers
      const { readSources } = await import('../ingest/read.js');
      const errors: string[] = [];
      let stored = 0;
      const storeErrors: string[] = [];
      // a feed's articles are stored in batches (one transaction each, see Store.addArticles)
      let batch: { doc: Document; html?: string; source: string }[] = [];
      const flush = async () => {
        const items = batch;
        batch = [];
        if (items.length === 0) return;
        const outcomes = await store.addArticles(items);
        outcomes.forEach((o, i) => {
          if (o.ok) {
            stored++;
            record(o.result.status, o.result.article.id, items[i]!.source);
          } else {
            stats.failed++;
            storeErrors.push(`${items[i]!.source}: ${o.error.message}`);
            log.write(`worker: failed ${items[i]!.source}: ${o.error.message}\n`);
          }
        });
      };
      for await (const item of readSources([payload.source], { allowPrivate: payload.allowPrivate, published: payload.published, outlet: payload.outlet })) {
        if (!item.ok) {
          stats.failed++;
          errors.push(`${item.source}: ${item.error}`);
          log.write(`worker: failed ${item.source}: ${item.error}\n`);
          continue;
        }
        batch.push({ doc: item.doc, html: item.html, source: item.source });
        if (batch.length >= SOURCE_BATCH) await flush();
      }
      await flush();
      // A store error (unlike a bad page) may pass: fail the job so that the queue retries it; what was stored
      // is found unchanged on the retry.
      if (storeErrors.length > 0) throw new Error(storeErrors.join('; '));
      // Nothing usable came out of the source (network down, server error): let the queue retry with back-off.
      if (stored === 0 && errors.length > 0) throw new Error(errors.join('; '));
    },
    [INGEST_DOCUMENT]: async (payload, helpers) => {
      if (!isDocumentJob(payload)) throw new Error(`malformed ${INGEST_DOCUMENT} job`);
      stats.jobs++;
      const d = payload.doc;
      const doc = makeDocument(d.text, d, d.bodyStart ?? 0);
      if (helpers.job.attempts > 1) {
        // an earlier attempt may have stored it before a newer version came in: see retry.ts
        const revision = await storedRevisionOf(store, doc);
        if (revision !== null) {
          stats.unchanged++;
          log.write(`worker: unchanged ${doc.id} (${d.url ?? d.id}; retry ${helpers.job.attempts}: already stored as revision ${revision})\n`);
          return;
        }
      }
      const res = await store.addArticle({ doc, html: payload.html });
      record(res.status, res.article.id, d.url ?? d.id);
    },
  };
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const log = opts.log ?? process.stderr;
  const target = queueTarget(opts.db);
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 2));
  const store = await openStore(opts.db, { poolSize: concurrency + 2, ...opts.store });
  const logger = queueLogger(log);
  const stats: WorkerStats = { jobs: 0, added: 0, unchanged: 0, revised: 0, failed: 0 };
  let utils: Awaited<ReturnType<typeof makeWorkerUtils>> | null = null;
  let heartbeat: Heartbeat | null = null;
  let runner: Runner | null = null;
  try {
    utils = await makeWorkerUtils({ connectionString: target.url, schema: target.queueSchema, logger });
    await utils.migrate();
    heartbeat = new Heartbeat({
      url: target.url,
      storeSchema: target.storeSchema,
      utils,
      heartbeatMs: opts.heartbeatMs ?? 10_000,
      deadAfterMs: opts.deadAfterMs ?? 60_000,
      onReap: (ids) => log.write(`worker: released the jobs of dead worker(s) ${ids.join(', ')}\n`),
      onError: (err) => log.write(`worker: heartbeat failed: ${err instanceof Error ? err.message : String(err)}\n`),
    });
    await heartbeat.start();
    const events: WorkerEvents = new EventEmitter() as WorkerEvents;
    const hb = heartbeat;
    events.on('worker:create', ({ worker }) => hb.add(worker.workerId));
    events.on('worker:stop', ({ worker }) => hb.remove(worker.workerId));
    runner = await run({
      connectionString: target.url,
      schema: target.queueSchema,
      concurrency,
      maxPoolSize: concurrency + 2,
      pollInterval: opts.pollIntervalMs ?? 2000,
      noHandleSignals: opts.handleSignals === false,
      taskList: taskList(store, stats, log),
      events,
      logger,
    }, undefined, []); // no cron items: without them graphile-worker would look for a crontab file
  } catch (err) {
    await heartbeat?.stop().catch(() => {});
    await Promise.resolve(utils?.release()).catch(() => {});
    await store.close().catch(() => {});
    throw err;
  }
  const r = runner;
  const u = utils;
  const h = heartbeat;
  let closing: Promise<void> | null = null;
  const cleanup = () =>
    (closing ??= (async () => {
      await h.stop().catch(() => {});
      await Promise.resolve(u.release()).catch(() => {});
      await store.close().catch(() => {});
    })());
  const done = r.promise.finally(cleanup);
  return {
    stats,
    done,
    async stop() {
      await r.stop();
      await done;
    },
  };
}
