/**
 * The PostgreSQL backend: a pg Pool under kysely. The database URL may carry `?schema=NAME` (our parameter,
 * removed before connecting) to keep several ledgers, or test runs, apart in one database.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema.js';

export interface PgTarget {
  /** connection string without our `schema` parameter */
  url: string;
  /** schema for the store's tables; "public" unless given */
  schema: string;
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function parsePgTarget(db: string, schemaOverride?: string): PgTarget {
  const u = new URL(db);
  const fromUrl = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  const schema = schemaOverride ?? fromUrl ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}" (lower-case letters, digits, _)`);
  return { url: u.toString(), schema };
}

export interface PgHandle {
  db: Kysely<DB>;
  pool: pg.Pool;
  schema: string;
  writeTx<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
}

/** Errors after which the whole transaction is simply run again: serialization failure, deadlock, unique race. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

export function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && RETRYABLE.has(String((err as { code?: unknown }).code));
}

export function openPostgres(target: PgTarget, poolSize = 10): PgHandle {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: poolSize,
    // every connection works in the store's schema (created by migrate())
    options: `-c search_path=${target.schema}`,
  });
  // an idle client losing its connection (server restart) must not crash the process; the pool replaces it
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  async function writeTx<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute(fn);
      } catch (err) {
        if (attempt >= 5 || !isRetryable(err)) throw err;
        await new Promise((r) => setTimeout(r, 5 * attempt * attempt + Math.random() * 10));
      }
    }
  }
  return { db, pool, schema: target.schema, writeTx };
}
