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
import type { Analysis, AnalysisArticle, ArticleSummary, Story, SyndicationGroup } from '../analysis/types.js';
import { publishedTime } from '../analysis/published.js';
import type { StreamingAnalysis } from '../analysis/stream.js';
import type { ArticleInput } from '../analysis/input.js';
import type { AnalysisPool, ArticleRow, BuiltStory, StoryJob } from '../analysis/pool.js';
import type { GroupEvidence } from '../analysis/stream.js';
import type { Backend, ClaimTable, DB, RevisionTable, SyndicationGroupTable } from './schema.js';
import type {
  AddItem, AddOutcome, AddResult, ClaimQuery, ListOptions, PageOptions, PrecomputedClaims, Store, StoreCounts, StoredArticle, StoryDetail, StoryPage,
  StoryPageOptions, StoryRow,
} from './types.js';
import { AnalysisTables, storyRows, type Generation } from './analysis-tables.js';
import { articleIdent, canonicalUrl, contentHash, disambiguatedId } from './identity.js';
import { runMigrations } from './migrations.js';
import { sqliteRowInserter } from './sqlite.js';
import { chunks, clamp, datedThenUndated, offsetOf } from './paging.js';
import { claimParts, claimRow, CLAIM_INSERT_CHUNK, partsRow, preparedParts, type ClaimParts } from './claim-row.js';

export interface SqlStoreParts {
  backend: Backend;
  db: Kysely<DB>;
  writeTx<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  /**
   * Inserts many rows into one table inside the running write transaction, when the backend has a faster way
   * than multi-row INSERTs built by the query layer (SQLite: one prepared statement run per row). Optional.
   */
  insertRows?(table: 'revisions' | 'claims', rows: readonly object[]): void;
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

/** An item of addArticles on its way into the store. */
interface Pending {
  index: number;
  doc: Document;
  html: string | null;
  hash: string;
  ident: string;
  byContent: boolean;
  /** the stored id it has or will get (see chooseIds) */
  id: string;
  known: boolean;
  /** the claims to store, as row parts (claim-row.ts) */
  claims: readonly ClaimParts[];
  /** claims extracted ahead for doc.id by this engine version (AddItem.extracted), else null */
  given: PrecomputedClaims | null;
}

type UnchangedRow = RevisionRow & { story_id: string | null };

/** Values per IN (...) list: far below both backends' bound-parameter limits. */
const IN_CHUNK = 500;
/** Revision rows per INSERT: 16 columns each. */
const REVISION_INSERT_CHUNK = 100;

function failed(err: unknown): { ok: false; error: Error } {
  return { ok: false, error: err instanceof Error ? err : new Error(String(err)) };
}

function unchanged(r: RevisionRow, storyId: string | null): { ok: true; result: AddResult } {
  return { ok: true, result: { article: toArticle(r, storyId), status: 'unchanged', claims: Number(r.claim_count) } };
}

/**
 * Splits a batch into rounds in which no two items share an ident, a document id or (URL-less) a text, so
 * that a later item sees what an earlier one stored, exactly as one addArticle after the other would.
 */
function rounds(items: readonly Pending[]): Pending[][] {
  const out: Pending[][] = [];
  let round: Pending[] = [];
  let keys = new Set<string>();
  for (const p of items) {
    const mine = [`i:${p.ident}`, `d:${p.doc.id}`, ...(p.byContent ? [`h:${p.hash}`] : [])];
    if (mine.some((k) => keys.has(k))) {
      out.push(round);
      round = [];
      keys = new Set();
    }
    round.push(p);
    for (const k of mine) keys.add(k);
  }
  if (round.length > 0) out.push(round);
  return out;
}

/**
 * With CLAIMLEDGER_TRACE_MEMORY set, an analysis run prints its memory and the seconds since it began at the end of
 * each phase (memory before and after a full collection when node runs with --expose-gc): what bench/README.md's
 * phase figures come from.
 */
function tracePhase(what: string, since: number): void {
  if (!process.env.CLAIMLEDGER_TRACE_MEMORY) return;
  const mb = (n: number) => Math.round(n / 1048576);
  const before = process.memoryUsage();
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  process.stderr.write(`analysis ${what} after ${((performance.now() - since) / 1000).toFixed(1)} s: rss ${mb(before.rss)} MB, heap ${mb(before.heapUsed)} MB (${mb(after.heapUsed)} MB live), max rss so far ${mb(process.resourceUsage().maxRSS * 1024)} MB\n`);
}

const MAX_LIMIT = 10_000;

/**
 * `col = 1` for an is_current column, written so that SQLite does not pick an index for it (unary +). SQLite's
 * planner has no statistics here and, for a statement that also names article ids (an IN list from about ten ids
 * on) or reads in article-id order, prefers the (is_current, …) indexes: it then reads every current row to test the
 * other terms — invisible at 10k articles, one pass over a 16 GB file per statement at 1M. Without that choice,
 * the id terms use the primary key. PostgreSQL plans with statistics and reads `+col` as `col`.
 */
function isCurrentById(col: string) {
  return sql<boolean>`+${sql.ref(col)} = 1`;
}

/** Articles per page when the analysis reads the corpus. */
const LOAD_PAGE = 1000;

/** Pages of the corpus read ahead of the one being linked, while a worker computes their inputs (streamCorpus). */
const PAGES_IN_FLIGHT = 2;
/**
 * Articles whose stories are built and written together (one read of their claims, one transaction): small, because
 * a batch's claims, ledger objects and JSON are all garbage a moment later and the heap's high-water mark is what
 * the process' memory shows.
 */
const STORY_BATCH = 250;
/** Rows per page when analysis() reads the persisted analysis back. */
const READ_PAGE = 2000;
/** (id, date) rows per page when the analysis reads the exact publication order. */
const ORDER_PAGE = 10_000;

type CorpusRow = RevisionRow & { story_id: string | null };

/** Every article joined with its latest revision (`a` and `r`); callers pick the columns. */
function latestRevisions(db: Kysely<DB>) {
  return db
    .selectFrom('articles as a')
    .innerJoin('revisions as r', (j) => j.onRef('r.article_id', '=', 'a.id').onRef('r.revision', '=', 'a.latest_revision'));
}

function rowDocument(r: CorpusRow): Document {
  const a = toArticle(r, r.story_id);
  return makeDocument(a.text, a, a.bodyStart);
}

/** The order the corpus is listed in: published_at as stored (unknown last), then id; JS string order on both backends. */
function corpusOrder(pa: string | null, ia: string, pb: string | null, ib: string): number {
  if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : pa < pb ? -1 : 1;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

function clampLimit(limit: number | undefined, fallback: number): number {
  return clamp(limit, fallback, MAX_LIMIT);
}

export class SqlStore implements Store {
  readonly backend: Backend;
  private readonly db: Kysely<DB>;
  private readonly parts: SqlStoreParts;
  private cached: { key: string; generation: number; analysis: Analysis } | null = null;
  private readonly tables: AnalysisTables;
  /** the analysis run in progress in this process, and the corpus key it is for */
  private running: { key: string; promise: Promise<Generation | null> } | null = null;
  private extractFn: Promise<(doc: Document) => Claim[]> | null = null;
  private readonly hashes = new WeakMap<Document, string>();

  constructor(parts: SqlStoreParts) {
    this.parts = parts.insertRows || parts.backend !== 'sqlite' ? parts : { ...parts, insertRows: sqliteRowInserter(parts.db) };
    this.backend = parts.backend;
    this.db = parts.db;
    this.tables = new AnalysisTables(parts.db, parts.backend);
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

  /**
   * For each item, the stored article whose current text is exactly the item's (by URL, or for URL-less
   * documents by content): one query per kind and chunk, not one per article.
   */
  private async findUnchangedMany(db: Kysely<DB>, items: readonly Pending[]): Promise<Map<Pending, UnchangedRow>> {
    const found = new Map<Pending, UnchangedRow>();
    const current = () => latestRevisions(db)
      .select([...REVISION_COLUMNS, 'a.story_id', 'a.ident']);
    const byUrl = items.filter((p) => !p.byContent);
    for (const part of chunks(byUrl, IN_CHUNK)) {
      const rows = await current().where('a.ident', 'in', part.map((p) => p.ident)).execute();
      const byIdent = new Map(rows.map((r) => [r.ident, r]));
      for (const p of part) {
        const r = byIdent.get(p.ident);
        if (r && r.content_hash === p.hash) found.set(p, r);
      }
    }
    const byContent = items.filter((p) => p.byContent);
    for (const part of chunks(byContent, IN_CHUNK)) {
      const rows = await current().where('a.url', 'is', null).where('r.content_hash', 'in', part.map((p) => p.hash)).orderBy('a.id').execute();
      const byHash = new Map<string, UnchangedRow>();
      for (const r of rows) if (!byHash.has(r.content_hash)) byHash.set(r.content_hash, r);
      for (const p of part) {
        const r = byHash.get(p.hash);
        if (r) found.set(p, r);
      }
    }
    return found;
  }

  /**
   * The id each article has (`known`: an ident keeps its id forever), or will get: its document id unless
   * another article already holds it.
   */
  private async chooseIds(db: Kysely<DB>, items: readonly Pending[]): Promise<void> {
    for (const part of chunks(items, IN_CHUNK)) {
      const byIdent = new Map(
        (await db.selectFrom('articles').select(['id', 'ident']).where('ident', 'in', part.map((p) => p.ident)).execute()).map((r) => [r.ident, r.id]),
      );
      const taken = new Set(
        (await db.selectFrom('articles').select('id').where('id', 'in', [...new Set(part.map((p) => p.doc.id))]).execute()).map((r) => r.id),
      );
      for (const p of part) {
        const id = byIdent.get(p.ident);
        if (id !== undefined) {
          p.id = id;
          p.known = true;
        } else {
          p.id = taken.has(p.doc.id) ? disambiguatedId(p.doc.id, p.ident) : p.doc.id;
          p.known = false;
        }
      }
    }
  }

  private extract(doc: Document): Promise<Claim[]> {
    this.extractFn ??= this.parts.extractor();
    return this.extractFn.then((fn) => fn(doc));
  }

  private extractFor(doc: Document, id: string): Promise<Claim[]> {
    return this.extract(id === doc.id ? doc : makeDocument(doc.text, { ...doc, id }, doc.bodyStart));
  }

  /**
   * The claims of an item under the id it is stored as: the precomputed ones when they were made for that id
   * (claim ids and claim.doc carry the article id; rather than guess how an extractor derives them, a rare
   * disambiguated id is extracted afresh), else extracted here.
   */
  private async claimsFor(p: Pending): Promise<readonly ClaimParts[]> {
    if (p.given && p.id === p.doc.id) return preparedParts(p.given) ?? p.given.claims.map(claimParts);
    return (await this.extractFor(p.doc, p.id)).map(claimParts);
  }

  /** Precomputed claims usable by this store: made by this store's engine version. */
  private usable(extracted: PrecomputedClaims | undefined): PrecomputedClaims | null {
    if (!extracted || extracted.engineVersion !== this.parts.engineVersion) return null;
    // prepared parts are used as they are (reading their `claims` would parse every claim's JSON)
    if (preparedParts(extracted)) return extracted;
    return Array.isArray(extracted.claims) ? extracted : null;
  }

  /**
   * The content hash of a document. With a pool, a batch is hashed twice (findUnchanged, then addArticles);
   * a frozen document (makeDocument) cannot change its text in between, so its hash is kept for the second.
   */
  private hashOf(doc: Document): string {
    if (!Object.isFrozen(doc)) return contentHash(doc.text);
    let h = this.hashes.get(doc);
    if (h === undefined) this.hashes.set(doc, (h = contentHash(doc.text)));
    return h;
  }

  /** An item of a batch, checked: its pending form, or why it cannot be stored. */
  private pending(item: AddItem, index: number): Pending | Error {
    const doc = item?.doc;
    if (!doc || typeof doc.text !== 'string') return new Error('addArticle: the item has no document text');
    if (!doc.id) return new Error('addArticle: the document has no id');
    return {
      index, doc, html: item.html ?? null, hash: this.hashOf(doc), ident: articleIdent(doc), byContent: !doc.url,
      id: doc.id, known: false, claims: [], given: this.usable(item.extracted),
    };
  }

  async findUnchanged(items: readonly AddItem[]): Promise<boolean[]> {
    const ready: Pending[] = [];
    items.forEach((item, index) => {
      const p = this.pending(item, index);
      if (!(p instanceof Error)) ready.push(p);
    });
    const out = items.map(() => false);
    for (const p of (await this.findUnchangedMany(this.db, ready)).keys()) out[p.index] = true;
    return out;
  }

  async addArticle(item: AddItem): Promise<AddResult> {
    const [outcome] = await this.addArticles([item]);
    if (!outcome!.ok) throw outcome!.error;
    return outcome!.result;
  }

  async addArticles(items: readonly AddItem[]): Promise<AddOutcome[]> {
    const out: AddOutcome[] = new Array(items.length);
    const ready: Pending[] = [];
    items.forEach((item, index) => {
      const p = this.pending(item, index);
      if (p instanceof Error) out[index] = failed(p);
      else ready.push(p);
    });
    let wrote = false;
    for (const round of rounds(ready)) {
      for (const [p, outcome] of await this.addRound(round)) {
        out[p.index] = outcome;
        if (outcome.ok && outcome.result.status !== 'unchanged') wrote = true;
      }
    }
    if (wrote) this.cached = null;
    return out;
  }

  /** Items of one round never share an ident, a document id or (URL-less) a text: see rounds(). */
  private async addRound(round: Pending[]): Promise<Map<Pending, AddOutcome>> {
    const outcomes = new Map<Pending, AddOutcome>();
    // Re-ingesting an unchanged corpus is common: answer it without taking the write lock.
    const same = await this.findUnchangedMany(this.db, round);
    for (const [p, r] of same) outcomes.set(p, unchanged(r, r.story_id));
    const todo = round.filter((p) => !same.has(p));
    if (todo.length === 0) return outcomes;
    // Extraction is the slow part: do it before the transaction so that the write lock is held only for writing.
    await this.chooseIds(this.db, todo);
    const extracted: Pending[] = [];
    for (const p of todo) {
      try {
        p.claims = await this.claimsFor(p);
        extracted.push(p);
      } catch (err) {
        outcomes.set(p, failed(err));
      }
    }
    if (extracted.length === 0) return outcomes;
    try {
      for (const [p, r] of await this.parts.writeTx((trx) => this.writeRound(trx, extracted))) outcomes.set(p, { ok: true, result: r });
    } catch (err) {
      if (extracted.length === 1) {
        outcomes.set(extracted[0]!, failed(err));
        return outcomes;
      }
      // one bad article must not take the others down: one transaction each
      for (const p of extracted) {
        try {
          const [[, r]] = await this.parts.writeTx((trx) => this.writeRound(trx, [p]));
          outcomes.set(p, { ok: true, result: r! });
        } catch (e) {
          outcomes.set(p, failed(e));
        }
      }
    }
    return outcomes;
  }

  /**
   * Writes one round in the caller's transaction, in a fixed number of statements whatever its size: the
   * article rows are created or locked by one multi-row upsert, then revisions and claims are inserted in
   * multi-row INSERTs. Returns a result for every item (added, revised, or unchanged when a concurrent writer
   * stored the same text first).
   */
  private async writeRound(trx: Kysely<DB>, items: Pending[]): Promise<[Pending, AddResult][]> {
    const results: [Pending, AddResult][] = [];
    // a fixed lock order (by ident), so that two writers of overlapping batches cannot deadlock
    let live = [...items].sort((x, y) => (x.ident < y.ident ? -1 : x.ident > y.ident ? 1 : 0));
    const byContent = live.filter((p) => p.byContent);
    if (byContent.length > 0) {
      if (this.backend === 'postgres') {
        // URL-less articles are identified by content: serialise writers of the same text
        for (const hash of [...new Set(byContent.map((p) => p.hash))].sort()) {
          await sql`select pg_advisory_xact_lock(hashtext(${hash}))`.execute(trx);
        }
      }
      // (with a URL, the article row lock below and the hash comparison after it decide instead)
      const again = await this.findUnchangedMany(trx, byContent);
      for (const [p, r] of again) results.push([p, unchanged(r, r.story_id).result]);
      live = live.filter((p) => !again.has(p));
    }
    if (live.length === 0) return results;
    const unknown = live.filter((p) => !p.known);
    if (unknown.length > 0) {
      const before = new Map(unknown.map((p) => [p, p.id]));
      await this.chooseIds(trx, unknown);
      for (const p of unknown) if (p.id !== before.get(p)) p.claims = await this.claimsFor(p);
    }
    const now = new Date().toISOString();
    // Creates the articles or, when they exist, locks their rows until commit (the no-op update takes the lock).
    const rows = new Map<string, { id: string; latest_revision: number; story_id: string | null }>();
    for (const part of chunks(live, 200)) {
      const got = await trx
        .insertInto('articles')
        .values(part.map((p) => ({ id: p.id, ident: p.ident, url: p.doc.url ? canonicalUrl(p.doc.url) : null, latest_revision: 0, story_id: null, created_at: now })))
        .onConflict((oc) => oc.column('ident').doUpdateSet({ ident: (eb) => eb.ref('excluded.ident') }))
        .returning(['id', 'ident', 'latest_revision', 'story_id'])
        .execute();
      for (const r of got) rows.set(r.ident, r);
    }
    for (const p of live) {
      const row = rows.get(p.ident)!;
      if (row.id !== p.id) {
        // another writer created this article between our look-up and the upsert: its id wins
        p.id = row.id;
        p.claims = await this.claimsFor(p);
      }
    }
    // articles with a revision already: unchanged when the current text is this one, else superseded
    const existing = live.filter((p) => Number(rows.get(p.ident)!.latest_revision) > 0);
    const superseded: string[] = [];
    if (existing.length > 0) {
      const current = new Map<string, RevisionRow>();
      for (const part of chunks(existing, IN_CHUNK)) {
        const got = await trx.selectFrom('revisions as r').select([...REVISION_COLUMNS])
          .where('r.article_id', 'in', part.map((p) => p.id)).where(isCurrentById('r.is_current')).execute();
        for (const r of got) current.set(r.article_id, r);
      }
      const same = new Set<Pending>();
      for (const p of existing) {
        const row = rows.get(p.ident)!;
        const cur = current.get(p.id);
        if (cur && Number(cur.revision) === Number(row.latest_revision) && cur.content_hash === p.hash) {
          results.push([p, unchanged(cur, row.story_id).result]);
          same.add(p);
        } else superseded.push(p.id);
      }
      live = live.filter((p) => !same.has(p));
      for (const part of chunks(superseded, IN_CHUNK)) {
        await trx.updateTable('revisions').set({ is_current: 0 }).where('article_id', 'in', part).where(isCurrentById('is_current')).execute();
        await trx.updateTable('claims').set({ is_current: 0 }).where('article_id', 'in', part).where('is_current', '=', 1).execute();
      }
    }
    if (live.length === 0) return results;
    const seqs = await this.writeSeqs(trx, live.length);
    const revisionRows = live.map((p, k) => ({
      article_id: p.id,
      revision: Number(rows.get(p.ident)!.latest_revision) + 1,
      content_hash: p.hash,
      text: p.doc.text,
      body_start: p.doc.bodyStart,
      language: p.doc.language,
      title: p.doc.title,
      outlet: p.doc.outlet,
      url: p.doc.url,
      published_at: p.doc.publishedAt,
      html: p.html,
      added_at: now,
      engine_version: this.parts.engineVersion,
      claim_count: p.claims.length,
      write_seq: seqs[k]!,
      is_current: 1,
    }));
    await this.insertRevisionRows(trx, revisionRows);
    await this.insertClaimRows(trx, live.flatMap((p, k) => p.claims.map((c, i) => partsRow(c, p.id, revisionRows[k]!.revision, i, p.doc.publishedAt))));
    // each article of the round gains exactly one revision, and its row is locked by the upsert above
    for (const part of chunks(live, IN_CHUNK)) {
      await trx.updateTable('articles').set((eb) => ({ latest_revision: eb('latest_revision', '+', 1) })).where('id', 'in', part.map((p) => p.id)).execute();
    }
    live.forEach((p, k) => {
      const row = rows.get(p.ident)!;
      const article: StoredArticle = {
        id: p.id,
        language: p.doc.language,
        title: p.doc.title,
        outlet: p.doc.outlet,
        url: p.doc.url,
        publishedAt: p.doc.publishedAt,
        text: p.doc.text,
        bodyStart: p.doc.bodyStart,
        revision: revisionRows[k]!.revision,
        contentHash: p.hash,
        addedAt: now,
        storyId: row.story_id,
      };
      results.push([p, { article, status: article.revision > 1 ? 'revised' : 'added', claims: p.claims.length }]);
    });
    return results;
  }

  /**
   * Write sequence values for n new revisions. PostgreSQL draws them from a sequence; SQLite has one writer at a
   * time, so max + 1.. inside the write transaction is race-free (one indexed look-up per batch).
   */
  private async writeSeqs(trx: Kysely<DB>, n: number): Promise<number[]> {
    if (this.backend === 'postgres') {
      const r = await sql<{ v: string }>`select nextval('claimledger_write_seq') as v from generate_series(1, ${n})`.execute(trx);
      return r.rows.map((x) => Number(x.v));
    }
    const r = await trx.selectFrom('revisions').select((eb) => eb.fn.max('write_seq').as('m')).executeTakeFirst();
    const base = Number(r?.m ?? 0);
    return Array.from({ length: n }, (_, k) => base + k + 1);
  }

  private async insertRevisionRows(trx: Kysely<DB>, rows: RevisionTable[]): Promise<void> {
    if (this.parts.insertRows) return this.parts.insertRows('revisions', rows);
    for (const part of chunks(rows, REVISION_INSERT_CHUNK)) await trx.insertInto('revisions').values(part).execute();
  }

  private async insertClaimRows(trx: Kysely<DB>, rows: ClaimTable[]): Promise<void> {
    if (this.parts.insertRows) return this.parts.insertRows('claims', rows);
    for (const part of chunks(rows, CLAIM_INSERT_CHUNK)) await trx.insertInto('claims').values(part).execute();
  }

  private async insertClaims(trx: Kysely<DB>, articleId: string, revision: number, publishedAt: string | null, claims: Claim[]): Promise<void> {
    await this.insertClaimRows(trx, claims.map((c, i) => claimRow(c, articleId, revision, i, publishedAt)));
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
    if (opts.storyId !== undefined) await this.generation(); // story ids are persisted by the analysis
    let q = latestRevisions(this.db).select([...REVISION_COLUMNS, 'a.story_id']);
    // a story's articles are found through the story index; the whole corpus is walked in date order through the
    // current revisions' date index (is_current = 1 holds for every latest revision)
    q = opts.storyId !== undefined ? q.where('a.story_id', '=', opts.storyId) : q.where('r.is_current', '=', 1);
    const rows = await datedThenUndated(
      clampLimit(opts.limit, 50),
      offsetOf(opts.offset),
      (limit, offset) => q.where('r.published_at', 'is not', null).orderBy('r.published_at', 'desc').orderBy('a.id').limit(limit).offset(offset).execute(),
      async () => Number((await q.clearSelect().select((eb) => eb.fn.countAll().as('n')).where('r.published_at', 'is not', null).executeTakeFirstOrThrow()).n),
      (limit, offset) => q.where('r.published_at', 'is', null).orderBy('a.id').limit(limit).offset(offset).execute(),
    );
    return rows.map((r) => toArticle(r, r.story_id));
  }

  async getClaims(articleId: string, revision?: number): Promise<Claim[]> {
    let q = this.db.selectFrom('claims').select('data').where('article_id', '=', articleId);
    q = revision === undefined ? q.where('is_current', '=', 1) : q.where('revision', '=', revision);
    const rows = await q.orderBy('seq').execute();
    return rows.map((r) => JSON.parse(r.data) as Claim);
  }

  async searchClaims(q: ClaimQuery = {}): Promise<Claim[]> {
    if (q.storyId !== undefined) await this.generation();
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
    // the same order in both backends: newest first, undated last, then by article and position
    const rows = await datedThenUndated(
      clampLimit(q.limit, 100),
      offsetOf(q.offset),
      (limit, offset) => query.where('c.published_at', 'is not', null).orderBy('c.published_at', 'desc').orderBy('c.article_id').orderBy('c.seq').limit(limit).offset(offset).execute(),
      async () => Number((await query.clearSelect().select((eb) => eb.fn.countAll().as('n')).where('c.published_at', 'is not', null).executeTakeFirstOrThrow()).n),
      (limit, offset) => query.where('c.published_at', 'is', null).orderBy('c.article_id').orderBy('c.seq').limit(limit).offset(offset).execute(),
    );
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
        // in article-id order through the primary key: one pass over the corpus in all (through the is_current
        // index, each page would read and sort every stale row left)
        .where(isCurrentById('r.is_current'))
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

  /**
   * Changes whenever a write changes what the analysis sees, in this process or any other. On SQLite writes are
   * serial and each takes max(write_seq) + 1, so the maximum alone changes with every write: one step down the
   * index, where a count of the revisions walks all of it on every read of the analysis (30 ms at 100k articles,
   * ten times that at 1M). PostgreSQL draws write_seq from a sequence, and transactions commit in any order: a
   * write can commit under a maximum already seen, so the count of revisions is part of its key.
   */
  private async analysisKey(): Promise<string> {
    if (this.backend === 'sqlite') {
      const r = await this.db.selectFrom('revisions').select((eb) => eb.fn.max('write_seq').as('m')).executeTakeFirstOrThrow();
      return `${String(r.m ?? 0)}`;
    }
    const r = await this.db
      .selectFrom('revisions')
      .select((eb) => [eb.fn.max('write_seq').as('m'), eb.fn.countAll().as('n')])
      .executeTakeFirstOrThrow();
    return `${String(r.m ?? 0)}:${String(r.n)}`;
  }

  /**
   * The persisted analysis of the current corpus: runs one when the current generation is of another corpus. One
   * run at a time in this process: readers that come during a run wait for it (and use it when it is of their
   * corpus, else look again). A run that loses to a newer generation of another process returns that one. Under
   * continuous writes a reader gets the generation of the corpus as it was when its run started.
   */
  private async generation(): Promise<Generation> {
    for (;;) {
      const key = await this.analysisKey();
      const cur = await this.tables.current();
      if (cur && cur.key === key) return cur;
      const under = this.running;
      if (under) {
        const done = await under.promise.catch(() => null);
        if (done && done.key === key) return done;
        continue;
      }
      const run = { key, promise: this.runAnalysis(key) };
      this.running = run;
      try {
        const g = await run.promise;
        const now = g ?? (await this.tables.current());
        if (now) return now;
      } finally {
        if (this.running === run) this.running = null;
      }
    }
  }

  async listStories(opts?: StoryPageOptions): Promise<StoryPage> {
    return this.tables.listStories(await this.generation(), opts);
  }

  async getStories(opts?: PageOptions): Promise<Story[]> {
    return this.tables.getStories(await this.generation(), opts);
  }

  async getStory(id: string): Promise<StoryDetail | null> {
    return this.tables.getStory(await this.generation(), id);
  }

  async getStoryRow(id: string): Promise<StoryRow | null> {
    return this.tables.getStoryRow(await this.generation(), id);
  }

  async getArticleSummaries(ids: readonly string[]): Promise<ArticleSummary[]> {
    return this.tables.getArticleSummaries(await this.generation(), ids);
  }

  async listArticleSummaries(opts?: PageOptions): Promise<ArticleSummary[]> {
    return this.tables.listArticleSummaries(await this.generation(), opts);
  }

  async listSyndication(opts?: PageOptions): Promise<SyndicationGroup[]> {
    return this.tables.listSyndication(await this.generation(), opts);
  }

  /**
   * The whole persisted analysis as one object (read back page by page), cached until the next write. It holds
   * every ledger entry: for small corpora and tests; the web app and the exports read pages instead.
   */
  async analysis(): Promise<Analysis> {
    const g = await this.generation();
    if (this.cached && this.cached.key === g.key && this.cached.generation === g.generation) return this.cached.analysis;
    const out: Analysis = { articles: [], stories: [], syndication: [] };
    for (let offset = 0; offset < g.articles; offset += READ_PAGE) out.articles.push(...await this.tables.listArticleSummaries(g, { limit: READ_PAGE, offset }));
    for (let offset = 0; offset < g.stories; offset += READ_PAGE) out.stories.push(...await this.tables.getStories(g, { limit: READ_PAGE, offset }));
    for (let offset = 0; offset < g.syndication; offset += READ_PAGE) out.syndication.push(...await this.tables.listSyndication(g, { limit: READ_PAGE, offset }));
    this.cached = { key: g.key, generation: g.generation, analysis: out };
    return out;
  }

  /**
   * One analysis run over the stored corpus, written as a new generation. The corpus is read page by page in
   * publication order into a lean StreamingAnalysis (it keeps ids and the indexes' fingerprints, no texts, no
   * claims); the texts of syndicated articles are read again a few groups at a time for their evidence, and each
   * group is written as soon as it has it; then each story is built from its articles' rows and claims, read again
   * a batch of stories at a time, and written. Returns null when a newer run of another process became current.
   */
  private async runAnalysis(key: string): Promise<Generation | null> {
    const generation = await this.parts.writeTx((trx) => this.tables.begin(trx, key));
    const { AnalysisPool } = await import('../analysis/pool.js');
    // worker threads for the pure parts (inputs to the indexes, evidence, building stories): see analysis/pool.ts
    const pool = AnalysisPool.create();
    try {
      return await this.analyseWith(pool, generation, key);
    } finally {
      await pool?.close();
    }
  }

  private async analyseWith(pool: AnalysisPool | null, generation: number, key: string): Promise<Generation | null> {
    const began = performance.now();
    const { StreamingAnalysis, memberLink } = await import('../analysis/stream.js');
    const { storiesInPlace } = await import('../analysis/pool.js');
    // the fast path reads in (published_at, id) order, which is publication order when the stored dates sort as
    // they parse; when a row shows otherwise (mixed formats or offsets, a collation that differs), start over in
    // the exact order, so the result is the same as for the whole corpus in memory
    let run = await this.streamCorpus(new StreamingAnalysis({ lean: true }), this.keysetPages(), true, pool);
    let listed: Map<string, number> | null = null;
    if (!run) {
      const order = await this.publicationOrder();
      listed = order.listed;
      run = await this.streamCorpus(new StreamingAnalysis({ lean: true }), this.exactPages(order.ids), false, pool);
      if (!run) throw new Error('analysis: the corpus changed order while it was read');
    }
    const { stream, before, revisions } = run;
    tracePhase('streamed', began);
    const syndication = await this.writeEvidence(stream, generation, pool);
    tracePhase('evidence written', began);
    const plan = stream.plan();
    tracePhase('planned', began);
    // articles as the corpus was always listed: by published_at as stored (unknown last), then id; in the keyset
    // path that is the stream order
    const ordOf = (id: string) => (listed ? listed.get(id)! : plan.rank(id));
    let ord = 0;
    type Batch = { stories: { id: string; members: string[] }[]; built: Promise<BuiltStory[]> };
    /** reads a batch's members again and hands the building of its stories out (to the pool when there is one) */
    const dispatch = async (stories: { id: string; members: string[] }[]): Promise<Batch> => {
      const articles = await this.storyArticles(stories.flatMap((s) => s.members), (id) => revisions[plan.rank(id)]!);
      const jobs: StoryJob[] = stories.map((s) => ({ id: s.id, members: s.members.map((id) => ({ article: articles.get(id)!, link: memberLink(plan, id) })) }));
      const built = pool?.hasRoom() ? pool.stories(jobs) : Promise.resolve(storiesInPlace(jobs));
      built.catch(() => {}); // awaited in order by write(); an early failure must not go unhandled meanwhile
      return { stories, built };
    };
    const write = async (batch: Batch): Promise<void> => {
      const built = await batch.built;
      const rows = built.map((b) => storyRows(generation, ord++, b.story, b.articles.map((summary) => ({ summary, ord: ordOf(summary.id), revision: revisions[plan.rank(summary.id)]! }))));
      const moved = rows.flatMap((r) => r.articles.filter((a) => before[plan.rank(a.article_id)] !== a.story_id));
      await this.parts.writeTx(async (trx) => {
        await this.tables.writeStories(trx, rows);
        // the articles' story ids, for listArticles({storyId}) and searchClaims({storyId})
        const byStory = new Map<string, string[]>();
        for (const a of moved) byStory.set(a.story_id, [...(byStory.get(a.story_id) ?? []), a.article_id]);
        for (const [story, ids] of byStory) {
          for (const part of chunks(ids, IN_CHUNK)) await trx.updateTable('articles').set({ story_id: story }).where('id', 'in', part).execute();
        }
      });
    };
    // whole stories, up to STORY_BATCH articles per transaction (a larger story alone); while one batch is built,
    // the next is read and the one before written
    const inFlight: Batch[] = [];
    let batch: { id: string; members: string[] }[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      inFlight.push(await dispatch(batch));
      batch = [];
      size = 0;
      if (inFlight.length > PAGES_IN_FLIGHT) await write(inFlight.shift()!);
    };
    for (const s of plan.stories) {
      if (size > 0 && size + s.members.length > STORY_BATCH) await flush();
      batch.push(s);
      size += s.members.length;
    }
    await flush();
    for (const b of inFlight.splice(0)) await write(b);
    tracePhase('stories written', began);
    const counts = { stories: plan.stories.length, articles: stream.size, syndication };
    const switched = await this.parts.writeTx((trx) => this.tables.finish(trx, generation, counts));
    if (!switched) return null;
    await this.parts.writeTx((trx) => this.tables.removeBefore(trx, generation, switched.replaced ?? generation));
    return { generation, key, ...counts };
  }

  /**
   * What building the given articles' stories needs, read again by the revision the stream was fed: metadata
   * (no texts) and claims as stored.
   */
  private async storyArticles(ids: readonly string[], revisionOf: (id: string) => number): Promise<Map<string, ArticleRow>> {
    const out = new Map<string, ArticleRow>();
    for (const part of chunks(ids, IN_CHUNK)) {
      const rows = await this.db
        .selectFrom('revisions')
        .select(['article_id', 'revision', 'language', 'title', 'outlet', 'url', 'published_at'])
        .where('article_id', 'in', part)
        .execute();
      const claims = new Map<string, string[]>();
      const claimRows = await this.db.selectFrom('claims').select(['article_id', 'revision', 'data'])
        .where('article_id', 'in', part).orderBy('article_id').orderBy('revision').orderBy('seq').execute();
      for (const c of claimRows) {
        if (Number(c.revision) !== revisionOf(c.article_id)) continue;
        const list = claims.get(c.article_id);
        if (list) list.push(c.data);
        else claims.set(c.article_id, [c.data]);
      }
      for (const r of rows) {
        if (Number(r.revision) !== revisionOf(r.article_id)) continue;
        // the ledger is made of metadata and claims: the text is not read again
        const doc: Document = { id: r.article_id, language: r.language, title: r.title, outlet: r.outlet, url: r.url, publishedAt: r.published_at, text: '', bodyStart: 0 };
        out.set(r.article_id, { doc, claims: claims.get(r.article_id) ?? [] });
      }
    }
    for (const id of ids) if (!out.has(id)) throw new Error(`analysis: article "${id}" was removed while the corpus was analysed`);
    return out;
  }

  /**
   * Feeds every current revision with its claims to `stream`, page by page, and returns per article in stream
   * order the story id it had before (interned: story ids repeat) and the revision fed, or null when a page is not
   * in publication order (see runAnalysis()): by parsed time always, and with `listed` also in the order the
   * corpus is listed in. Only a few pages of texts are held at a time.
   * Each page's articles are turned into the stream's inputs (words, features, fingerprints: most of the cost)
   * on a worker thread when there is a second core (AnalysisPool), while this thread reads the next page and links
   * the one before; the stream itself takes them one by one in order, as it must. When the workers are behind,
   * this thread computes a page itself rather than wait.
   */
  private async streamCorpus(stream: StreamingAnalysis, pages: AsyncIterable<CorpusRow[]>, listed: boolean, pool: AnalysisPool | null): Promise<{ stream: StreamingAnalysis; before: (string | null)[]; revisions: number[] } | null> {
    const { inputsInPlace } = await import('../analysis/pool.js');
    const config = stream.inputConfig;
    const inputsOf = (rows: ArticleRow[]): Promise<ArticleInput[]> => (pool?.hasRoom() ? pool.inputs(rows, config) : Promise.resolve(inputsInPlace(rows, config)));
    const before: (string | null)[] = [];
    const revisions: number[] = [];
    const interned = new Map<string, string>();
    let prev: CorpusRow | null = null;
    let lastTime = Number.NEGATIVE_INFINITY;
    /** links one page: false when it is out of order */
    const link = (rows: readonly CorpusRow[], inputs: readonly ArticleInput[]): boolean => {
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!;
        // an article revised while the corpus is read can come twice (old and new date): its first reading counts
        if (stream.has(r.article_id)) continue;
        const t = publishedTime({ publishedAt: r.published_at });
        if (t < lastTime || (listed && prev && corpusOrder(prev.published_at, prev.article_id, r.published_at, r.article_id) >= 0)) return false;
        lastTime = t;
        prev = r;
        stream.addInput(inputs[i]!);
        let story = r.story_id;
        if (story !== null) {
          const known = interned.get(story);
          if (known) story = known;
          else interned.set(story, story);
        }
        before.push(story);
        revisions.push(Number(r.revision));
      }
      return true;
    };
    // pages read and handed out but not linked yet: enough that the worker always has the next one
    const inFlight: { rows: CorpusRow[]; inputs: Promise<ArticleInput[]> }[] = [];
    for await (const rows of pages) {
      const claims = await this.claimDataOf(rows);
      const inputs = inputsOf(rows.map((r) => ({ doc: rowDocument(r), claims: claims.get(r.article_id)! })));
      inputs.catch(() => {}); // awaited below in order; an early failure must not go unhandled meanwhile
      inFlight.push({ rows, inputs });
      if (inFlight.length > PAGES_IN_FLIGHT) {
        const page = inFlight.shift()!;
        if (!link(page.rows, await page.inputs)) return null;
      }
    }
    for (const page of inFlight.splice(0)) if (!link(page.rows, await page.inputs)) return null;
    return { stream, before, revisions };
  }

  private corpusQuery() {
    return this.db
      .selectFrom('revisions as r')
      .innerJoin('articles as a', (j) => j.onRef('a.id', '=', 'r.article_id').onRef('a.latest_revision', '=', 'r.revision'))
      .select([...REVISION_COLUMNS, 'a.story_id'])
      .where('r.is_current', '=', 1);
  }

  /**
   * The current rows of the given article ids, each one lookup in the revisions' primary key (see
   * isCurrentById: the first 1M analysis read 1.35 TB through the is_current index instead).
   */
  private corpusRowsOf(ids: readonly string[]): Promise<CorpusRow[]> {
    return this.db
      .selectFrom('revisions as r')
      .innerJoin('articles as a', (j) => j.onRef('a.id', '=', 'r.article_id').onRef('a.latest_revision', '=', 'r.revision'))
      .select([...REVISION_COLUMNS, 'a.story_id'])
      .where(isCurrentById('r.is_current'))
      .where('r.article_id', 'in', ids)
      .execute();
  }

  /**
   * Current revisions in keyset pages by (published_at, id), undated ones last by id. The NULLs are read apart
   * because SQLite sorts them first and PostgreSQL last.
   */
  private async *keysetPages(): AsyncIterable<CorpusRow[]> {
    let after: { published: string; id: string } | null = null;
    for (;;) {
      let q = this.corpusQuery().where('r.published_at', 'is not', null);
      if (after) {
        const { published, id } = after;
        q = q.where((eb) => eb.or([eb('r.published_at', '>', published), eb.and([eb('r.published_at', '=', published), eb('r.article_id', '>', id)])]));
      }
      const rows: CorpusRow[] = await q.orderBy('r.published_at').orderBy('r.article_id').limit(LOAD_PAGE).execute();
      if (rows.length > 0) yield rows;
      if (rows.length < LOAD_PAGE) break;
      const last = rows[rows.length - 1]!;
      after = { published: last.published_at!, id: last.article_id };
    }
    // undated articles by id. A few are read at once through the date index; many are read driving from the
    // articles' primary key (the date index holds them in insertion order, so each page would sort them all)
    const undated = await this.db
      .selectFrom('revisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('is_current', '=', 1)
      .where('published_at', 'is', null)
      .executeTakeFirstOrThrow();
    const nUndated = Number(undated.n);
    if (nUndated === 0) return;
    if (nUndated <= LOAD_PAGE) {
      yield await this.corpusQuery().where('r.published_at', 'is', null).orderBy('r.article_id').execute();
      return;
    }
    let afterId: string | null = null;
    for (;;) {
      let q = latestRevisions(this.db)
        .select([...REVISION_COLUMNS, 'a.story_id'])
        // not indexable on purpose: the planner walks the articles' key in order instead of sorting every page
        .where(sql<boolean>`(${sql.ref('r.published_at')} || '') is null`);
      if (afterId !== null) q = q.where('a.id', '>', afterId);
      const rows: CorpusRow[] = await q.orderBy('a.id').limit(LOAD_PAGE).execute();
      if (rows.length > 0) yield rows;
      if (rows.length < LOAD_PAGE) break;
      afterId = rows[rows.length - 1]!.article_id;
    }
  }

  /**
   * The exact publication order, for stores whose dates do not sort as they parse: ids and dates of all current
   * revisions (no texts), in the order analyze() puts a corpus listed by (published_at, id): by parsed time,
   * ties in that listing order; and each id's place in that listing (the order of Analysis.articles).
   */
  private async publicationOrder(): Promise<{ ids: string[]; listed: Map<string, number> }> {
    const all: { id: string; published: string | null; t: number }[] = [];
    let after: string | null = null;
    for (;;) {
      let q = this.db.selectFrom('revisions').select(['article_id', 'published_at']).where('is_current', '=', 1);
      if (after !== null) q = q.where('article_id', '>', after);
      const rows = await q.orderBy('article_id').limit(ORDER_PAGE).execute();
      for (const r of rows) all.push({ id: r.article_id, published: r.published_at, t: publishedTime({ publishedAt: r.published_at }) });
      if (rows.length < ORDER_PAGE) break;
      after = rows[rows.length - 1]!.article_id;
    }
    all.sort((x, y) => corpusOrder(x.published, x.id, y.published, y.id));
    const listed = new Map(all.map((x, i) => [x.id, i]));
    all.sort((x, y) => x.t - y.t || listed.get(x.id)! - listed.get(y.id)!);
    return { ids: all.map((x) => x.id), listed };
  }

  /** Current revisions of the given ids, page by page in the given order. */
  private async *exactPages(ids: string[]): AsyncIterable<CorpusRow[]> {
    for (let i = 0; i < ids.length; i += LOAD_PAGE) {
      const part = ids.slice(i, i + LOAD_PAGE);
      const rows = await this.corpusRowsOf(part);
      const at = new Map(part.map((id, k) => [id, k]));
      rows.sort((x, y) => at.get(x.article_id)! - at.get(y.article_id)!);
      yield rows;
    }
  }

  /**
   * The claims of the given revisions, in extraction order. Read as the current claims (one query per chunk); a
   * revision written between reading an article's row and its claims would give the newer revision's claims to the
   * older text, so an article whose current claims are not those of the row (other revision, or another count
   * than the row's claim_count) is read again by its exact revision. Each claim as stored (JSON), unparsed: the
   * analysis parses them on a worker thread when it has one (analysis/pool.ts).
   */
  private async claimDataOf(rows: readonly CorpusRow[]): Promise<Map<string, string[]>> {
    const claims = new Map<string, { revision: number; list: string[] }>();
    for (const part of chunks(rows.map((r) => r.article_id), IN_CHUNK)) {
      const claimRows = await this.db
        .selectFrom('claims')
        .select(['article_id', 'revision', 'data'])
        .where('is_current', '=', 1)
        .where('article_id', 'in', part)
        .orderBy('article_id')
        .orderBy('seq')
        .execute();
      for (const c of claimRows) {
        let entry = claims.get(c.article_id);
        if (!entry) claims.set(c.article_id, (entry = { revision: Number(c.revision), list: [] }));
        entry.list.push(c.data);
      }
    }
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const entry = claims.get(r.article_id);
      const revision = Number(r.revision);
      const fits = entry ? entry.revision === revision && entry.list.length === Number(r.claim_count) : Number(r.claim_count) === 0;
      out.set(r.article_id, fits ? (entry?.list ?? []) : (await this.getClaims(r.article_id, revision)).map((c) => JSON.stringify(c)));
    }
    return out;
  }

  /**
   * Texts and claims of the syndicated articles, read again a few groups at a time, for the groups' evidence
   * (computed on a worker when there is one, while the next groups are read); each group is written to the run's
   * generation as soon as it has it, and the stream forgets its passages. Returns the number of groups.
   */
  private async writeEvidence(stream: StreamingAnalysis, generation: number, pool: AnalysisPool | null): Promise<number> {
    const { evidenceInPlace } = await import('../analysis/pool.js');
    const groups = stream.evidenceNeeded();
    const minWords = stream.passageWords;
    type Batch = { from: number; to: number; evidence: Promise<GroupEvidence[]> };
    const dispatch = async (from: number, to: number): Promise<Batch> => {
      const articles = new Map<string, ArticleRow>();
      for (const part of chunks(groups.slice(from, to).flat(), IN_CHUNK)) {
        const rows = await this.corpusRowsOf(part);
        const claims = await this.claimDataOf(rows);
        for (const r of rows) articles.set(r.article_id, { doc: rowDocument(r), claims: claims.get(r.article_id)! });
      }
      const jobs = groups.slice(from, to).map((ids, k) => ids.map((id) => {
        const a = articles.get(id);
        if (!a) throw new Error(`analysis: evidence for syndication group ${from + k} lacks article "${id}" (removed while the corpus was analysed)`);
        return a;
      }));
      const evidence = pool?.hasRoom() ? pool.evidence(jobs, minWords) : Promise.resolve(evidenceInPlace(jobs, minWords));
      evidence.catch(() => {}); // awaited in order by write(); an early failure must not go unhandled meanwhile
      return { from, to, evidence };
    };
    const write = async (batch: Batch): Promise<void> => {
      const evidence = await batch.evidence;
      const rows: SyndicationGroupTable[] = [];
      for (let k = batch.from; k < batch.to; k++) {
        stream.setEvidence(k, evidence[k - batch.from]!);
        rows.push({ generation, idx: k, body: JSON.stringify(stream.releaseGroup(k)) });
      }
      await this.parts.writeTx((trx) => this.tables.writeGroups(trx, rows));
    };
    const inFlight: Batch[] = [];
    for (let i = 0; i < groups.length; ) {
      // whole groups, up to about a page of articles (a larger group alone)
      let j = i;
      let size = 0;
      while (j < groups.length && (j === i || size + groups[j]!.length <= LOAD_PAGE)) size += groups[j++]!.length;
      inFlight.push(await dispatch(i, j));
      if (inFlight.length > PAGES_IN_FLIGHT) await write(inFlight.shift()!);
      i = j;
    }
    for (const b of inFlight.splice(0)) await write(b);
    return groups.length;
  }

  async close(): Promise<void> {
    await this.parts.destroy();
  }
}
