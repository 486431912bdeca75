/**
 * A worker thread of the AnalysisPool (pool.ts): computes articles' inputs to the indexes, groups' evidence and stories,
 * from articles as the store reads them (claims as stored JSON, parsed here: work the store's thread would
 * otherwise do too).
 */
import { parentPort } from 'node:worker_threads';
import { answerInPlace, type PoolReply, type PoolRequest } from './pool.js';

const port = parentPort;
if (!port) throw new Error('analysis pool-worker: not started as a worker thread');

port.on('message', (req: PoolRequest) => {
  let reply: PoolReply;
  try {
    reply = { id: req.id, ok: true, result: answerInPlace(req) };
  } catch (err) {
    reply = { id: req.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  port.postMessage(reply);
});
