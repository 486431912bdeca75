/**
 * Table types for the kysely query layer. One schema for SQLite and PostgreSQL: timestamps are ISO strings
 * (text) and flags are 0/1 integers, so that both backends store and compare them the same way.
 */
export interface MigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

/** One row per article, whatever its number of revisions. */
export interface ArticleTable {
  id: string;
  /** identity: "url:<canonical URL>" or, without URL, "id:<document id>"; unique, so concurrent ingest cannot duplicate */
  ident: string;
  url: string | null;
  latest_revision: number;
  story_id: string | null;
  created_at: string;
}

/** One row per version of an article's text. Old revisions are kept; claims belong to a revision. */
export interface RevisionTable {
  article_id: string;
  revision: number;
  content_hash: string;
  text: string;
  body_start: number;
  language: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published_at: string | null;
  html: string | null;
  added_at: string;
  /** engine version that produced this revision's claims */
  engine_version: string;
  /** how many claims were written with this revision: an integrity check compares it with the claims table */
  claim_count: number;
  /** increases with every write that changes the analysis input; the analysis cache is keyed on its maximum */
  write_seq: number | string;
  is_current: number;
}

export interface ClaimTable {
  article_id: string;
  revision: number;
  seq: number;
  id: string;
  measure: string;
  country: string | null;
  /** lower-cased canonical source name, for search */
  source_name: string | null;
  source_kind: string;
  published_at: string | null;
  value_min: number | null;
  value_max: number | null;
  is_current: number;
  /** the claim as JSON (the contract object) */
  data: string;
}

/**
 * The persisted analysis. A run writes all its rows under a new generation number, then switches
 * analysis_state.current to it in one small transaction: readers see one whole run, never half of one, and a
 * run that dies leaves the previous generation in place (its rows are removed by a later run).
 */
export interface AnalysisRunTable {
  generation: number;
  /** the analysis key (write sequence and revision count) of the corpus the run read */
  key: string;
  started_at: string;
  finished_at: string | null;
  /** set when the run finishes */
  story_count: number | null;
  article_count: number | null;
  syndication_count: number | null;
}

/** One row, name = 'current': the generation readers use. */
export interface AnalysisStateTable {
  name: string;
  generation: number;
  key: string;
  switched_at: string;
}

export interface StoryTable {
  generation: number;
  id: string;
  /** position in the analysis' order (most articles first), 0.. dense: pages are ranges of it */
  ord: number;
  title: string;
  from_at: string | null;
  /** latest publication time, '' when unknown: the stories list is newest first, unknown last */
  to_key: string;
  article_count: number;
  independent_sources: number;
  claim_count: number;
  /** JSON: what a list row shows beyond the columns (headline groups without their claims, the outlets' hosts) */
  digest: string;
  /** JSON: the Story (articles, claim groups with every ledger entry) */
  body: string;
}

export interface StoryArticleTable {
  generation: number;
  article_id: string;
  story_id: string;
  /** position in the analysis' article order, 0.. dense */
  ord: number;
  syndication_group: number | null;
  /** JSON: the ArticleSummary */
  body: string;
}

export interface SyndicationGroupTable {
  generation: number;
  idx: number;
  /** JSON: the SyndicationGroup with its evidence */
  body: string;
}

export interface DB {
  claimledger_migrations: MigrationTable;
  articles: ArticleTable;
  revisions: RevisionTable;
  claims: ClaimTable;
  analysis_runs: AnalysisRunTable;
  analysis_state: AnalysisStateTable;
  stories: StoryTable;
  story_articles: StoryArticleTable;
  syndication_groups: SyndicationGroupTable;
}

export type Backend = 'sqlite' | 'postgres';
