/**
 * One worker thread of the extraction pool (pool.ts): loads the claim engine once, then answers each document
 * with its claims, or with the error of that document alone. Requests are answered in the order they came.
 */
import { parentPort } from 'node:worker_threads';
import { extractClaims } from './extract.js';
import { ENGINE_VERSION } from '../version.js';
import type { PoolReply, PoolRequest } from './pool-protocol.js';

const port = parentPort;
if (!port) throw new Error('pool-worker.ts runs as a worker thread of the extraction pool, not on its own');

function reply(m: PoolReply): void {
  port!.postMessage(m);
}

reply({ type: 'ready', engineVersion: ENGINE_VERSION });
port.on('message', (req: PoolRequest) => {
  try {
    reply({ type: 'claims', id: req.id, claims: extractClaims(req.doc), engineVersion: ENGINE_VERSION });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply({ type: 'error', id: req.id, error: e.message || e.name });
  }
});
