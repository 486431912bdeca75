// Worker bootstrap: `new Worker(x.ts, {execArgv: ['--import', 'tsx']})` does not load a .ts entry on
// Node 20 (the worker's entry is resolved before tsx's hooks are in place), so every benchmark worker
// starts here, registers tsx in its own thread, then imports the TypeScript module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
