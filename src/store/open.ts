/**
 * openStore(db): a file path or ':memory:' opens SQLite, a postgres:// URL opens PostgreSQL. The schema is
 * migrated and, unless told otherwise, claims extracted by an older engine version are re-extracted.
 */
import { ENGINE_VERSION } from '../version.js';
import type { Document } from '../core/document.js';
import type { Claim } from '../core/claim.js';
import type { OpenOptions, Store } from './types.js';
import { SqlStore } from './sql-store.js';
import { openSqlite } from './sqlite.js';
import { isPostgresUrl, openPostgres, parsePgTarget } from './postgres.js';

export { isPostgresUrl } from './postgres.js';

export const DEFAULT_DB = './claimledger.sqlite';

/** The database named by --db, else $CLAIMLEDGER_DB, else ./claimledger.sqlite. */
export function resolveDb(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CLAIMLEDGER_DB || DEFAULT_DB;
}

async function loadExtractClaims(): Promise<(doc: Document) => Claim[]> {
  const mod = await import('../claims/extract.js');
  return mod.extractClaims;
}

export async function openStore(db: string, opts: OpenOptions = {}): Promise<Store> {
  const given = opts.extract;
  const extractor = given ? async () => given : loadExtractClaims;
  const engineVersion = opts.engineVersion ?? ENGINE_VERSION;
  let store: SqlStore;
  if (isPostgresUrl(db)) {
    const target = parsePgTarget(db, opts.pgSchema);
    const pg = openPostgres(target, opts.poolSize ?? 10);
    store = new SqlStore({ backend: 'postgres', db: pg.db, writeTx: pg.writeTx, extractor, engineVersion, pgSchema: target.schema, destroy: () => pg.db.destroy() });
  } else {
    const lite = openSqlite(db);
    store = new SqlStore({ backend: 'sqlite', db: lite.db, writeTx: lite.writeTx, extractor, engineVersion, destroy: () => lite.db.destroy() });
  }
  try {
    await store.migrate();
    if (opts.reextractOnOpen !== false) await store.reextractStale();
  } catch (err) {
    await store.close().catch(() => {});
    throw new Error(`cannot open store ${redact(db)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return store;
}

/** A database URL without its password, for messages. */
export function redact(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const u = new URL(db);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
