/**
 * The SQLite backend: one file, better-sqlite3 under kysely. WAL so that readers (the web app) never block the
 * writer, foreign keys on, and a busy timeout so that a second process waits for the write lock instead of failing.
 */
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type { DB } from './schema.js';

export interface SqliteHandle {
  db: Kysely<DB>;
  /** Run fn in a write transaction taken up front (BEGIN IMMEDIATE): no lock upgrade, so no SQLITE_BUSY mid-way. */
  writeTx<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
}

/**
 * better-sqlite3 is synchronous: a second connection of this process waiting for the write lock would block the
 * event loop, so the holder could never finish. Write transactions of one process on one file therefore queue
 * here first; other processes wait on SQLite's busy timeout as usual.
 */
const writeQueues = new Map<string, Promise<unknown>>();

function queued<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prev = writeQueues.get(key) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => {});
  writeQueues.set(key, tail);
  void tail.then(() => {
    if (writeQueues.get(key) === tail) writeQueues.delete(key);
  });
  return run;
}

/** Statements kept per connection; a long-running server sees a bounded set of query shapes, a batch a few more. */
const STATEMENT_CACHE = 1000;

/**
 * kysely's SQLite driver prepares every query afresh, and preparing costs as much as running a small INSERT.
 * The store's queries come in a handful of shapes, so statements are cached by their SQL text. A statement
 * still being iterated (busy) cannot be re-bound; such a call gets a fresh one.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) return hit;
      const stmt = database.prepare(text);
      if (!hit) {
        if (cache.size >= STATEMENT_CACHE) cache.clear();
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

export function openSqlite(path: string, busyTimeoutMs = 10_000): SqliteHandle {
  const database = new Database(path);
  if (path !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  // NORMAL in WAL mode: a commit is appended to the WAL without an fsync; the WAL is fsynced at checkpoints.
  // A killed process loses nothing committed (the WAL is in the OS cache and is replayed on open) and never
  // sees a half-written transaction; only a power cut or OS crash can lose the last commits, never corrupt.
  database.pragma('synchronous = NORMAL');
  // bigger page cache (64 MB) so that index pages of a large corpus stay in memory while inserting
  database.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const key = path === ':memory:' ? `memory:${Math.random()}` : resolve(path);
  function writeTx<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
    return queued(key, () => db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const out = await fn(conn);
        await sql`commit`.execute(conn);
        return out;
      } catch (err) {
        if (database.inTransaction) await sql`rollback`.execute(conn);
        throw err;
      }
    }));
  }
  return { db, writeTx };
}
