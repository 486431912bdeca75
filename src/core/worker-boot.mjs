// Start of a worker thread when its pool runs from the TypeScript sources (tests, benchmarks): Node 20
// resolves a worker's entry before any --import hook is in place, so tsx is registered here, in the worker's
// own thread, before the .ts entry named in workerData is imported. The compiled CLI does not use this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
