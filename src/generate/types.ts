import type { Span } from '../core/span.js';
import type { Measure, SourceKind, Speech } from '../core/claim.js';

export type Language = 'de' | 'en';

/** What happened in a story; decides which measures its articles report. */
export type EventKind = 'attack' | 'frontline' | 'flood' | 'quake' | 'protest' | 'budget' | 'election' | 'fire';

/** How an article relates to the others: written on its own, a light copy of another, or a rewrite of another. */
export type ArticleRole = 'original' | 'copy' | 'rewrite';

/** A figure the generator planted, with what an extractor should say about it. */
export interface PlantedClaim {
  span: Span;
  text: string;
  measure: Measure;
  source: SourceKind;
  speech: Speech;
}

/** Ground truth emitted alongside every article. */
export interface ArticleTruth {
  id: string;
  index: number;
  language: Language;
  /** story id: every article about the same event shares it */
  story: string;
  /** syndication group: the id of the original this article copies or rewrites; its own id for an original */
  group: string;
  role: ArticleRole;
  /** for a copy or rewrite: the id of the original */
  of: string | null;
  claims: PlantedClaim[];
}

export interface GeneratedMeta {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  language: Language;
}

export interface GeneratedArticle {
  index: number;
  id: string;
  /** header block + blank line + body, exactly as a text file would hold it */
  text: string;
  /** offset of the body after the header block */
  bodyStart: number;
  meta: GeneratedMeta;
  truth: ArticleTruth;
}

/** A piece of rendered text; a figure carries what the generator knows about it. */
export type Part = string | { text: string; measure: Measure; source: SourceKind; speech: Speech };
