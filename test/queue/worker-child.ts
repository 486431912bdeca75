/**
 * A worker process for the queue tests: the real worker (startWorker) with the test extractor, so that the
 * expected claims are known. Usage: node --import tsx worker-child.ts DB CONCURRENCY HEARTBEAT_MS DEAD_AFTER_MS
 */
import { startWorker } from '../../src/queue/runner.js';
import { digitExtractor } from '../store/digit-extractor.js';

const [db, concurrency, heartbeatMs, deadAfterMs] = process.argv.slice(2);
if (!db) throw new Error('usage: worker-child.ts DB CONCURRENCY HEARTBEAT_MS DEAD_AFTER_MS');
const worker = await startWorker({
  db,
  concurrency: Number(concurrency ?? 2),
  heartbeatMs: Number(heartbeatMs ?? 300),
  deadAfterMs: Number(deadAfterMs ?? 2000),
  pollIntervalMs: 200,
  store: { extract: digitExtractor() },
});
process.stderr.write(`worker-child ready ${process.pid}\n`);
await worker.done;
process.stderr.write(`worker-child stopped: ${JSON.stringify(worker.stats)}\n`);
