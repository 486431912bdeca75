/**
 * `claimledger ingest`: read files, folders, URLs, feeds and JSONL into the store (or, with --queue, onto the
 * PostgreSQL job queue for the workers). One bad input is reported and skipped; the batch goes on.
 */
import { parseArgs } from 'node:util';
import type { CommandIO } from '../main.js';
import type { IngestItem } from '../../ingest/types.js';
import { readSources } from '../../ingest/read.js';
import { openStore, redact, resolveDb, isPostgresUrl } from '../../store/open.js';
import type { AddStatus, Store } from '../../store/types.js';
import { defaultThreads, ExtractPool } from '../../claims/pool.js';
import { PooledWriter } from '../../store/pooled-writer.js';

const HELP = `usage: claimledger ingest [options] SOURCE...

SOURCE: text or HTML files, folders, http(s) URLs, RSS/Atom feeds, JSONL files.

options:
  --db FILE|URL      the store: an SQLite file or postgres://... (default $CLAIMLEDGER_DB or ./claimledger.sqlite)
  --allow-private    allow URLs that resolve to loopback, private or link-local addresses
  --published DATE   publication date for articles whose metadata has none (ISO)
  --outlet NAME      outlet for articles whose metadata has none
  --queue            (PostgreSQL) put the work on the job queue for \`claimledger worker\` instead of doing it here
  --threads N        threads extracting claims (default: the number of cores, here ${defaultThreads()}); 1 = on the main thread
  --json             print the summary as JSON on stdout
  -h, --help

Exit status: 0 when at least one article was read (failures are listed), 1 when every input failed, 2 on usage errors.
`;

interface Summary {
  read: number;
  added: number;
  unchanged: number;
  revised: number;
  queued: number;
  failed: number;
  failures: { source: string; error: string }[];
}

/**
 * Progress on stderr: a redrawn bar on a terminal (a count with a spinner, since folders and feeds are only
 * expanded while reading), a plain line every 100 articles otherwise, so that logs stay readable. It counts
 * articles handled (stored, found unchanged, queued or failed), not merely read: articles are written in
 * batches, and a line saying "100 articles" means those 100 are committed.
 */
class Progress {
  private readonly tty: boolean;
  private last = 0;
  private printed = 0;
  private readonly started = Date.now();
  private frame = 0;

  constructor(private readonly out: NodeJS.WritableStream, private readonly s: Summary) {
    this.tty = !!(out as NodeJS.WriteStream).isTTY;
  }

  private handled(): number {
    const s = this.s;
    return s.added + s.unchanged + s.revised + s.queued + s.failed;
  }

  private line(): string {
    const s = this.s;
    const secs = Math.max(0.001, (Date.now() - this.started) / 1000);
    const n = this.handled();
    const rate = (n / secs).toFixed(1);
    const parts = [`${s.added} added`, `${s.unchanged} unchanged`, `${s.revised} revised`];
    if (s.queued) parts.push(`${s.queued} queued`);
    parts.push(`${s.failed} failed`);
    return `${n} articles (${parts.join(', ')}) ${rate}/s`;
  }

  tick(): void {
    if (this.tty) {
      const now = Date.now();
      if (now - this.last < 80) return;
      this.last = now;
      const width = 20;
      const pos = this.frame++ % (2 * width - 2);
      const at = pos < width ? pos : 2 * width - 2 - pos;
      const bar = ' '.repeat(at) + '=' + ' '.repeat(width - at - 1);
      this.out.write(`\r\x1b[2Kingest [${bar}] ${this.line()}`);
    } else {
      const hundreds = Math.floor(this.handled() / 100);
      if (hundreds > this.printed) {
        this.printed = hundreds;
        this.out.write(`ingest: ${this.line()}\n`);
      }
    }
  }

  done(): void {
    if (this.tty) this.out.write('\r\x1b[2K');
  }

  summary(): string {
    return `ingest: ${this.line()}\n`;
  }
}

type OkItem = Extract<IngestItem, { ok: true }>;
type Handler = (item: OkItem) => Promise<AddStatus | 'queued'>;
/** Handles several items at once; one outcome per item, in order (a status, or the error of that item). */
type BatchHandler = (items: OkItem[]) => Promise<(AddStatus | 'queued' | Error)[]>;

/** Articles stored per transaction: enough to spread the commit and the statements, small enough to lose little to a kill. */
export const INGEST_BATCH = 100;
/** A slow source (URLs, feeds) must not hold read articles back for long: a batch is written after this long. */
const BATCH_MAX_WAIT_MS = 1000;
/**
 * Batches open at once with extraction threads: one being written, the next ones being extracted, so that the
 * workers never wait for the main thread to read or write. Each holds at most INGEST_BATCH articles.
 */
const PIPELINE_DEPTH = 3;

/**
 * One reader over all sources, so that document ids are made unique across them as in \`analyze\`. The reader
 * turns a bad input into a failed item; a store error fails only its article. Items are handed on in batches
 * (up to INGEST_BATCH, or what was read within BATCH_MAX_WAIT_MS). Up to \`depth\` batches are open at once; the
 * handler must finish them in the order given (outcomes are counted in that order).
 */
async function consume(sources: string[], read: (sources: string[]) => AsyncIterable<IngestItem>, summary: Summary, progress: Progress, handle: BatchHandler, depth = 1): Promise<void> {
  let batch: OkItem[] = [];
  let since = 0;
  const open: Promise<void>[] = [];
  const settle = async (items: OkItem[], handled: Promise<(AddStatus | 'queued' | Error)[]>) => {
    let outcomes: (AddStatus | 'queued' | Error)[];
    try {
      outcomes = await handled;
    } catch (err) {
      outcomes = items.map(() => (err instanceof Error ? err : new Error(String(err))));
    }
    items.forEach((item, i) => {
      const o = outcomes[i]!;
      if (o instanceof Error) {
        summary.failed++;
        summary.failures.push({ source: item.source, error: o.message });
      } else summary[o]++;
    });
    progress.tick();
  };
  const flush = async () => {
    if (batch.length > 0) {
      const items = batch;
      batch = [];
      open.push(settle(items, handle(items)));
    }
    while (open.length >= Math.max(1, depth)) await open.shift();
  };
  try {
    for await (const item of read(sources)) {
      summary.read++;
      if (!item.ok) {
        summary.failed++;
        summary.failures.push({ source: item.source, error: item.error });
      } else {
        if (batch.length === 0) since = Date.now();
        batch.push(item);
        if (batch.length >= INGEST_BATCH || Date.now() - since >= BATCH_MAX_WAIT_MS) await flush();
      }
      if (!item.ok) progress.tick();
    }
  } catch (err) {
    // the reader itself broke (a bug, not bad input): report it with what was stored so far
    summary.failed++;
    summary.failures.push({ source: '(reader)', error: err instanceof Error ? err.message : String(err) });
  }
  await flush();
  while (open.length > 0) await open.shift();
}

/** A per-item handler as a batch handler (the queue takes one job per document). */
function oneByOne(handle: Handler): BatchHandler {
  return async (items) => {
    const out: (AddStatus | 'queued' | Error)[] = [];
    for (const item of items) {
      try {
        out.push(await handle(item));
      } catch (err) {
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  };
}

/**
 * Into the store: with one thread the store extracts each batch itself; with more, a pool of worker threads
 * extracts (PooledWriter) while this thread reads and writes.
 */
async function ingestInto(store: Store, threads: number, sources: string[], read: (sources: string[]) => AsyncIterable<IngestItem>, summary: Summary, progress: Progress): Promise<void> {
  const status = (outcomes: Awaited<ReturnType<Store['addArticles']>>) => outcomes.map((o) => (o.ok ? o.result.status : o.error));
  if (threads === 1) {
    await consume(sources, read, summary, progress, async (items) => status(await store.addArticles(items)));
    return;
  }
  const pool = new ExtractPool({ threads });
  try {
    const writer = new PooledWriter(store, pool);
    await consume(sources, read, summary, progress, async (items) => status(await writer.write(items)), PIPELINE_DEPTH);
  } finally {
    await pool.close();
  }
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'allow-private': { type: 'boolean' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        queue: { type: 'boolean' },
        threads: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr.write(`claimledger ingest: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr.write(`claimledger ingest: no SOURCE given\n\n${HELP}`);
    return 2;
  }
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) {
    io.stderr.write(`claimledger ingest: --published "${values.published}" is not a date (use ISO, e.g. 2024-12-16)\n`);
    return 2;
  }
  let threads = defaultThreads();
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
      io.stderr.write(`claimledger ingest: --threads "${values.threads}" is not a number of threads (1 to 256)\n`);
      return 2;
    }
  }
  const db = resolveDb(values.db);
  const readOpts = { allowPrivate: values['allow-private'] ?? false, published: values.published, outlet: values.outlet };
  const summary: Summary = { read: 0, added: 0, unchanged: 0, revised: 0, queued: 0, failed: 0, failures: [] };
  const progress = new Progress(io.stderr, summary);

  if (values.queue) {
    if (!isPostgresUrl(db)) {
      io.stderr.write(`claimledger ingest: --queue needs a PostgreSQL store (--db postgres://...), not "${db}"\n`);
      return 2;
    }
    const { openQueue } = await import('../../queue/enqueue.js');
    const queue = await openQueue(db, io.stderr);
    try {
      const remote = positionals.filter((s) => /^https?:\/\//i.test(s));
      const local = positionals.filter((s) => !/^https?:\/\//i.test(s));
      // URLs and feeds are fetched by the workers; local inputs are read here, where the files are.
      for (const source of remote) {
        await queue.enqueueSource({ source, ...readOpts });
        summary.read++;
        summary.queued++;
        progress.tick();
      }
      if (local.length > 0) {
        await consume(local, (src) => readSources(src, readOpts), summary, progress, oneByOne(async (item) => {
          await queue.enqueueDocument(item.doc, item.html);
          return 'queued';
        }));
      }
    } finally {
      await queue.release();
    }
  } else {
    const store = await openStore(db);
    try {
      await ingestInto(store, threads, positionals, (src) => readSources(src, readOpts), summary, progress);
    } finally {
      await store.close();
    }
  }
  progress.done();
  io.stderr.write(progress.summary());
  for (const f of summary.failures) io.stderr.write(`  failed: ${f.source}: ${f.error}\n`);
  if (values.json) io.stdout.write(JSON.stringify({ db: redact(db), ...summary }) + '\n');
  return summary.read > 0 && summary.failed === summary.read ? 1 : 0;
}
