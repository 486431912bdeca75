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

export interface DB {
  claimledger_migrations: MigrationTable;
  articles: ArticleTable;
  revisions: RevisionTable;
  claims: ClaimTable;
}

export type Backend = 'sqlite' | 'postgres';
