/**
 * A worker thread of the InputPool (input-pool.ts): turns articles as the store reads them (document, claims as
 * stored JSON) into ArticleInputs. The claims are parsed here, not on the thread that reads the database: it
 * is work that thread would otherwise do too.
 */
import { parentPort } from 'node:worker_threads';
import type { Claim } from '../core/claim.js';
import { articleInput } from './input.js';
import type { InputReply, InputRequest } from './input-pool.js';

const port = parentPort;
if (!port) throw new Error('input-worker: not started as a worker thread');

port.on('message', (req: InputRequest) => {
  let reply: InputReply;
  try {
    const inputs = req.rows.map((r) => articleInput(r.doc, r.claims.map((c) => JSON.parse(c) as Claim), req.config));
    reply = { id: req.id, ok: true, inputs };
  } catch (err) {
    reply = { id: req.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  port.postMessage(reply);
});
