/**
 * `claimledger worker`: an ingest worker on the PostgreSQL job queue. Runs until SIGINT/SIGTERM, then finishes
 * its running jobs (graphile-worker's graceful shutdown) and exits.
 */
import { parseArgs } from 'node:util';
import type { CommandIO } from '../main.js';
import { isPostgresUrl, redact, resolveDb } from '../../store/open.js';

const HELP = `usage: claimledger worker --db postgres://... [options]

Takes ingest jobs (queued by \`claimledger ingest --queue\`) from the queue in PostgreSQL, fetches, extracts and
stores. Run as many as you like, on as many machines as you like, against one database.

options:
  --db URL              PostgreSQL store (default $CLAIMLEDGER_DB); ?schema=NAME selects a schema
  --concurrency N       jobs run at once in this process (default 2)
  --heartbeat-ms N      how often this worker records that it is alive (default 10000)
  --dead-after-ms N     a worker silent this long is dead: its jobs go back to the queue (default 60000)
  --poll-interval-ms N  polling fallback for delayed jobs (default 2000)
  -h, --help
`;

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not "${v}"`);
  return n;
}

export async function run(args: string[], io: CommandIO): Promise<number> {
  let values;
  let concurrency, heartbeatMs, deadAfterMs, pollIntervalMs;
  try {
    values = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        concurrency: { type: 'string' },
        'heartbeat-ms': { type: 'string' },
        'dead-after-ms': { type: 'string' },
        'poll-interval-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
    concurrency = positiveInt('concurrency', values.concurrency);
    heartbeatMs = positiveInt('heartbeat-ms', values['heartbeat-ms']);
    deadAfterMs = positiveInt('dead-after-ms', values['dead-after-ms']);
    pollIntervalMs = positiveInt('poll-interval-ms', values['poll-interval-ms']);
  } catch (err) {
    io.stderr.write(`claimledger worker: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const db = resolveDb(values.db);
  if (!isPostgresUrl(db)) {
    io.stderr.write(`claimledger worker: the queue lives in PostgreSQL; give --db postgres://... (got "${db}")\n`);
    return 2;
  }
  if (heartbeatMs !== undefined && deadAfterMs !== undefined && deadAfterMs <= 2 * heartbeatMs) {
    io.stderr.write('claimledger worker: --dead-after-ms must be more than twice --heartbeat-ms, or live workers would be declared dead\n');
    return 2;
  }
  const { startWorker } = await import('../../queue/runner.js');
  const worker = await startWorker({ db, concurrency, heartbeatMs, deadAfterMs, pollIntervalMs, log: io.stderr, handleSignals: false });
  io.stderr.write(`worker: pid ${process.pid} taking jobs from ${redact(db)} (concurrency ${concurrency ?? 2})\n`);
  // First signal: finish the running jobs and stop. Second: leave at once (the jobs go back to the queue when
  // this worker's heartbeat is found dead).
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      io.stderr.write(`worker: ${signal} again, exiting without waiting\n`);
      process.exit(130);
    }
    stopping = true;
    io.stderr.write(`worker: ${signal}: finishing running jobs, then stopping\n`);
    void worker.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await worker.done;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const s = worker.stats;
  io.stderr.write(`worker: stopped after ${s.jobs} jobs: ${s.added} added, ${s.unchanged} unchanged, ${s.revised} revised, ${s.failed} failed\n`);
  return 0;
}
