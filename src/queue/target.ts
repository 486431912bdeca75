/**
 * Where the queue lives: graphile-worker's tables in their own schema of the store's database. With
 * `?schema=NAME` in the database URL the store uses NAME and the queue NAME_queue, so that separate
 * ledgers in one database also have separate queues.
 */
import { isPostgresUrl, parsePgTarget } from '../store/postgres.js';

export interface QueueTarget {
  /** connection string without our schema parameter */
  url: string;
  /** the store's schema */
  storeSchema: string;
  /** graphile-worker's schema */
  queueSchema: string;
}

export function queueTarget(db: string): QueueTarget {
  if (!isPostgresUrl(db)) throw new Error(`the queue needs PostgreSQL (--db postgres://...), not "${db}"`);
  const t = parsePgTarget(db);
  return { url: t.url, storeSchema: t.schema, queueSchema: t.schema === 'public' ? 'graphile_worker' : `${t.schema}_queue` };
}
