/**
 * A document: immutable text plus metadata. Every span in the system is an offset into `text`,
 * so the text is frozen at construction and never rewritten (no normalisation, no trimming).
 */
export interface DocumentMeta {
  id: string;
  /** ISO 639-1 code ("de", "en"); null when unknown or undetected. */
  language: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date or date-time of publication; the reference time for relative expressions. */
  publishedAt: string | null;
}

export interface Document extends Readonly<DocumentMeta> {
  readonly text: string;
  /** Offset where the article body starts (after a metadata header block in a text file); 0 otherwise. */
  readonly bodyStart: number;
}

export function makeDocument(text: string, meta: Partial<DocumentMeta> & { id: string }, bodyStart = 0): Document {
  return Object.freeze({
    id: meta.id,
    language: meta.language ?? null,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    publishedAt: meta.publishedAt ?? null,
    text,
    bodyStart,
  });
}
