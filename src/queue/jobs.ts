/**
 * The jobs claimledger puts on the PostgreSQL queue (graphile-worker). Every job is idempotent: the store
 * recognises an article it already holds, so a job that is retried after a crash stores nothing twice, and a
 * retried document whose text is already a stored revision does not come back as the current one (retry.ts).
 */
import type { Document } from '../core/document.js';
import { articleIdent, canonicalUrl, contentHash } from '../store/identity.js';

/** Fetch/read one source (URL, feed) on the worker and store every article in it. */
export const INGEST_SOURCE = 'claimledger_ingest_source';
/** Store one document already read by the enqueuer (local files are read where they are). */
export const INGEST_DOCUMENT = 'claimledger_ingest_document';

export interface SourceJob {
  source: string;
  allowPrivate?: boolean;
  published?: string;
  outlet?: string;
}

export interface DocumentJob {
  doc: {
    id: string;
    language: string | null;
    title: string | null;
    outlet: string | null;
    url: string | null;
    publishedAt: string | null;
    text: string;
    bodyStart: number;
  };
  html?: string;
}

/** Attempts before a job is given up (graphile-worker backs off exponentially: 1 s, 7 s, 20 s, 55 s...). */
export const MAX_ATTEMPTS = 5;

/** One queued job per URL: enqueueing a URL that is still waiting replaces the waiting job. */
export function sourceJobKey(source: string): string {
  return `src:${/^https?:\/\//i.test(source) ? canonicalUrl(source) : source}`;
}

/** One queued job per article version. */
export function documentJobKey(doc: Document): string {
  return `doc:${articleIdent(doc)}:${contentHash(doc.text)}`;
}

export function documentPayload(doc: Document, html?: string): DocumentJob {
  const { id, language, title, outlet, url, publishedAt, text, bodyStart } = doc;
  return { doc: { id, language, title, outlet, url, publishedAt, text, bodyStart }, ...(html !== undefined ? { html } : {}) };
}
