/**
 * The databases the store tests run against: a temporary SQLite file always, and PostgreSQL when
 * CLAIMLEDGER_TEST_PG names a server (CI sets it). Each PostgreSQL database lives in a fresh schema that is
 * dropped afterwards, so runs never see each other's rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDb {
  db: string;
  cleanup(): Promise<void>;
}

export async function newSqliteDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-store-'));
  return { db: join(dir, 'test.sqlite'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export const TEST_PG = process.env.CLAIMLEDGER_TEST_PG || null;

export const PG_SKIP = TEST_PG ? false : 'CLAIMLEDGER_TEST_PG is not set (postgres://user@host:port/db); PostgreSQL tests skipped';

export function freshSchemaName(prefix = 'cltest'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function newPgDb(): Promise<TestDb> {
  if (!TEST_PG) throw new Error('CLAIMLEDGER_TEST_PG is not set');
  const schema = freshSchemaName();
  const u = new URL(TEST_PG);
  u.searchParams.set('schema', schema);
  return {
    db: u.toString(),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: TEST_PG });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.query(`drop schema if exists "${schema}_queue" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
