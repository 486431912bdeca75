/**
 * Contract of the cross-article analysis (syndication, stories, the reconciled claim ledger).
 * The store, the web app and the exports code against these types; fields may be added, none may change meaning.
 */
import type { Document } from '../core/document.js';
import type { Claim, ClaimSource, Hedge, Measure, ScopeType, Speech } from '../core/claim.js';
import type { QuantityValue } from '../core/quantity.js';

/** One article as the analysis sees it: the document and the claims extracted from it. */
/** What the grouping indexes keep of an article besides its computed input (see StreamingAnalysis.addInput). */
export type ArticleMeta = Pick<Document, 'id' | 'publishedAt' | 'language'>;

export interface AnalysisArticle {
  doc: Document;
  claims: Claim[];
}

export interface Analysis {
  articles: ArticleSummary[];
  stories: Story[];
  syndication: SyndicationGroup[];
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  publishedAt: string | null;
  url: string | null;
  /** id of the story the article belongs to */
  story: string;
  /** index into Analysis.syndication, or null when the article is not syndicated */
  syndicationGroup: number | null;
  /** the earliest article of its syndication group (the presumed original); the article's own id when not syndicated */
  original: string;
  claims: number;
}

export interface Story {
  id: string;
  title: string;
  /** doc ids, sorted by publication time */
  articles: string[];
  claimGroups: ClaimGroup[];
  /** earliest and latest publication time of its articles (ISO) or null when unknown */
  from: string | null;
  to: string | null;
  /** independent reports: articles with each syndication group counted once */
  independentSources: number;
}

export interface SharedPassage {
  text: string;
  positions: { doc: string; start: number; end: number }[];
}

/**
 * Syndication groups partition the syndicated articles: each article is in at most one group. A group whose
 * articles are tied by copy links only is a 'copy' group; a group with a rewrite among its links is a 'rewrite'
 * group, and the copies inside it are listed explicitly in `copies` (a wire, its reprint and its rewrite give
 * one rewrite group with copies [[wire, reprint]]).
 */
export interface SyndicationGroup {
  /** doc ids, earliest first (the first is the presumed original) */
  articles: string[];
  kind: 'copy' | 'rewrite';
  /** the copy subgroups of a rewrite group (two or more articles tied by copy links), earliest first; [] for a copy group */
  copies: string[][];
  evidence: {
    sharedPassages: SharedPassage[];
    /** figures found in every article of the group, normalised ("10000", "20%") */
    sharedFigures: string[];
    /** speaker keys shared by the articles (see SourceRef.key) */
    sharedSpeakers: string[];
    /** estimated Jaccard similarity of word 5-shingles, per link */
    links: { a: string; b: string; kind: 'copy' | 'rewrite'; similarity: number; reason: string }[];
  };
}

/** A source resolved across articles: one Selenskyj, one "US military official (anonymous)". */
export interface SourceRef {
  /** cross-article identity, e.g. "person:volodymyr zelensky", "anon:US:military" */
  key: string;
  /** readable name for display */
  label: string;
  kind: ClaimSource['kind'];
  /** the mention as it stands in the article */
  text: string | null;
}

export interface LedgerEntry {
  claim: string;
  doc: string;
  outlet: string | null;
  /** publication time of the article (ISO) or null */
  date: string | null;
  text: string;
  value: QuantityValue;
  source: SourceRef;
  /** independence unit: the source key, or for an outlet's own voice the original of its syndication group */
  independenceKey: string;
  /** the article this one was syndicated from, when it is a copy or rewrite */
  syndicatedFrom: string | null;
  speech: Speech;
  hedges: Hedge[];
  scope: Claim['scope'];
  place: Claim['place'];
}

export interface Contradiction {
  claims: [string, string];
  reason: string;
}

export interface ScopeNote {
  claims: string[];
  note: string;
}

export interface TimelinePoint {
  date: string | null;
  claim: string;
  doc: string;
  min: number | null;
  max: number | null;
  text: string;
  scope: ScopeType;
}

export interface SourceTimeline {
  source: string;
  label: string;
  points: TimelinePoint[];
}

export interface ClaimGroup {
  id: string;
  measure: Measure;
  subject: { country: string | null; kind: string | null };
  unit: string | null;
  place: string | null;
  label: string;
  claims: LedgerEntry[];
  /** distinct independence units among the claims */
  independentSources: number;
  /** the scope type the estimate is made for (figures of other scopes are explained in scopeNotes) */
  estimateScope: ScopeType | null;
  low: number | null;
  high: number | null;
  /** true when a source gives an open upper bound ("more than 1,000"), so high is a lower bound of the truth */
  highOpen: boolean;
  best: number | null;
  bestRule: string;
  contradictions: Contradiction[];
  scopeNotes: ScopeNote[];
  timeline: SourceTimeline[];
}
