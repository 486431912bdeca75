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
  /** Inserts rows into a table inside the running write transaction (see rowInserter). */
  insertRows(table: string, rows: readonly object[]): void;
}

/**
 * The row inserter of each open SQLite store, by its query layer: so that the store finds it from the Kysely
 * instance it is given (open.ts hands the store `db` and `writeTx` only).
 */
const inserters = new WeakMap<Kysely<DB>, SqliteHandle['insertRows']>();

export function sqliteRowInserter(db: Kysely<DB>): SqliteHandle['insertRows'] | undefined {
  return inserters.get(db);
}

/**
 * Bulk inserts for the ingest path. Through the query layer a 200-row INSERT is built, compiled and bound
 * value by value in JavaScript on every call (a tenth of the writer's time in profiles); SQLite runs a
 * prepared single-row INSERT as fast as a multi-row one, so here one statement per table and column list is
 * prepared once and run per row, on the same connection and in the same transaction as the rest of the write.
 */
function rowInserter(database: Database.Database): SqliteHandle['insertRows'] {
  const statements = new Map<string, { stmt: Database.Statement; columns: string[] }>();
  return (table, rows) => {
    if (rows.length === 0) return;
    // an insert outside a transaction would commit row by row: a store bug, not something to work around
    if (!database.inTransaction) throw new Error(`insert into ${table}: not inside a write transaction`);
    const columns = Object.keys(rows[0]!);
    const key = `${table}(${columns.join(',')})`;
    let entry = statements.get(key);
    if (!entry) {
      const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
      const text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
      entry = { stmt: database.prepare(text), columns };
      statements.set(key, entry);
    }
    const { stmt } = entry;
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      // undefined binds as NULL, as the query layer does for a missing value
      for (let i = 0; i < columns.length; i++) values[i] = r[columns[i]!] ?? null;
      stmt.run(values);
    }
  };
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
  // Checkpoint (copy the WAL into the database file, with two fsyncs) every 32 MB of WAL instead of SQLite's
  // 4 MB: a 200-article ingest batch writes about 3 MB, so the default checkpointed after nearly every commit,
  // rewriting the same hot index pages each time (10-20 % of the writer's time in the ingest benchmark). The
  // price, with synchronous = NORMAL: a power cut or OS crash can lose up to the last 32 MB of commits (about
  // 2,000 articles) instead of 4 MB; a killed process still loses nothing committed, and nothing is ever
  // corrupted. The WAL file is cut back to 64 MB after a checkpoint so that it does not stay large.
  database.pragma('wal_autocheckpoint = 8192');
  database.pragma('journal_size_limit = 67108864');
  // bigger page cache (64 MB) so that index pages of a large corpus stay in memory while inserting
  database.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const insertRows = rowInserter(database);
  inserters.set(db, insertRows);
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
  return { db, writeTx, insertRows };
}
