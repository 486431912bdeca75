/**
 * Entry of one benchmark child process. Each benchmark (and each corpus size) runs in its own process,
 * so that its peak memory is its own; the result goes back to bench/run.ts over the IPC channel.
 */
import { runExtraction } from './extraction.js';
import { runGrouping } from './grouping.js';
import { runIngest } from './ingest.js';
import { runWorkers } from './workers.js';

const [task, json] = process.argv.slice(2);
const args = JSON.parse(json ?? '{}');

async function main(): Promise<unknown> {
  switch (task) {
    case 'extraction': return runExtraction(args);
    case 'workers': return runWorkers(args);
    case 'ingest': return runIngest(args);
    case 'grouping': return runGrouping(args);
    default: throw new Error(`unknown benchmark task "${task}"`);
  }
}

main().then(
  (result) => process.send!({ ok: true, result }, () => process.exit(0)),
  (err: unknown) => process.send!({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, () => process.exit(1)),
);
