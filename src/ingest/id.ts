import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/** A short stable id: the first 12 hex digits of SHA-256 (collisions need ~16 million articles to matter). */
export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}

/** The id of a document read from a file: its name without the extension ("reports/001.txt" → "001"). */
export function fileDocumentId(path: string): string {
  return basename(path, extname(path));
}

/** The id of a document from a URL or with no name: a hash of its canonical URL, else of its text. */
export function contentDocumentId(url: string | null | undefined, text: string): string {
  return shortHash(url ? canonicalUrlKey(url) : text);
}

/** A URL without its fragment and common tracking parameters, so that one article keeps one id. */
export function canonicalUrlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|cmpid$|wt_mc$)/i.test(k)) u.searchParams.delete(k);
    }
    return u.href;
  } catch {
    return url;
  }
}
