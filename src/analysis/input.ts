/**
 * ArticleInput: what the grouping indexes need of one article, computed from its text and claims alone. Most of
 * the cost of adding an article to a stream is here (words, features, shingles, fingerprints) and none of it
 * depends on the articles before, so a caller may compute inputs ahead on another thread (pool.ts) while
 * the indexes link the articles before them; StreamingAnalysis.addInput takes them in publication order.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { prepareText } from './features.js';
import { storyInput, type StoryInput } from './stories.js';
import { syndicationInput, type SyndicationInput, type SyndicationInputConfig } from './syndication.js';
import type { ArticleMeta } from './types.js';

export interface ArticleInput {
  meta: ArticleMeta;
  story: StoryInput;
  syndication: SyndicationInput;
}

export function articleInput(doc: Document, claims: readonly Claim[], cfg: SyndicationInputConfig): ArticleInput {
  // words and figures once per article, for both indexes (the text work is most of their cost)
  const text = prepareText(doc, claims);
  return {
    meta: { id: doc.id, publishedAt: doc.publishedAt, language: doc.language },
    story: storyInput(doc, claims, text),
    syndication: syndicationInput(doc, claims, text, cfg),
  };
}
