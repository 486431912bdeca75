/**
 * One worker thread of the extraction pool (pool.ts): loads the claim engine once, then answers each document
 * with its claims, or with the error of that document alone. Requests are answered in the order they came.
 * Asked for parts, it also turns the claims into what the store writes (claimParts): the JSON is made here, on
 * the extracting thread, and a flat array of strings is much cheaper to copy across than a claim object.
 */
import { parentPort } from 'node:worker_threads';
import { extractClaims } from './extract.js';
import { claimParts } from '../store/claim-row.js';
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
    const claims = extractClaims(req.doc);
    if (req.parts) reply({ type: 'parts', id: req.id, parts: claims.map(claimParts), engineVersion: ENGINE_VERSION });
    else reply({ type: 'claims', id: req.id, claims, engineVersion: ENGINE_VERSION });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply({ type: 'error', id: req.id, error: e.message || e.name });
  }
});
