/**
 * Putting ingest work on the queue (`claimledger ingest --queue`). URLs and feeds are queued as they are and
 * fetched by the workers; local files are read here (workers may run on machines without them) and queued as
 * documents.
 */
import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import type { Document } from '../core/document.js';
import { INGEST_DOCUMENT, INGEST_SOURCE, MAX_ATTEMPTS, documentJobKey, documentPayload, sourceJobKey, type SourceJob } from './jobs.js';
import { queueTarget } from './target.js';
import { queueLogger } from './logger.js';

export interface Queue {
  enqueueSource(job: SourceJob): Promise<string>;
  enqueueDocument(doc: Document, html?: string): Promise<string>;
  /** Jobs waiting or running (not permanently failed). */
  pending(): Promise<number>;
  release(): Promise<void>;
}

export async function openQueue(db: string, log: NodeJS.WritableStream = process.stderr): Promise<Queue> {
  const target = queueTarget(db);
  const utils: WorkerUtils = await makeWorkerUtils({ connectionString: target.url, schema: target.queueSchema, logger: queueLogger(log, 'queue') });
  try {
    await utils.migrate();
  } catch (err) {
    await utils.release();
    throw err;
  }
  return {
    async enqueueSource(job) {
      const j = await utils.addJob(INGEST_SOURCE, job, { jobKey: sourceJobKey(job.source), maxAttempts: MAX_ATTEMPTS });
      return j.id;
    },
    async enqueueDocument(doc, html) {
      const j = await utils.addJob(INGEST_DOCUMENT, documentPayload(doc, html), { jobKey: documentJobKey(doc), maxAttempts: MAX_ATTEMPTS });
      return j.id;
    },
    async pending() {
      const r = await utils.withPgClient((c) =>
        c.query<{ n: string }>(`select count(*) as n from ${quoteIdent(target.queueSchema)}.jobs where attempts < max_attempts or locked_at is not null`),
      );
      return Number(r.rows[0]?.n ?? 0);
    },
    release: async () => {
      await utils.release();
    },
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
