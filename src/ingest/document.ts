/**
 * Documents from text and HTML. The text of a document is exactly what was read (after decoding and removing a
 * leading BOM); metadata comes, in order of precedence, from the caller, from the input itself (text header block,
 * page metadata) and from batch defaults (--outlet, --published). Language: the caller's or the header's if given,
 * else detected with eld, else (HTML) the page's declared language; null when none is reliable.
 */
import { makeDocument, type Document, type DocumentMeta } from '../core/document.js';
import { parseHeader } from './header.js';
import { extractHtmlArticle } from './html.js';
import { detectLanguage } from './language.js';
import { contentDocumentId } from './id.js';
import { MAX_ARTICLE_BYTES } from './limits.js';
import { formatBytes } from './fetch.js';

export type MetaInput = Partial<{ [K in keyof DocumentMeta]: DocumentMeta[K] | undefined }>;

/** A plain-text article, optionally with a header block (title:/outlet:/url:/published: or YAML front matter). */
export function documentFromText(text: string, meta: MetaInput = {}, defaults: MetaInput = {}): Document {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkSize(text);
  const header = parseHeader(text);
  const bodyStart = header.bodyStart;
  const body = text.slice(bodyStart);
  if (!body.trim()) throw new Error(bodyStart > 0 ? 'empty article (nothing after the header)' : 'empty article');
  const m = merge(meta, header.meta as MetaInput, defaults);
  return makeDocument(text, {
    ...m,
    id: m.id ?? contentDocumentId(m.url, text),
    language: m.language ?? detectLanguage(body),
  }, bodyStart);
}

/**
 * An HTML page: the article text from Readability, one paragraph per line. The document text starts with the
 * title on its own line when the page has one; `bodyStart` points after it.
 */
export function documentFromHtml(html: string, meta: MetaInput = {}, defaults: MetaInput = {}): Document {
  if (html.charCodeAt(0) === 0xfeff) html = html.slice(1);
  checkSize(html);
  const page = extractHtmlArticle(html, meta.url ?? defaults.url ?? null);
  const m = merge(meta, { title: page.title, outlet: page.outlet, publishedAt: page.publishedAt, url: page.url }, defaults);
  const title = m.title ?? null;
  const text = title ? `${title}\n${page.body}` : page.body;
  const bodyStart = title ? title.length + 1 : 0;
  return makeDocument(text, {
    ...m,
    id: m.id ?? contentDocumentId(m.url, text),
    language: m.language ?? detectLanguage(page.body) ?? page.lang,
  }, bodyStart);
}

function checkSize(s: string): void {
  // UTF-16 length is a lower bound of the UTF-8 size; good enough for a cap.
  if (s.length > MAX_ARTICLE_BYTES) throw new Error(`article larger than ${formatBytes(MAX_ARTICLE_BYTES)}`);
}

const KEYS = ['id', 'language', 'title', 'outlet', 'url', 'publishedAt'] as const;

/** The first non-empty value per field. */
function merge(...sources: MetaInput[]): MetaInput {
  const out: MetaInput = {};
  for (const k of KEYS) {
    for (const s of sources) {
      const v = s[k];
      if (typeof v === 'string' && v.trim() !== '') {
        out[k] = v.trim();
        break;
      }
    }
  }
  return out;
}
