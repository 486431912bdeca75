/**
 * Schema migrations, numbered and recorded in claimledger_migrations. Each runs once, inside the same
 * transaction as its record, under a lock (PostgreSQL advisory lock; SQLite's write lock), so that several
 * processes opening one database at the same time apply each migration exactly once.
 */
import { sql, type Kysely } from 'kysely';
import type { Backend, DB } from './schema.js';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<DB>, backend: Backend): Promise<void>;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, revisions, claims',
    async up(db, backend) {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('ident', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text')
        .addColumn('latest_revision', 'integer', (c) => c.notNull())
        .addColumn('story_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();

      await db.schema
        .createTable('revisions')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('body_start', 'integer', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('title', 'text')
        .addColumn('outlet', 'text')
        .addColumn('url', 'text')
        .addColumn('published_at', 'text')
        .addColumn('html', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('engine_version', 'text', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('write_seq', 'bigint', (c) => c.notNull())
        .addColumn('is_current', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('revisions_pk', ['article_id', 'revision'])
        .execute();
      await db.schema.createIndex('revisions_hash').on('revisions').column('content_hash').execute();
      await db.schema.createIndex('revisions_seq').on('revisions').column('write_seq').execute();
      await db.schema.createIndex('revisions_current_published').on('revisions').columns(['is_current', 'published_at']).execute();
      await db.schema.createIndex('revisions_current_engine').on('revisions').columns(['is_current', 'engine_version']).execute();

      await db.schema
        .createTable('claims')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('source_name', 'text')
        .addColumn('source_kind', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('value_min', 'double precision')
        .addColumn('value_max', 'double precision')
        .addColumn('is_current', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('claims_pk', ['article_id', 'revision', 'seq'])
        .addForeignKeyConstraint('claims_revision_fk', ['article_id', 'revision'], 'revisions', ['article_id', 'revision'])
        .execute();
      // The claim search filters (measure, country, source, date) each get an index led by the filter column
      // and ending in the date, so that "killed, newest first" is an index range scan.
      await db.schema.createIndex('claims_measure').on('claims').columns(['measure', 'published_at']).execute();
      await db.schema.createIndex('claims_country').on('claims').columns(['country', 'published_at']).execute();
      await db.schema.createIndex('claims_source').on('claims').columns(['source_name', 'published_at']).execute();
      await db.schema.createIndex('claims_published').on('claims').column('published_at').execute();

      if (backend === 'postgres') await sql`create sequence if not exists claimledger_write_seq`.execute(db);
    },
  },
  {
    version: 2,
    name: 'worker heartbeats (PostgreSQL queue)',
    async up(db, backend) {
      // read and written by src/queue/heartbeat.ts with plain SQL; created here, under the migration lock,
      // because concurrent CREATE TABLE IF NOT EXISTS from several starting workers can fail in PostgreSQL
      if (backend !== 'postgres') return;
      await sql`create table claimledger_workers (
        worker_id text primary key, host text not null, pid integer not null, last_seen timestamptz not null)`.execute(db);
    },
  },
  {
    version: 3,
    name: 'persisted analysis: stories, their articles and syndication groups by generation',
    async up(db) {
      await db.schema
        .createTable('analysis_runs')
        .addColumn('generation', 'integer', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('story_count', 'integer')
        .addColumn('article_count', 'integer')
        .addColumn('syndication_count', 'integer')
        .execute();
      await db.schema
        .createTable('analysis_state')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('switched_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stories')
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('from_at', 'text')
        .addColumn('to_key', 'text', (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('independent_sources', 'integer', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('digest', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('stories_pk', ['generation', 'id'])
        .execute();
      await db.schema.createIndex('stories_ord').on('stories').columns(['generation', 'ord']).execute();
      // the stories list: newest first, then larger first (the order of the web app's list)
      await db.schema.createIndex('stories_recent').on('stories').columns(['generation', 'to_key desc', 'article_count desc', 'ord']).execute();
      await db.schema
        .createTable('story_articles')
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('syndication_group', 'integer')
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_articles_pk', ['generation', 'article_id'])
        .execute();
      await db.schema.createIndex('story_articles_story').on('story_articles').columns(['generation', 'story_id', 'ord']).execute();
      await db.schema.createIndex('story_articles_ord').on('story_articles').columns(['generation', 'ord']).execute();
      await db.schema
        .createTable('syndication_groups')
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('syndication_groups_pk', ['generation', 'idx'])
        .execute();
    },
  },
];

/** Apply the migrations that are missing; returns the versions applied now. */
export async function runMigrations(
  db: Kysely<DB>,
  backend: Backend,
  inWriteTx: <T>(fn: (trx: Kysely<DB>) => Promise<T>) => Promise<T>,
  pgSchema = 'public',
): Promise<number[]> {
  return inWriteTx(async (trx) => {
    if (backend === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtext('claimledger.migrate'))`.execute(trx);
      await sql`create schema if not exists ${sql.id(pgSchema)}`.execute(trx);
    }
    await trx.schema
      .createTable('claimledger_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const done = new Set((await trx.selectFrom('claimledger_migrations').select('version').execute()).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await m.up(trx, backend);
      await trx.insertInto('claimledger_migrations').values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
      applied.push(m.version);
    }
    return applied;
  });
}
