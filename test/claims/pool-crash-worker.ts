/**
 * A worker for the extraction pool tests: answers like pool-worker (digits as claims, through the real
 * protocol) but ends its thread on a document whose id starts with "crash", as a bug or an out-of-memory
 * in the engine would.
 */
import { parentPort } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from '../../src/claims/pool-protocol.js';
import { digitExtractor } from '../store/digit-extractor.js';

const extract = digitExtractor();
const send = (m: PoolReply) => parentPort!.postMessage(m);
send({ type: 'ready', engineVersion: 'test-crash' });
parentPort!.on('message', (req: PoolRequest) => {
  if (req.doc.id.startsWith('crash')) process.exit(3);
  send({ type: 'claims', id: req.id, claims: extract(req.doc), engineVersion: 'test-crash' });
});
