/**
 * The web app's way into the ingest layer: one article from a JSON body (text, html or a URL to fetch), and
 * batches of sources (URLs, feeds, uploaded files) through readSources. The fetch refuses private targets
 * unless the server allows them; that check lives in the ingest layer's fetcher.
 */
import { makeDocument, type Document } from '../core/document.js';
import type { IngestItem } from '../ingest/types.js';

/** Loaded on first use, so that the app (and its tests with a fake ingestor) start without the ingest layer. */
const ingestLayer = () => import('../ingest/read.js');

/** The body of POST /api/articles. `url` is fetched when there is neither text nor html, else it is metadata. */
export interface ArticleInput {
  text?: string;
  html?: string;
  url?: string;
  outlet?: string;
  title?: string;
  publishedAt?: string;
  language?: string;
}

export interface Ingestor {
  /** One article from an API body; a failure is an item with ok: false and the cause. */
  fromInput(input: ArticleInput, opts: { allowPrivate: boolean }): Promise<IngestItem>;
  /** Any number of sources (paths, URLs, feeds); one item per article read. */
  read(sources: string[], opts: { allowPrivate: boolean; outlet?: string; published?: string }): AsyncIterable<IngestItem>;
}

/** Metadata given with the request wins over what the reader found (the user knows better than the page). */
function withMeta(doc: Document, input: ArticleInput, keepUrl: boolean): Document {
  return makeDocument(doc.text, {
    id: doc.id,
    language: input.language ?? doc.language,
    title: input.title ?? doc.title,
    outlet: input.outlet ?? doc.outlet,
    url: keepUrl ? doc.url ?? input.url ?? null : input.url ?? doc.url,
    publishedAt: input.publishedAt ?? doc.publishedAt,
  }, doc.bodyStart);
}

export const defaultIngestor: Ingestor = {
  async fromInput(input, opts) {
    const meta = { title: input.title ?? null, outlet: input.outlet ?? null, url: input.url ?? null, publishedAt: input.publishedAt ?? null, language: input.language ?? null };
    const label = input.url ?? input.title ?? 'request body';
    try {
      const { documentFromHtml, documentFromText, readSources } = await ingestLayer();
      if (typeof input.text === 'string') return { ok: true, source: label, doc: withMeta(documentFromText(input.text, meta), input, false) };
      if (typeof input.html === 'string') return { ok: true, source: label, doc: withMeta(documentFromHtml(input.html, meta), input, false), html: input.html };
      if (typeof input.url === 'string') {
        for await (const item of readSources([input.url], { allowPrivate: opts.allowPrivate, outlet: input.outlet, published: input.publishedAt })) {
          return item.ok ? { ...item, doc: withMeta(item.doc, input, true) } : item;
        }
        return { ok: false, source: input.url, error: 'no article found at this URL' };
      }
      return { ok: false, source: label, error: 'give one of "text", "html" or "url"' };
    } catch (err) {
      return { ok: false, source: label, error: err instanceof Error ? err.message : String(err) };
    }
  },
  async *read(sources, opts) {
    const { readSources } = await ingestLayer();
    yield* readSources(sources, opts);
  },
};
