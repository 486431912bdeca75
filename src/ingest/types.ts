import type { Document } from '../core/document.js';

/** What kind of input a source is; decided by extension, URL scheme and content sniffing. */
export type IngestKind = 'text' | 'html' | 'url' | 'feed' | 'jsonl';

export interface IngestInput {
  kind: IngestKind;
  /** a file path or an http(s) URL */
  source: string;
}

/**
 * One article read from an input, or the reason it could not be read.
 * A batch yields one item per article; a failure names the input and the cause and the batch goes on.
 * `html` is the raw page when the article came from HTML (kept so that the store can archive it).
 */
export type IngestItem =
  | { ok: true; source: string; doc: Document; html?: string }
  | { ok: false; source: string; error: string };

export interface ReadOptions {
  /** allow URLs that resolve to loopback, private, link-local or CGNAT addresses */
  allowPrivate?: boolean;
  /** default publication date (ISO) for documents whose metadata has none */
  published?: string;
  /** default outlet for documents whose metadata has none */
  outlet?: string;
  /** injected fetch (tests, custom agents); defaults to the guarded fetcher in fetch.ts */
  fetch?: typeof fetch;
}
