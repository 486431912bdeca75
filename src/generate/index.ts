/** The corpus generator: deterministic, streaming, with ground truth for stories, syndication and claims. */
export { Corpus, toDocument, type CorpusOptions } from './corpus.js';
export { scoreClusters, labelsFromClusters, type ClusterScores, type PRF } from './score.js';
export type { ArticleTruth, GeneratedArticle, PlantedClaim, ArticleRole, Language } from './types.js';
