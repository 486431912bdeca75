/**
 * `claimledger ingest`: read files, folders, URLs, feeds and JSONL into the store (or, with --queue, onto the
 * PostgreSQL job queue for the workers). One bad input is reported and skipped; the batch goes on.
 */
import { parseArgs } from 'node:util';
import type { CommandIO } from '../main.js';
import type { IngestItem } from '../../ingest/types.js';
import { readSources } from '../../ingest/read.js';
import { openStore, redact, resolveDb, isPostgresUrl } from '../../store/open.js';
import type { AddStatus } from '../../store/types.js';

const HELP = `usage: claimledger ingest [options] SOURCE...

SOURCE: text or HTML files, folders, http(s) URLs, RSS/Atom feeds, JSONL files.

options:
  --db FILE|URL      the store: an SQLite file or postgres://... (default $CLAIMLEDGER_DB or ./claimledger.sqlite)
  --allow-private    allow URLs that resolve to loopback, private or link-local addresses
  --published DATE   publication date for articles whose metadata has none (ISO)
  --outlet NAME      outlet for articles whose metadata has none
  --queue            (PostgreSQL) put the work on the job queue for \`claimledger worker\` instead of doing it here
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
 * expanded while reading), a plain line every 100 articles otherwise, so that logs stay readable.
 */
class Progress {
  private readonly tty: boolean;
  private last = 0;
  private readonly started = Date.now();
  private frame = 0;

  constructor(private readonly out: NodeJS.WritableStream, private readonly s: Summary) {
    this.tty = !!(out as NodeJS.WriteStream).isTTY;
  }

  private line(): string {
    const s = this.s;
    const secs = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = (s.read / secs).toFixed(1);
    const parts = [`${s.added} added`, `${s.unchanged} unchanged`, `${s.revised} revised`];
    if (s.queued) parts.push(`${s.queued} queued`);
    parts.push(`${s.failed} failed`);
    return `${s.read} articles (${parts.join(', ')}) ${rate}/s`;
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
    } else if (this.s.read % 100 === 0) {
      this.out.write(`ingest: ${this.line()}\n`);
    }
  }

  done(): void {
    if (this.tty) this.out.write('\r\x1b[2K');
  }

  summary(): string {
    return `ingest: ${this.line()}\n`;
  }
}

type Handler = (item: Extract<IngestItem, { ok: true }>) => Promise<AddStatus | 'queued'>;

/**
 * One reader over all sources, so that document ids are made unique across them as in \`analyze\`. The reader
 * turns a bad input into a failed item; a store error fails only its article.
 */
async function consume(sources: string[], read: (sources: string[]) => AsyncIterable<IngestItem>, summary: Summary, progress: Progress, handle: Handler): Promise<void> {
  try {
    for await (const item of read(sources)) {
      summary.read++;
      if (!item.ok) {
        summary.failed++;
        summary.failures.push({ source: item.source, error: item.error });
      } else {
        try {
          summary[await handle(item)]++;
        } catch (err) {
          summary.failed++;
          summary.failures.push({ source: item.source, error: err instanceof Error ? err.message : String(err) });
        }
      }
      progress.tick();
    }
  } catch (err) {
    // the reader itself broke (a bug, not bad input): report it with what was stored so far
    summary.failed++;
    summary.failures.push({ source: '(reader)', error: err instanceof Error ? err.message : String(err) });
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
        await consume(local, (src) => readSources(src, readOpts), summary, progress, async (item) => {
          await queue.enqueueDocument(item.doc, item.html);
          return 'queued';
        });
      }
    } finally {
      await queue.release();
    }
  } else {
    const store = await openStore(db);
    try {
      await consume(positionals, (src) => readSources(src, readOpts), summary, progress, async (item) => (await store.addArticle(item)).status);
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
