/**
 * The store contract: what the CLI, the worker and the web app code against. One interface for both backends
 * (SQLite by default, PostgreSQL for teams); the implementation is one query layer (kysely) over one schema.
 */
import type { Document } from '../core/document.js';
import type { Claim, Measure } from '../core/claim.js';
import type { Analysis, ArticleSummary, ClaimGroup, Story, SyndicationGroup } from '../analysis/types.js';

/** A stored article: the document as it was read (exact text, so claim offsets stay valid) plus bookkeeping. */
export type StoredArticle = Document & {
  /** 1 for the first version; a changed text under the same URL (or id, without URL) adds a revision */
  revision: number;
  /** sha256 (hex) of the exact text */
  contentHash: string;
  /** when this revision was stored (ISO) */
  addedAt: string;
  /** the story the article belongs to, when the analysis has assigned one; null otherwise */
  storyId: string | null;
};

export type AddStatus = 'added' | 'unchanged' | 'revised';

export interface AddResult {
  article: StoredArticle;
  status: AddStatus;
  /** number of claims stored with this revision (for 'unchanged': those already stored) */
  claims: number;
}

/** The outcome of one item of a batch: a batch goes on past a bad article. */
export type AddOutcome = { ok: true; result: AddResult } | { ok: false; error: Error };

/** What addArticle/addArticles take: a document as read, and optionally the page it was read from. */
export interface AddItem {
  doc: Document;
  html?: string;
  /**
   * Claims already extracted from `doc` (e.g. by the extraction pool on other threads), so that the store only
   * writes. Used when they were made by the store's engine version for the id the article is stored under;
   * otherwise (another version, or the stored id differs from doc.id) the store extracts itself, as without them.
   */
  extracted?: PrecomputedClaims;
}

export interface PrecomputedClaims {
  claims: readonly Claim[];
  /** ENGINE_VERSION of the code that extracted them */
  engineVersion: string;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  storyId?: string;
}

export interface ClaimQuery {
  measure?: Measure;
  /** ISO 3166 alpha-2 of the claim's subject */
  country?: string;
  /** the source's canonical name (exact match, case-insensitive) */
  source?: string;
  /** publication date of the article, inclusive lower bound (ISO date or date-time) */
  from?: string;
  /** publication date of the article, exclusive upper bound (ISO date or date-time) */
  to?: string;
  storyId?: string;
  /** default 100, capped at 10 000 */
  limit?: number;
  offset?: number;
}

export interface StoreCounts {
  /** distinct articles (all revisions of one article count once) */
  articles: number;
  revisions: number;
  /** claims of the current revisions */
  claims: number;
}

/** A claim group as a list row shows it: without its claims and timeline. */
export type HeadlineGroup = Pick<ClaimGroup, 'id' | 'label' | 'measure' | 'unit' | 'low' | 'high' | 'highOpen' | 'best' | 'independentSources'> & { claims: number };

/** A story without its ledger, for lists. */
export interface StoryRow {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
  independentSources: number;
  /** number of articles */
  articles: number;
  /** number of ledger entries over all claim groups */
  claims: number;
  /** the claim groups that matter most (most independent sources, then most claims), at most three */
  headline: HeadlineGroup[];
  /** host names of the articles' URLs (distinct, sorted) */
  hosts: string[];
}

export interface StoryPageOptions {
  /** default 50, capped at 1000 */
  limit?: number;
  offset?: number;
  /** 'recent': latest article first, unknown dates last, then larger first (the stories list); 'analysis': the analysis' order (most articles first) */
  order?: 'recent' | 'analysis';
}

export interface StoryPage {
  stories: StoryRow[];
  /** stories in the whole analysis */
  total: number;
  /** articles the analysis covers */
  articles: number;
  limit: number;
  offset: number;
}

/** A story with what its page shows: its article summaries and the syndication groups its articles are in. */
export interface StoryDetail {
  story: Story;
  /** summaries of the story's articles, in the story's order */
  articles: ArticleSummary[];
  /** with their index in the analysis' syndication list */
  syndication: (SyndicationGroup & { index: number })[];
}

export interface PageOptions {
  /** default 100, capped at 10 000 */
  limit?: number;
  offset?: number;
}

/**
 * The analysis read in pages from where the store keeps it (memory bounded by one page or one story, not the
 * corpus). Each call first makes sure the persisted analysis is that of the current corpus (a new run after a write).
 */
export interface AnalysisReader {
  listStories(opts?: StoryPageOptions): Promise<StoryPage>;
  /** the stories themselves with their ledgers, in the analysis' order (for exports) */
  getStories(opts?: PageOptions): Promise<Story[]>;
  getStory(id: string): Promise<StoryDetail | null>;
  /** a story's list row (title, dates, counts) without reading its ledger */
  getStoryRow(id: string): Promise<StoryRow | null>;
  /** summaries of the given articles that the analysis knows, in the given order */
  getArticleSummaries(ids: readonly string[]): Promise<ArticleSummary[]>;
  /** article summaries in the order of Analysis.articles */
  listArticleSummaries(opts?: PageOptions): Promise<ArticleSummary[]>;
  /** syndication groups in the order of Analysis.syndication (index = offset + position) */
  listSyndication(opts?: PageOptions): Promise<SyndicationGroup[]>;
}

export interface Store extends AnalysisReader {
  readonly backend: 'sqlite' | 'postgres';
  /** Create or upgrade the schema; idempotent, safe to call from several processes at once. */
  migrate(): Promise<void>;
  /**
   * Store an article and its claims in one transaction. The same text under the same URL (or, without URL,
   * the same text anywhere) is 'unchanged'; a changed text under the same URL is a new revision.
   * The stored id may differ from doc.id when another article already uses that id.
   */
  addArticle(item: AddItem): Promise<AddResult>;
  /**
   * Store several articles, with the same rules as addArticle, in as few transactions as possible (one per
   * batch when nothing fails). Each article lands whole with its claims or not at all: when a write in the
   * batch fails, its articles are retried one transaction each, so one bad article fails alone. Results come
   * in input order. Items repeating an earlier item's URL (or URL-less text) are handled after it.
   */
  addArticles(items: readonly AddItem[]): Promise<AddOutcome[]>;
  /**
   * For each item, whether addArticles would now find it 'unchanged' (the same text is the current revision
   * under its URL, or, without URL, anywhere), read without taking the write lock. Callers extracting claims
   * ahead of addArticles ask first and skip those. Invalid items are false. A hint only: a concurrent writer may
   * change the answer before the write, and addArticles decides again.
   */
  findUnchanged(items: readonly AddItem[]): Promise<boolean[]>;
  /** The current revision of an article, or the given one. */
  getArticle(id: string, revision?: number): Promise<StoredArticle | null>;
  /** Current revisions, newest publication first. */
  listArticles(opts?: ListOptions): Promise<StoredArticle[]>;
  /** Claims of the article's current revision, in document order. */
  /** claims of one revision of an article, in extraction order; the current revision's when omitted */
  getClaims(articleId: string, revision?: number): Promise<Claim[]>;
  searchClaims(q?: ClaimQuery): Promise<Claim[]>;
  /**
   * Stories, syndication and the ledger over the stored corpus as one object, cached until the next write: for
   * small corpora and tests. It holds the whole ledger; the web app and exports read pages (AnalysisReader).
   */
  analysis(): Promise<Analysis>;
  count(): Promise<StoreCounts>;
  /** Number of current revisions whose claims were extracted by another engine version. */
  staleCount(): Promise<number>;
  /** Re-extract claims of stale revisions (all, or at most `limit`); returns how many were re-extracted. */
  reextractStale(opts?: { limit?: number }): Promise<number>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** claim extractor; defaults to extractClaims from src/claims/extract.ts */
  extract?: (doc: Document) => Claim[];
  /** engine version stamped on claims; defaults to ENGINE_VERSION */
  engineVersion?: string;
  /** re-extract stale claims while opening (default true) */
  reextractOnOpen?: boolean;
  /** PostgreSQL: schema to use (default "public"); tests use a fresh one per run */
  pgSchema?: string;
  /** PostgreSQL: pool size (default 10) */
  poolSize?: number;
}
