/**
 * The SQLite backend: one file, better-sqlite3 under kysely. WAL so that readers (the web app) never block the
 * writer, foreign keys on, and a busy timeout so that a second process waits for the write lock instead of failing.
 */
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
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

export function openSqlite(path: string, busyTimeoutMs = 10_000): SqliteHandle {
  const database = new Database(path);
  if (path !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  // NORMAL is durable against a killed process in WAL mode (only a power cut can lose the last commits).
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
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
