/**
 * Retries of document jobs. A job is retried when its worker died or failed after taking it, and that attempt
 * may already have committed (the worker died after the commit, before the queue heard the job was done). If a
 * newer version of the article was stored in between, writing the job's text again would add it as a new
 * revision and make the old text current once more: a lost update. So a retry whose exact text is already a
 * stored revision of its article stores nothing. First attempts are not checked: ingesting an old text afresh
 * is a real revert and becomes a revision, as the store's rules say.
 */
import type { Document } from '../core/document.js';
import type { Store } from '../store/types.js';
import { articleIdent, contentHash } from '../store/identity.js';

/**
 * The revision of the document's article that already holds exactly its text, or null. Looks under the
 * document's own id (where the store keeps an article unless the id was taken by another one; such a rare
 * renamed article is not found here and is written as before).
 */
export async function storedRevisionOf(store: Store, doc: Document): Promise<number | null> {
  const current = await store.getArticle(doc.id);
  if (!current || articleIdent(current) !== articleIdent(doc)) return null;
  const hash = contentHash(doc.text);
  for (let r = current.revision; r >= 1; r--) {
    const stored = r === current.revision ? current : await store.getArticle(current.id, r);
    if (stored?.contentHash === hash) return r;
  }
  return null;
}
