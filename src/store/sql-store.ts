/**
 * The store over one kysely query layer, for SQLite and PostgreSQL alike. Differences between the backends are
 * confined to three places: how a write transaction starts (sqlite.ts / postgres.ts), how the write sequence is
 * drawn (nextWriteSeq) and the advisory lock that serialises URL-less articles by content on PostgreSQL.
 *
 * Concurrency (several processes, several machines on PostgreSQL): the article row is created or locked with
 * one INSERT ... ON CONFLICT (ident) DO UPDATE, so two writers of the same URL are serialised on that row and the
 * second sees the first's revision; nothing is decided by a check-then-insert outside that lock.
 */
import { sql, type Expression, type Kysely } from 'kysely';
import { makeDocument, type Document } from '../core/document.js';
import type { Claim } from '../core/claim.js';
import type { Analysis, AnalysisArticle } from '../analysis/types.js';
import type { Backend, DB, RevisionTable } from './schema.js';
import type { AddResult, ClaimQuery, ListOptions, Store, StoreCounts, StoredArticle } from './types.js';
import { articleIdent, canonicalUrl, contentHash, disambiguatedId } from './identity.js';
import { runMigrations } from './migrations.js';
import { claimRow, CLAIM_INSERT_CHUNK } from './claim-row.js';

export interface SqlStoreParts {
  backend: Backend;
  db: Kysely<DB>;
  writeTx<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  /** loads the claim extractor on first use: readers (export, the web app) never load the claim engine */
  extractor: () => Promise<(doc: Document) => Claim[]>;
  engineVersion: string;
  pgSchema?: string;
  /** releases the connection(s) */
  destroy(): Promise<void>;
}

type RevisionRow = Omit<RevisionTable, 'html'> & { story_id?: string | null };

const REVISION_COLUMNS = [
  'r.article_id', 'r.revision', 'r.content_hash', 'r.text', 'r.body_start', 'r.language', 'r.title', 'r.outlet',
  'r.url', 'r.published_at', 'r.added_at', 'r.engine_version', 'r.claim_count', 'r.write_seq', 'r.is_current',
] as const;

function toArticle(r: RevisionRow, storyId: string | null): StoredArticle {
  return {
    id: r.article_id,
    language: r.language,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    publishedAt: r.published_at,
    text: r.text,
    bodyStart: Number(r.body_start),
    revision: Number(r.revision),
    contentHash: r.content_hash,
    addedAt: r.added_at,
    storyId,
  };
}

const MAX_LIMIT = 10_000;

function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

export class SqlStore implements Store {
  readonly backend: Backend;
  private readonly db: Kysely<DB>;
  private readonly parts: SqlStoreParts;
  private cached: { key: string; analysis: Analysis } | null = null;
  private extractFn: Promise<(doc: Document) => Claim[]> | null = null;

  constructor(parts: SqlStoreParts) {
    this.parts = parts;
    this.backend = parts.backend;
    this.db = parts.db;
  }

  async migrate(): Promise<void> {
    await runMigrations(this.db, this.backend, (fn) => this.parts.writeTx(fn), this.parts.pgSchema);
  }

  /** Expression for the next value of the write sequence (see RevisionTable.write_seq). */
  private nextWriteSeq(): Expression<number> {
    return this.backend === 'postgres'
      ? sql<number>`nextval('claimledger_write_seq')`
      // SQLite has one writer at a time, so max + 1 inside the write transaction is race-free
      : sql<number>`(select coalesce(max(write_seq), 0) + 1 from revisions)`;
  }

  /** The article whose current text is exactly this one (by URL, or for URL-less documents by content). */
  private async findUnchanged(db: Kysely<DB>, ident: string, hash: string, byContent: boolean): Promise<RevisionRow & { story_id: string | null } | null> {
    let q = db
      .selectFrom('articles as a')
      .innerJoin('revisions as r', (j) => j.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.latest_revision'))
      .select([...REVISION_COLUMNS, 'a.story_id'])
      .where('r.content_hash', '=', hash);
    q = byContent ? q.where('a.url', 'is', null) : q.where('a.ident', '=', ident);
    return (await q.limit(1).executeTakeFirst()) ?? null;
  }

  /**
   * The id the article has (`known`: an ident keeps its id forever), or will get: its document id unless
   * another article already holds it.
   */
  private async chooseId(db: Kysely<DB>, docId: string, ident: string): Promise<{ id: string; known: boolean }> {
    const byIdent = await db.selectFrom('articles').select('id').where('ident', '=', ident).executeTakeFirst();
    if (byIdent) return { id: byIdent.id, known: true };
    const byId = await db.selectFrom('articles').select('ident').where('id', '=', docId).executeTakeFirst();
    return { id: byId ? disambiguatedId(docId, ident) : docId, known: false };
  }

  private extract(doc: Document): Promise<Claim[]> {
    this.extractFn ??= this.parts.extractor();
    return this.extractFn.then((fn) => fn(doc));
  }

  private extractFor(doc: Document, id: string): Promise<Claim[]> {
    return this.extract(id === doc.id ? doc : makeDocument(doc.text, { ...doc, id }, doc.bodyStart));
  }

  async addArticle(item: { doc: Document; html?: string }): Promise<AddResult> {
    const doc = item.doc;
    if (!doc || typeof doc.text !== 'string') throw new Error('addArticle: the item has no document text');
    if (!doc.id) throw new Error('addArticle: the document has no id');
    const hash = contentHash(doc.text);
    const ident = articleIdent(doc);
    const byContent = !doc.url;

    // Re-ingesting an unchanged corpus is common: answer it without taking the write lock.
    const same = await this.findUnchanged(this.db, ident, hash, byContent);
    if (same) return { article: toArticle(same, same.story_id), status: 'unchanged', claims: Number(same.claim_count) };

    // Extraction is the slow part: do it before the transaction so that the write lock is held only for writing.
    const chosen = await this.chooseId(this.db, doc.id, ident);
    let id = chosen.id;
    let claims = await this.extractFor(doc, id);

    const result = await this.parts.writeTx(async (trx): Promise<AddResult> => {
      if (this.backend === 'postgres' && byContent) {
        // URL-less articles are identified by content: serialise writers of the same text
        await sql`select pg_advisory_xact_lock(hashtext(${hash}))`.execute(trx);
      }
      if (byContent) {
        // (with a URL, the article row lock below and the hash comparison after it decide instead)
        const again = await this.findUnchanged(trx, ident, hash, true);
        if (again) return { article: toArticle(again, again.story_id), status: 'unchanged', claims: Number(again.claim_count) };
      }
      const candidate = chosen.known ? id : (await this.chooseId(trx, doc.id, ident)).id;
      const now = new Date().toISOString();
      // Creates the article or, when it exists, locks its row until commit (the no-op update takes the lock).
      const row = await trx
        .insertInto('articles')
        .values({ id: candidate, ident, url: doc.url ? canonicalUrl(doc.url) : null, latest_revision: 0, story_id: null, created_at: now })
        .onConflict((oc) => oc.column('ident').doUpdateSet({ ident: (eb) => eb.ref('excluded.ident') }))
        .returning(['id', 'latest_revision', 'story_id'])
        .executeTakeFirstOrThrow();
      if (row.id !== id) {
        id = row.id;
        claims = await this.extractFor(doc, id);
      }
      const latest = Number(row.latest_revision);
      if (latest > 0) {
        const current = await trx
          .selectFrom('revisions as r')
          .select([...REVISION_COLUMNS])
          .where('r.article_id', '=', id)
          .where('r.revision', '=', latest)
          .executeTakeFirstOrThrow();
        if (current.content_hash === hash) {
          return { article: toArticle(current, row.story_id), status: 'unchanged', claims: Number(current.claim_count) };
        }
        await trx.updateTable('revisions').set({ is_current: 0 }).where('article_id', '=', id).where('is_current', '=', 1).execute();
        await trx.updateTable('claims').set({ is_current: 0 }).where('article_id', '=', id).where('is_current', '=', 1).execute();
      }
      const revision = latest + 1;
      await trx
        .insertInto('revisions')
        .values({
          article_id: id,
          revision,
          content_hash: hash,
          text: doc.text,
          body_start: doc.bodyStart,
          language: doc.language,
          title: doc.title,
          outlet: doc.outlet,
          url: doc.url,
          published_at: doc.publishedAt,
          html: item.html ?? null,
          added_at: now,
          engine_version: this.parts.engineVersion,
          claim_count: claims.length,
          write_seq: this.nextWriteSeq(),
          is_current: 1,
        })
        .execute();
      await this.insertClaims(trx, id, revision, doc.publishedAt, claims);
      await trx.updateTable('articles').set({ latest_revision: revision }).where('id', '=', id).execute();
      const article: StoredArticle = {
        id,
        language: doc.language,
        title: doc.title,
        outlet: doc.outlet,
        url: doc.url,
        publishedAt: doc.publishedAt,
        text: doc.text,
        bodyStart: doc.bodyStart,
        revision,
        contentHash: hash,
        addedAt: now,
        storyId: row.story_id,
      };
      return { article, status: latest > 0 ? 'revised' : 'added', claims: claims.length };
    });
    if (result.status !== 'unchanged') this.cached = null;
    return result;
  }

  private async insertClaims(trx: Kysely<DB>, articleId: string, revision: number, publishedAt: string | null, claims: Claim[]): Promise<void> {
    for (let i = 0; i < claims.length; i += CLAIM_INSERT_CHUNK) {
      const rows = claims.slice(i, i + CLAIM_INSERT_CHUNK).map((c, k) => claimRow(c, articleId, revision, i + k, publishedAt));
      await trx.insertInto('claims').values(rows).execute();
    }
  }

  async getArticle(id: string, revision?: number): Promise<StoredArticle | null> {
    const a = await this.db.selectFrom('articles').select(['latest_revision', 'story_id']).where('id', '=', id).executeTakeFirst();
    if (!a || Number(a.latest_revision) === 0) return null;
    const r = await this.db
      .selectFrom('revisions as r')
      .select([...REVISION_COLUMNS])
      .where('r.article_id', '=', id)
      .where('r.revision', '=', revision ?? Number(a.latest_revision))
      .executeTakeFirst();
    return r ? toArticle(r, a.story_id) : null;
  }

  async listArticles(opts: ListOptions = {}): Promise<StoredArticle[]> {
    if (opts.storyId !== undefined) await this.analysis(); // story ids are persisted by the analysis
    let q = this.db
      .selectFrom('articles as a')
      .innerJoin('revisions as r', (j) => j.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.latest_revision'))
      .select([...REVISION_COLUMNS, 'a.story_id']);
    if (opts.storyId !== undefined) q = q.where('a.story_id', '=', opts.storyId);
    const rows = await q
      .orderBy(sql`r.published_at desc nulls last`)
      .orderBy('a.id')
      .limit(clampLimit(opts.limit, 50))
      .offset(Math.max(0, Math.floor(opts.offset ?? 0)))
      .execute();
    return rows.map((r) => toArticle(r, r.story_id));
  }

  async getClaims(articleId: string): Promise<Claim[]> {
    const rows = await this.db
      .selectFrom('claims')
      .select('data')
      .where('article_id', '=', articleId)
      .where('is_current', '=', 1)
      .orderBy('seq')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Claim);
  }

  async searchClaims(q: ClaimQuery = {}): Promise<Claim[]> {
    if (q.storyId !== undefined) await this.analysis();
    let query = this.db.selectFrom('claims as c').select('c.data').where('c.is_current', '=', 1);
    if (q.measure !== undefined) query = query.where('c.measure', '=', q.measure);
    if (q.country !== undefined) query = query.where('c.country', '=', q.country.toUpperCase());
    if (q.source !== undefined) query = query.where('c.source_name', '=', q.source.toLowerCase());
    if (q.from !== undefined) query = query.where('c.published_at', '>=', q.from);
    if (q.to !== undefined) query = query.where('c.published_at', '<', q.to);
    if (q.storyId !== undefined) {
      const storyId = q.storyId;
      query = query.where('c.article_id', 'in', (eb) => eb.selectFrom('articles').select('id').where('story_id', '=', storyId));
    }
    const rows = await query
      // the same order in both backends (their default NULL placement differs); led by the indexed date
      .orderBy(sql`c.published_at desc nulls last`)
      .orderBy('c.article_id')
      .orderBy('c.seq')
      .limit(clampLimit(q.limit, 100))
      .offset(Math.max(0, Math.floor(q.offset ?? 0)))
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Claim);
  }

  async count(): Promise<StoreCounts> {
    const [a, r, c] = await Promise.all([
      this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('latest_revision', '>', 0).executeTakeFirstOrThrow(),
      this.db.selectFrom('revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      this.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('is_current', '=', 1).executeTakeFirstOrThrow(),
    ]);
    return { articles: Number(a.n), revisions: Number(r.n), claims: Number(c.n) };
  }

  async staleCount(): Promise<number> {
    const r = await this.db
      .selectFrom('revisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('is_current', '=', 1)
      .where('engine_version', '<>', this.parts.engineVersion)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async reextractStale(opts: { limit?: number } = {}): Promise<number> {
    const version = this.parts.engineVersion;
    const limit = opts.limit ?? Infinity;
    let done = 0;
    let after = '';
    // Keyset pagination over article ids: a revision whose extraction throws is skipped, not retried forever.
    while (done < limit) {
      const batch = await this.db
        .selectFrom('revisions as r')
        .select([...REVISION_COLUMNS])
        .where('r.is_current', '=', 1)
        .where('r.engine_version', '<>', version)
        .where('r.article_id', '>', after)
        .orderBy('r.article_id')
        .limit(Math.min(200, limit - done))
        .execute();
      if (batch.length === 0) break;
      for (const r of batch) {
        after = r.article_id;
        let claims: Claim[];
        try {
          claims = await this.extract(toArticle(r, null));
        } catch {
          continue;
        }
        const revision = Number(r.revision);
        const updated = await this.parts.writeTx(async (trx) => {
          // The guarded update claims the revision: a concurrent re-extraction of it finds nothing to update.
          const hit = await trx
            .updateTable('revisions')
            .set({ engine_version: version, claim_count: claims.length, write_seq: this.nextWriteSeq() })
            .where('article_id', '=', r.article_id)
            .where('revision', '=', revision)
            .where('engine_version', '<>', version)
            .returning('article_id')
            .executeTakeFirst();
          if (!hit) return false;
          await trx.deleteFrom('claims').where('article_id', '=', r.article_id).where('revision', '=', revision).execute();
          await this.insertClaims(trx, r.article_id, revision, r.published_at, claims);
          return true;
        });
        if (updated) done++;
      }
    }
    if (done > 0) this.cached = null;
    return done;
  }

  /** Changes whenever a write changes what the analysis sees, in this process or any other. */
  private async analysisKey(): Promise<string> {
    const r = await this.db
      .selectFrom('revisions')
      .select((eb) => [eb.fn.max('write_seq').as('m'), eb.fn.countAll().as('n')])
      .executeTakeFirstOrThrow();
    return `${String(r.m ?? 0)}:${String(r.n)}`;
  }

  async analysis(): Promise<Analysis> {
    const key = await this.analysisKey();
    if (this.cached && this.cached.key === key) return this.cached.analysis;
    const articles = await this.loadCorpus();
    const { analyze } = await import('../analysis/analyze.js');
    const analysis = analyze(articles.map((a) => a.input));
    await this.persistStoryIds(articles, analysis);
    this.cached = { key, analysis };
    return analysis;
  }

  /** Every current revision with its claims, ordered by publication time. */
  private async loadCorpus(): Promise<{ input: AnalysisArticle; storyId: string | null }[]> {
    const rows = await this.db
      .selectFrom('articles as a')
      .innerJoin('revisions as r', (j) => j.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.latest_revision'))
      .select([...REVISION_COLUMNS, 'a.story_id'])
      .orderBy(sql`r.published_at asc nulls last`)
      .orderBy('a.id')
      .execute();
    const claimRows = await this.db.selectFrom('claims').select(['article_id', 'data']).where('is_current', '=', 1).orderBy('article_id').orderBy('seq').execute();
    const byArticle = new Map<string, Claim[]>();
    for (const c of claimRows) {
      let list = byArticle.get(c.article_id);
      if (!list) byArticle.set(c.article_id, (list = []));
      list.push(JSON.parse(c.data) as Claim);
    }
    return rows.map((r) => {
      const a = toArticle(r, r.story_id);
      const doc = makeDocument(a.text, a, a.bodyStart);
      return { input: { doc, claims: byArticle.get(a.id) ?? [] }, storyId: r.story_id };
    });
  }

  private async persistStoryIds(articles: { input: AnalysisArticle; storyId: string | null }[], analysis: Analysis): Promise<void> {
    const before = new Map(articles.map((a) => [a.input.doc.id, a.storyId]));
    const changed = analysis.articles.filter((s) => before.has(s.id) && before.get(s.id) !== s.story);
    for (let i = 0; i < changed.length; i += 500) {
      const chunk = changed.slice(i, i + 500);
      await this.parts.writeTx(async (trx) => {
        for (const s of chunk) await trx.updateTable('articles').set({ story_id: s.story }).where('id', '=', s.id).execute();
      });
    }
  }

  async close(): Promise<void> {
    await this.parts.destroy();
  }
}
