/**
 * What makes two ingested documents "the same article": the canonical URL when there is one, else the
 * document id; and, independently, the exact text (content hash).
 */
import { createHash } from 'node:crypto';
import type { Document } from '../core/document.js';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A URL reduced to what identifies the page: lower-case scheme and host (URL does that), no fragment, no
 * default port, no trailing slash on a non-root path. Query strings are kept: they often name the article.
 */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
    return u.toString();
  } catch {
    return url.trim();
  }
}

export function articleIdent(doc: Document): string {
  return doc.url ? `url:${canonicalUrl(doc.url)}` : `id:${doc.id}`;
}

/** Id for an article whose document id is already taken by a different article. */
export function disambiguatedId(docId: string, ident: string): string {
  return `${docId}-${createHash('sha256').update(ident).digest('hex').slice(0, 8)}`;
}
